package dev.leibniz.matrix;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable expression over scalars, vectors and matrices; every node knows its
 * {@link Shape}. Build trees through {@link MatrixBuild}, whose smart constructors check shapes
 * and keep the canonical form; the records only hold what they are given.
 *
 * <pre>{@code
 * MatrixExpr W = new MatrixExpr.Name("W", Shape.of(3, 4));
 * MatrixExpr x = new MatrixExpr.Name("x", Shape.column(4));
 * MatrixExpr Wx = MatrixBuild.product(W, x);   // W*x, shape 3
 * }</pre>
 */
public sealed interface MatrixExpr permits MatrixExpr.Literal, MatrixExpr.Name,
    MatrixExpr.Const, MatrixExpr.Sum, MatrixExpr.Product, MatrixExpr.Power,
    MatrixExpr.Transpose, MatrixExpr.Entrywise, MatrixExpr.Apply, MatrixExpr.Reduce {

  /** The shape of the value. */
  Shape shape();

  /** The operands, in order. */
  List<MatrixExpr> children();

  /** An exact rational scalar. */
  record Literal(Rational value) implements MatrixExpr {
    public Literal {
      Objects.requireNonNull(value);
    }

    public Shape shape() {
      return Shape.SCALAR;
    }

    public List<MatrixExpr> children() {
      return List.of();
    }
  }

  /** A variable of a declared shape (a scalar when undeclared). */
  record Name(String name, Shape shape) implements MatrixExpr {
    public List<MatrixExpr> children() {
      return List.of();
    }
  }

  /** Euler's number or pi. */
  record Const(Constant constant) implements MatrixExpr {
    public Shape shape() {
      return Shape.SCALAR;
    }

    public List<MatrixExpr> children() {
      return List.of();
    }
  }

  /** Terms of one shape, added entry by entry. */
  record Sum(List<MatrixExpr> terms, Shape shape) implements MatrixExpr {
    public Sum {
      terms = List.copyOf(terms);
    }

    public List<MatrixExpr> children() {
      return terms;
    }
  }

  /**
   * {@code coefficient * scalars... * chain...}: the scalar factors commute and come first, the
   * matrix factors are multiplied in order. A chain whose product is 1x1 makes a scalar.
   */
  record Product(Rational coefficient, List<MatrixExpr> scalars, List<MatrixExpr> chain,
      Shape shape) implements MatrixExpr {
    public Product {
      scalars = List.copyOf(scalars);
      chain = List.copyOf(chain);
    }

    public List<MatrixExpr> children() {
      List<MatrixExpr> all = new ArrayList<>(scalars);
      all.addAll(chain);
      return all;
    }
  }

  /** {@code base^exponent} of scalars. */
  record Power(MatrixExpr base, MatrixExpr exponent) implements MatrixExpr {
    public Shape shape() {
      return Shape.SCALAR;
    }

    public List<MatrixExpr> children() {
      return List.of(base, exponent);
    }
  }

  /** {@code arg'}. */
  record Transpose(MatrixExpr arg) implements MatrixExpr {
    public Shape shape() {
      return arg.shape().transposed();
    }

    public List<MatrixExpr> children() {
      return List.of(arg);
    }
  }

  /** The entry-by-entry operators {@code .*}, {@code ./} and {@code .^}. */
  enum EntrywiseOp {
    TIMES(".*"), DIVIDE("./"), POWER(".^");

    private final String symbol;

    EntrywiseOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code left .* right}, {@code left ./ right}, {@code left .^ right}. */
  record Entrywise(EntrywiseOp op, MatrixExpr left, MatrixExpr right, Shape shape)
      implements MatrixExpr {
    public List<MatrixExpr> children() {
      return List.of(left, right);
    }
  }

  /** A function of one argument applied entry by entry: {@code relu(z)}. */
  record Apply(MathFunction function, MatrixExpr arg) implements MatrixExpr {
    public Shape shape() {
      return arg.shape();
    }

    public List<MatrixExpr> children() {
      return List.of(arg);
    }
  }

  /** A reduction or algebra function: {@code sum(A)}, {@code inv(X)}, {@code ones(3)}. */
  record Reduce(Reduction op, List<MatrixExpr> args, Shape shape) implements MatrixExpr {
    public Reduce {
      args = List.copyOf(args);
    }

    public List<MatrixExpr> children() {
      return args;
    }
  }
}

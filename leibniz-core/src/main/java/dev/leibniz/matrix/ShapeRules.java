package dev.leibniz.matrix;

import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether operands conform, and if not, why, in words that name both shapes: the parser puts
 * the operands' text in front and the operator's column after ({@code W*y: 3x4 times 3 does not
 * conform at column 2}). Each method returns null when the operands conform.
 */
public final class ShapeRules {
  private ShapeRules() {}

  /** {@code a + b}, {@code a - b}: the same shape. */
  public static String sum(Shape a, Shape b, String sign) {
    if (a.equals(b)) return null;
    String what = "+".equals(sign) ? "plus" : "minus";
    if (a.isScalar() || b.isScalar()) {
      return "a " + noun(a) + " " + what + " a " + noun(b)
          + " (a scalar and a non-scalar cannot be added; use s*ones(n) for a constant vector)";
    }
    return a + " " + what + " " + b + ": the shapes differ";
  }

  /**
   * {@code a + b}, {@code a - b} as {@link #sum}, where {@code aName} or {@code bName} (else
   * null) is the name the operand is, a name not declared and so a scalar: the words say so and
   * how to declare it ({@code a 3 vector plus b, a scalar: b is not declared (declare it with
   * where b: 3, or use b*ones(3) for a constant vector)}).
   */
  public static String sum(Shape a, Shape b, String sign, String aName, String bName) {
    String undeclared = a.isScalar() ? aName : bName;
    if (a.equals(b) || undeclared == null || !a.isScalar() && !b.isScalar()) {
      return sum(a, b, sign);
    }
    String what = "+".equals(sign) ? "plus" : "minus";
    Shape other = a.isScalar() ? b : a;
    String scalar = undeclared + ", a scalar";
    String words = a.isScalar() ? scalar + ", " + what + " a " + noun(b)
        : "a " + noun(a) + " " + what + " " + scalar;
    return words + ": " + undeclared + " is not declared (declare it with where " + undeclared
        + ": " + other.declared() + ", or use " + undeclared + "*"
        + MatrixPrinter.print(MatrixBuild.ones(other)) + " for a constant " + kind(other) + ")";
  }

  /** {@code a*b}: a scalar scales; otherwise the inner sizes agree. */
  public static String product(Shape a, Shape b) {
    if (a.isScalar() || b.isScalar() || a.columns() == b.rows()) return null;
    return a + " times " + b + " does not conform";
  }

  /** {@code a/b}: by a scalar only. */
  public static String quotient(Shape b) {
    if (b.isScalar()) return null;
    return "division by a " + noun(b) + " (divide by a scalar, or use ./ entry by entry)";
  }

  /**
   * {@code base^exponent} ({@code symbol} is {@code ^} or {@code **}): scalars only. The words
   * end with the operator, so that the column the caller puts after them is plainly its own:
   * {@code a 2x2 matrix to a power: write A .^ 2 for the power entry by entry, or A*A for the
   * matrix product, not the ^}; a vector squared is offered {@code x'*x}, the sum of squares,
   * and a matrix that is not square no product at all.
   */
  public static String power(MatrixExpr base, MatrixExpr exponent, String symbol) {
    Shape a = base.shape();
    Shape b = exponent.shape();
    if (a.isScalar() && b.isScalar()) return null;
    String entrywise = a.isScalar() || b.isScalar() || a.equals(b)
        ? "write " + MatrixPrinter.print(new MatrixExpr.Entrywise(MatrixExpr.EntrywiseOp.POWER,
            base, exponent, a.isScalar() ? b : a))
        : "use .^";
    String product = a.isScalar() ? null : product(base, exponent);
    return (a.isScalar() ? "a scalar to a " + noun(b) + " power" : "a " + noun(a)
        + " to a power") + ": " + entrywise + " for the power entry by entry"
        + (product == null ? "" : ", or " + product) + ", not the " + symbol;
  }

  /**
   * The product {@code base^exponent} may have been meant for, in words, or null: a square
   * matrix to a small whole power ({@code A*A}) or to -1 ({@code inv(A)}), a vector squared
   * ({@code x'*x}).
   */
  private static String product(MatrixExpr base, MatrixExpr exponent) {
    if (!(exponent instanceof MatrixExpr.Literal k) || !k.value().isInteger()) return null;
    int n = k.value().intValue().orElse(0);
    Shape a = base.shape();
    if (a.isSquare() && n == -1) {
      return MatrixPrinter.print(new MatrixExpr.Reduce(Reduction.INV, List.of(base), a))
          + " for the inverse";
    }
    if (a.isSquare() && n >= 2 && n <= 4) {
      List<MatrixExpr> factors = new ArrayList<>();
      for (int i = 0; i < n; i++) factors.add(base);
      return MatrixPrinter.print(new MatrixExpr.Product(Rational.ONE, List.of(), factors, a))
          + " for the matrix product";
    }
    if (n != 2 || !a.isVector()) return null;
    MatrixExpr squares = a.columns() == 1
        ? new MatrixExpr.Product(Rational.ONE, List.of(), List.of(MatrixBuild.transpose(base),
            base), Shape.SCALAR)
        : new MatrixExpr.Product(Rational.ONE, List.of(), List.of(base,
            MatrixBuild.transpose(base)), Shape.SCALAR);
    return MatrixPrinter.print(squares) + " for the sum of squares";
  }

  /** {@code a .* b}, {@code a ./ b}, {@code a .^ b}: the same shape, or a scalar operand. */
  public static String entrywise(String symbol, Shape a, Shape b) {
    if (a.isScalar() || b.isScalar() || a.equals(b)) return null;
    return "entry-wise " + symbol + " of " + a + " and " + b + ": the shapes differ";
  }

  /**
   * How many arguments a reduction or algebra function takes: {@code ones} one or two sizes,
   * {@code eye} one, the others their {@link Reduction#arity()}. The one place for the rule:
   * the scalar and the matrix parser both ask it before anything else.
   */
  public static String arity(Reduction op, int given) {
    if (op == Reduction.ONES) return given >= 1 && given <= 2 ? null
        : "'ones' takes one or two sizes";
    if (op == Reduction.EYE) return given == 1 ? null : "'eye' takes one size";
    if (given == op.arity()) return null;
    return "'" + op.word() + "' takes " + (op.arity() == 1 ? "one argument" : "two arguments");
  }

  /** The arguments' shapes of a reduction or algebra function, once {@link #arity} holds. */
  public static String reduction(Reduction op, List<Shape> args) {
    Shape u = args.get(0);
    switch (op) {
      case TR:
      case DET:
      case INV:
        return u.isSquare() ? null : op.word() + " of a " + noun(u) + " (a square matrix is "
            + "needed)";
      case DIAG:
        return u.isScalar() || u.isVector() ? null : "diag of a " + u + " matrix (diag makes "
            + "the diagonal matrix of a vector)";
      case SOFTMAX:
      case LOGSUMEXP:
        return u.isScalar() || u.isVector() ? null : op.word() + " of a " + u + " matrix (a "
            + "vector is needed)";
      case DOT:
        return u.equals(args.get(1)) ? null : "dot of " + u + " and " + args.get(1)
            + ": the shapes differ";
      default:
        return null;
    }
  }

  /** {@code vector}, {@code row vector} or {@code matrix}: a non-scalar's kind. */
  private static String kind(Shape s) {
    if (s.columns() == 1) return "vector";
    return s.rows() == 1 ? "row vector" : "matrix";
  }

  /** {@code scalar}, {@code 3 vector}, {@code 1x3 row vector}, {@code 3x4 matrix}. */
  public static String noun(Shape s) {
    if (s.isScalar()) return "scalar";
    if (s.columns() == 1) return s.rows() + " vector";
    if (s.rows() == 1) return s + " row vector";
    return s + " matrix";
  }
}

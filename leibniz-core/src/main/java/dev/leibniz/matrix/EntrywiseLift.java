package dev.leibniz.matrix;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A function's derivative from the one cheat sheet, applied entry by entry to a vector or
 * matrix argument: the row's sums and products become entry-wise ones, a number added to a
 * matrix becomes that number times {@code ones}, and a reciprocal a division
 * ({@code sigmoid(u)' = sigmoid(u)*(1 - sigmoid(u))} at {@code z: 3} is
 * {@code sigmoid(z) .* (ones(3) - sigmoid(z))}; {@code ln(u)' = 1/u} is {@code ones(3) ./ z}).
 * The same lift with each variable a scalar name is a scalar expression in matrix notation
 * ({@link #ofScalar}), as a REPL name stands for it on a line with vectors.
 */
public final class EntrywiseLift {
  private EntrywiseLift() {}

  /** {@code f'(u)}, entry by entry, shaped as {@code u}. */
  static MatrixExpr derivative(MathFunction f, MatrixExpr u) {
    return lift(CheatSheet.derivative(f, new Var(CheatSheet.VARIABLE)), v -> u, u.shape());
  }

  /** The scalar expression {@code e} as a matrix expression, each variable a scalar name. */
  public static MatrixExpr ofScalar(Expr e) {
    return lift(e, v -> new MatrixExpr.Name(v.name(), Shape.SCALAR), Shape.SCALAR);
  }

  /**
   * {@code e} with each variable the tree {@code variable} gives, shaped {@code shape}: also how
   * {@link EntrywiseAlgebra} writes back an entry it simplified as a scalar.
   */
  static MatrixExpr lift(Expr e, Function<Var, MatrixExpr> variable, Shape shape) {
    if (e instanceof Var v) return variable.apply(v);
    if (e instanceof Num n) return MatrixBuild.number(n.value());
    if (e instanceof Constant c) return MatrixBuild.constant(c);
    if (e instanceof Sum s) {
      List<MatrixExpr> terms = new ArrayList<>();
      for (Expr t : s.terms()) terms.add(broadcast(lift(t, variable, shape), shape));
      return MatrixBuild.sum(terms);
    }
    if (e instanceof Product p) return quotient(p.coefficient(), p.factors(), variable, shape);
    if (e instanceof Power p) {
      MatrixExpr base = lift(p.base(), variable, shape);
      if (!base.shape().isScalar() && p.exponent() instanceof Num k && k.value().signum() < 0) {
        return quotient(Rational.ONE, List.of(p), variable, shape);
      }
      MatrixExpr exponent = lift(p.exponent(), variable, shape);
      if (p.base() instanceof Constant c && c == Constant.E) return MatrixBuild.exp(exponent);
      return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, base, exponent);
    }
    if (e instanceof Call c) {
      return MatrixBuild.apply(c.function(), lift(c.argument(), variable, shape));
    }
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * {@code coefficient} times the factors: numerator factors multiplied entry by entry, divided
   * entry by entry by the denominator; the number in front stays in front ({@code -X'*(y ./ u)},
   * not {@code X'*((-y) ./ u)}). A reciprocal alone is a quotient too, as a person writes it:
   * {@code u^-1} of a vector is {@code ones(3) ./ u}, not {@code u .^ (-1)}.
   */
  private static MatrixExpr quotient(Rational coefficient, List<Expr> factors,
      Function<Var, MatrixExpr> variable, Shape shape) {
    MatrixExpr top = MatrixBuild.ONE;
    MatrixExpr bottom = MatrixBuild.ONE;
    for (Expr f : factors) {
      if (f instanceof Num) continue;
      if (f instanceof Power q && q.exponent() instanceof Num k && k.value().signum() < 0) {
        MatrixExpr d = lift(Expr.power(q.base(), Num.of(k.value().negate())), variable, shape);
        bottom = MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, bottom, d);
      } else {
        top = MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, top, lift(f, variable, shape));
      }
    }
    MatrixExpr quotient = bottom.shape().isScalar() ? MatrixBuild.quotient(top, bottom)
        : MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, broadcast(top, bottom.shape()),
            bottom);
    return MatrixBuild.product(MatrixBuild.number(coefficient), quotient);
  }

  /** A scalar where a matrix is needed: {@code c*ones(shape)}. */
  static MatrixExpr broadcast(MatrixExpr e, Shape shape) {
    if (!e.shape().isScalar() || shape.isScalar()) return e;
    return MatrixBuild.product(e, MatrixBuild.ones(shape));
  }
}

package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;

/**
 * The one place for the derivative rules of the entry-wise operators {@code w = a op b}: the
 * partial derivatives of w by each operand, entry by entry, shaped as w. A scalar operand is
 * broadcast over w, so its partial is read entry by entry too. {@link MatrixTangent},
 * {@link AdjointRules} and {@link MatrixJacobian} assemble the three modes from these:
 * {@code dw = pa .* da + pb .* db}.
 * <ul>
 *   <li>{@code d(a .* b)}: {@code pa = b}, {@code pb = a};
 *   <li>{@code d(a ./ b)}: {@code pa = 1 ./ b}, {@code pb = -a ./ b.^2};
 *   <li>{@code d(a .^ b)}: {@code pa = b .* a.^(b - 1)}, {@code pb = a.^b .* ln(a)}.
 * </ul>
 */
final class EntrywisePartials {
  private EntrywisePartials() {}

  /** {@code dw/da}, entry by entry. */
  static MatrixExpr byLeft(MatrixExpr.Entrywise w) {
    MatrixExpr a = w.left();
    MatrixExpr b = w.right();
    switch (w.op()) {
      case TIMES:
        return b;
      case DIVIDE:
        return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE,
            EntrywiseLift.broadcast(MatrixBuild.ONE, b.shape()), b);
      default: {
        MatrixExpr one = EntrywiseLift.broadcast(MatrixBuild.ONE, b.shape());
        return AdjointRules.times(b, MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, a,
            MatrixBuild.difference(b, one)));
      }
    }
  }

  /** {@code dw/db}, entry by entry. */
  static MatrixExpr byRight(MatrixExpr.Entrywise w) {
    MatrixExpr a = w.left();
    MatrixExpr b = w.right();
    switch (w.op()) {
      case TIMES:
        return a;
      case DIVIDE:
        return MatrixBuild.negate(MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, a,
            MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, b, MatrixBuild.number(2))));
      default: {
        MatrixExpr ln = a.shape().isScalar() ? MatrixGradient.ln(a)
            : MatrixBuild.apply(MathFunction.LN, a);
        return AdjointRules.times(w, ln);
      }
    }
  }

  /**
   * What an operand of shape {@code operand} receives from an adjoint shaped as w: itself, or,
   * for a scalar broadcast over w, the sum of its entries (every entry of w depends on it).
   */
  static MatrixExpr fit(Shape operand, MatrixExpr adjoint) {
    if (operand.isScalar() && !adjoint.shape().isScalar()) {
      return MatrixBuild.reduce(Reduction.SUM, adjoint);
    }
    return adjoint;
  }
}

package dev.leibniz.matrix;

import java.util.List;

/**
 * Inverses that cancel between two factors side by side in a product chain, wherever the inverse
 * is defined: {@code U*inv(U) = inv(U)*U = I}; with square factors {@code inv(A*X)*A = inv(X)}
 * (as {@code inv(A*X) = inv(X)*inv(A)}: an invertible product of square matrices has invertible
 * factors) and {@code B*inv(X*B) = inv(X)}; and {@code A'*B'} shrinks as {@code (B*A)'} would.
 */
final class InverseCancellation {
  private InverseCancellation() {}

  /** What {@code a*b}, two factors side by side in a chain, shrinks to; null if nothing cancels. */
  static MatrixExpr shrink(MatrixExpr a, MatrixExpr b) {
    if (a instanceof MatrixExpr.Transpose ta && b instanceof MatrixExpr.Transpose tb) {
      MatrixExpr m = shrink(tb.arg(), ta.arg());
      return m == null ? null : MatrixBuild.transpose(m);
    }
    if (isInverse(a)) {
      MatrixExpr u = ((MatrixExpr.Reduce) a).args().get(0);
      if (u.equals(b)) return MatrixBuild.eye(b.shape().rows());
      List<MatrixExpr> factors = squareChain(u);
      if (factors != null && factors.get(0).equals(b)) {
        return MatrixBuild.reduce(Reduction.INV, MatrixBuild.product(factors.subList(1,
            factors.size())));
      }
    }
    if (isInverse(b)) {
      MatrixExpr u = ((MatrixExpr.Reduce) b).args().get(0);
      if (u.equals(a)) return MatrixBuild.eye(a.shape().rows());
      List<MatrixExpr> factors = squareChain(u);
      if (factors != null && factors.get(factors.size() - 1).equals(a)) {
        return MatrixBuild.reduce(Reduction.INV, MatrixBuild.product(factors.subList(0,
            factors.size() - 1)));
      }
    }
    return null;
  }

  private static boolean isInverse(MatrixExpr e) {
    return e instanceof MatrixExpr.Reduce r && r.op() == Reduction.INV;
  }

  /** The factors of a product of square matrices without scalars, or null. */
  private static List<MatrixExpr> squareChain(MatrixExpr u) {
    if (!(u instanceof MatrixExpr.Product p) || !p.coefficient().isOne() || !p.scalars().isEmpty()
        || p.chain().size() < 2) {
      return null;
    }
    for (MatrixExpr f : p.chain()) if (!f.shape().isSquare()) return null;
    return p.chain();
  }
}

package dev.leibniz.matrix;

import java.util.List;

/**
 * Inverses that cancel between two factors side by side in a product chain, wherever the inverse
 * is defined: {@code U*inv(U) = inv(U)*U = I}; with square factors {@code inv(A*X)*A = inv(X)}
 * (as {@code inv(A*X) = inv(X)*inv(A)}: an invertible product of square matrices has invertible
 * factors) and {@code B*inv(X*B) = inv(X)}; and {@code A'*B'} shrinks as {@code (B*A)'} would.
 * Entry-by-entry inverses cancel in an inner product: {@code a'*(y ./ a) = sum(y)}
 * ({@link #quotientsCancel}), which turns the softmax cross-entropy's gradient into
 * {@code sum(y)*softmax(x) - y}.
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
    return quotientsCancel(a, b);
  }

  /**
   * {@code a'*(y ./ a) = (y ./ a)'*a = sum(y)} for vectors a, y of one length (and, of rows,
   * {@code a*(y ./ a)' = (y ./ a)*a' = sum(y)}); with a scalar y, broadcast, it is {@code n*y}.
   * Entry by entry, {@code a_i*(y_i/a_i) = y_i}, wherever {@code y ./ a} is defined, that is
   * where no entry of a is 0; so the value is kept wherever the product is defined, and the
   * rewrite only widens the domain, as cancelling a common factor does. The gradient of
   * {@code -sum(y .* ln(softmax(x)))}, {@code softmax(x)'*(y ./ softmax(x))*softmax(x) - y}
   * by the softmax rule, is then {@code sum(y)*softmax(x) - y}. Null unless {@code a*b} is a
   * row times a column one of which is the other's quotient.
   */
  private static MatrixExpr quotientsCancel(MatrixExpr a, MatrixExpr b) {
    int n = b.shape().rows();
    if (a.shape().rows() != 1 || b.shape().columns() != 1 || n == 1
        || !isQuotient(a) && !isQuotient(b)) {
      return null;
    }
    MatrixExpr y = numerator(MatrixBuild.transpose(a), b);
    if (y == null) y = numerator(a, MatrixBuild.transpose(b));
    if (y == null) return null;
    return y.shape().isScalar() ? MatrixBuild.product(MatrixBuild.number(n), y)
        : MatrixBuild.reduce(Reduction.SUM, y);
  }

  /** {@code y} when one of {@code p}, {@code q} is {@code y ./ } the other; else null. */
  private static MatrixExpr numerator(MatrixExpr p, MatrixExpr q) {
    MatrixExpr y = numeratorOver(q, p);
    return y != null ? y : numeratorOver(p, q);
  }

  /** {@code y} when {@code q} is {@code y ./ a}; else null. */
  private static MatrixExpr numeratorOver(MatrixExpr q, MatrixExpr a) {
    return q instanceof MatrixExpr.Entrywise w && w.op() == MatrixExpr.EntrywiseOp.DIVIDE
        && w.right().equals(a) ? w.left() : null;
  }

  /** {@code y ./ a}, or its transpose. */
  private static boolean isQuotient(MatrixExpr e) {
    MatrixExpr inner = e instanceof MatrixExpr.Transpose t ? t.arg() : e;
    return inner instanceof MatrixExpr.Entrywise w && w.op() == MatrixExpr.EntrywiseOp.DIVIDE;
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

package dev.leibniz.matrix;

import java.util.List;

/**
 * The read-off rules of the entry-wise operators and the reductions (the Matrix Cookbook,
 * Petersen and Pedersen, 2012, sections 2.1-2.4 and 2.8): what an operand receives when the
 * node receives {@code bar}, from the node's differential.
 */
final class AdjointRules {
  private AdjointRules() {}

  /** {@code bar .* g}; a scalar scales. */
  static MatrixExpr times(MatrixExpr bar, MatrixExpr g) {
    return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, bar, g);
  }

  /** {@code sum(bar .* m)}: the inner product tr(bar' m), for a scalar that scales m. */
  static MatrixExpr dot(MatrixExpr bar, MatrixExpr m) {
    if (m.shape().isScalar()) return MatrixBuild.product(bar, m);
    return MatrixBuild.reduce(Reduction.SUM, times(bar, m));
  }

  /** The entry-wise operators' read-off rules ({@link EntrywisePartials}); w receives bar. */
  static void entrywise(MatrixGradient g, MatrixExpr.Entrywise w, MatrixExpr bar) {
    MatrixExpr a = w.left();
    MatrixExpr b = w.right();
    if (g.dependsOn(a)) {
      g.back(a, EntrywisePartials.fit(a.shape(), times(bar, EntrywisePartials.byLeft(w))));
    }
    if (g.dependsOn(b)) {
      g.back(b, EntrywisePartials.fit(b.shape(), times(bar, EntrywisePartials.byRight(w))));
    }
  }

  /** The reductions' read-off rules; {@code r} receives {@code bar}. */
  static void reduce(MatrixGradient g, MatrixExpr.Reduce r, MatrixExpr bar) {
    List<MatrixExpr> args = r.args();
    MatrixExpr u = args.isEmpty() ? null : args.get(0);
    switch (r.op()) {
      case SUM: // d sum(U) = sum(dU)
        g.back(u, MatrixBuild.product(bar, MatrixBuild.ones(u.shape())));
        return;
      case NORM2: // d norm2(u) = u'du/norm2(u)
        g.back(u, MatrixBuild.product(bar, u, MatrixBuild.power(r, MatrixBuild.MINUS_ONE)));
        return;
      case TR: // d tr(U) = tr(dU)
        g.back(u, MatrixBuild.product(bar, MatrixBuild.eye(u.shape().rows())));
        return;
      case DET: // d det(U) = det(U)*tr(inv(U) dU)
        g.back(u, MatrixBuild.product(bar, r, MatrixBuild.transpose(
            MatrixBuild.reduce(Reduction.INV, u))));
        return;
      case INV: // d inv(U) = -inv(U) dU inv(U)
        g.back(u, MatrixBuild.negate(MatrixBuild.product(MatrixBuild.transpose(r), bar,
            MatrixBuild.transpose(r))));
        return;
      case DIAG: { // d diag(u) = diag(du): u receives the diagonal of bar
        int n = r.shape().rows();
        MatrixExpr diagonal = MatrixBuild.product(times(bar, MatrixBuild.eye(n)),
            MatrixBuild.ones(Shape.column(n)));
        g.back(u, u.shape().rows() == 1 ? MatrixBuild.transpose(diagonal) : diagonal);
        return;
      }
      case DOT: // d dot(a, b) = dot(da, b) + dot(a, db)
        g.back(u, MatrixBuild.product(bar, args.get(1)));
        g.back(args.get(1), MatrixBuild.product(bar, u));
        return;
      case SOFTMAX: { // d s = s .* du - s*(s'du)
        MatrixExpr s = r;
        boolean row = s.shape().rows() == 1;
        MatrixExpr inner = row ? MatrixBuild.product(bar, MatrixBuild.transpose(s))
            : MatrixBuild.product(MatrixBuild.transpose(s), bar);
        g.back(u, MatrixBuild.difference(times(s, bar), MatrixBuild.product(inner, s)));
        return;
      }
      case LOGSUMEXP: // d logsumexp(u) = softmax(u)'du
        g.back(u, MatrixBuild.product(bar, MatrixBuild.reduce(Reduction.SOFTMAX, u)));
        return;
      default: // ones and eye are constants
    }
  }
}

package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
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

  /**
   * {@code d(a .* b) = da .* b + a .* db}; {@code d(a ./ b) = da ./ b - a .* db ./ b.^2};
   * {@code d(a .^ p) = p*a.^(p-1) .* da + a.^p .* ln(a) .* dp}.
   */
  static void entrywise(MatrixGradient g, MatrixExpr.Entrywise w, MatrixExpr bar) {
    MatrixExpr a = w.left();
    MatrixExpr b = w.right();
    switch (w.op()) {
      case TIMES:
        g.back(a, times(bar, b));
        g.back(b, times(bar, a));
        return;
      case DIVIDE:
        g.back(a, MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, bar, b));
        g.back(b, MatrixBuild.negate(MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE,
            times(bar, a), MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, b,
                MatrixBuild.number(2)))));
        return;
      default:
        if (g.dependsOn(a)) {
          MatrixExpr one = EntrywiseLift.broadcast(MatrixBuild.ONE, b.shape());
          MatrixExpr lower = MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, a,
              MatrixBuild.difference(b, one));
          g.back(a, times(bar, times(b, lower)));
        }
        if (g.dependsOn(b)) {
          MatrixExpr ln = a.shape().isScalar() ? MatrixGradient.ln(a)
              : MatrixBuild.apply(MathFunction.LN, a);
          MatrixExpr inner = times(times(bar, w), ln);
          g.back(b, b.shape().isScalar() ? MatrixBuild.reduce(Reduction.SUM, inner) : inner);
        }
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

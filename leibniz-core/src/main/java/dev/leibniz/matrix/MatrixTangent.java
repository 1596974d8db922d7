package dev.leibniz.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The derivative of any expression by a scalar variable t, shaped as the expression, by
 * propagating the differential forward: {@code d(A B) = dA B + A dB}, {@code d(f(U)) =
 * f'(U) .* dU}, {@code d(inv(U)) = -inv(U) dU inv(U)}, {@code d(det(U)) = det(U)*tr(inv(U) dU)}.
 */
final class MatrixTangent {
  private final String variable;
  private final Dependence depends;

  private MatrixTangent(String variable) {
    this.variable = variable;
    this.depends = new Dependence(variable);
  }

  static MatrixExpr of(MatrixExpr f, String variable) {
    return Tidy.tidy(new MatrixTangent(variable).t(f));
  }

  private MatrixExpr t(MatrixExpr e) {
    if (!depends.on(e)) return MatrixBuild.zero(e.shape());
    if (e instanceof MatrixExpr.Name) return MatrixBuild.ONE;
    if (e instanceof MatrixExpr.Sum s) {
      List<MatrixExpr> terms = new ArrayList<>();
      for (MatrixExpr term : s.terms()) terms.add(t(term));
      return MatrixBuild.sum(terms);
    }
    if (e instanceof MatrixExpr.Product p) return product(p);
    if (e instanceof MatrixExpr.Power p) {
      MatrixExpr b = p.base();
      MatrixExpr x = p.exponent();
      return MatrixBuild.sum(
          MatrixBuild.product(x, MatrixBuild.power(b, MatrixBuild.sum(x, MatrixBuild.MINUS_ONE)),
              t(b)),
          MatrixBuild.product(p, MatrixGradient.ln(b), t(x)));
    }
    if (e instanceof MatrixExpr.Transpose tr) return MatrixBuild.transpose(t(tr.arg()));
    if (e instanceof MatrixExpr.Apply a) {
      return AdjointRules.times(EntrywiseLift.derivative(a.function(), a.arg()), t(a.arg()));
    }
    if (e instanceof MatrixExpr.Entrywise w) return entrywise(w);
    if (e instanceof MatrixExpr.Reduce r) return reduce(r);
    throw new IllegalStateException("unhandled " + e);
  }

  private MatrixExpr product(MatrixExpr.Product p) {
    List<MatrixExpr> factors = new ArrayList<>(p.children());
    List<MatrixExpr> terms = new ArrayList<>();
    for (int i = 0; i < factors.size(); i++) {
      if (!depends.on(factors.get(i))) continue;
      List<MatrixExpr> replaced = new ArrayList<>(factors);
      replaced.set(i, t(factors.get(i)));
      replaced.add(0, MatrixBuild.number(p.coefficient()));
      terms.add(MatrixBuild.product(replaced));
    }
    return MatrixBuild.sum(terms);
  }

  /** {@code dw = pa .* da + pb .* db} ({@link EntrywisePartials}). */
  private MatrixExpr entrywise(MatrixExpr.Entrywise w) {
    List<MatrixExpr> terms = new ArrayList<>();
    if (depends.on(w.left())) {
      terms.add(AdjointRules.times(EntrywisePartials.byLeft(w), t(w.left())));
    }
    if (depends.on(w.right())) {
      terms.add(AdjointRules.times(EntrywisePartials.byRight(w), t(w.right())));
    }
    return MatrixBuild.sum(terms);
  }

  private MatrixExpr reduce(MatrixExpr.Reduce r) {
    List<MatrixExpr> args = r.args();
    MatrixExpr u = args.get(0);
    MatrixExpr du = t(u);
    switch (r.op()) {
      case SUM:
      case TR:
      case DIAG:
        return MatrixBuild.reduce(r.op(), du);
      case NORM2:
        return MatrixBuild.product(AdjointRules.dot(u, du),
            MatrixBuild.power(r, MatrixBuild.MINUS_ONE));
      case DET:
        return MatrixBuild.product(r, MatrixBuild.reduce(Reduction.TR,
            MatrixBuild.product(MatrixBuild.reduce(Reduction.INV, u), du)));
      case INV:
        return MatrixBuild.negate(MatrixBuild.product(r, du, r));
      case DOT:
        return MatrixBuild.sum(AdjointRules.dot(du, args.get(1)),
            AdjointRules.dot(u, t(args.get(1))));
      case SOFTMAX: {
        boolean row = r.shape().rows() == 1;
        MatrixExpr inner = row ? MatrixBuild.product(du, MatrixBuild.transpose(r))
            : MatrixBuild.product(MatrixBuild.transpose(r), du);
        return MatrixBuild.difference(AdjointRules.times(r, du), MatrixBuild.product(inner, r));
      }
      case LOGSUMEXP:
        return AdjointRules.dot(MatrixBuild.reduce(Reduction.SOFTMAX, u), du);
      default:
        return MatrixBuild.zero(r.shape());
    }
  }

  String variable() {
    return variable;
  }
}

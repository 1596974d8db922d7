package dev.leibniz.matrix;

import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/** A node over new children, through the smart constructors, so the result is canonical. */
final class Rebuild {
  private Rebuild() {}

  static MatrixExpr with(MatrixExpr e, List<MatrixExpr> c) {
    if (e.children().isEmpty()) return e;
    if (e instanceof MatrixExpr.Sum) return MatrixBuild.sum(c);
    if (e instanceof MatrixExpr.Product p) {
      List<MatrixExpr> factors = new ArrayList<>();
      factors.add(MatrixBuild.number(p.coefficient()));
      factors.addAll(c);
      if (p.coefficient().equals(Rational.ZERO)) return e;
      return MatrixBuild.product(factors);
    }
    if (e instanceof MatrixExpr.Power) return MatrixBuild.power(c.get(0), c.get(1));
    if (e instanceof MatrixExpr.Transpose) return MatrixBuild.transpose(c.get(0));
    if (e instanceof MatrixExpr.Entrywise w) return MatrixBuild.entrywise(w.op(), c.get(0),
        c.get(1));
    if (e instanceof MatrixExpr.Apply a) return MatrixBuild.apply(a.function(), c.get(0));
    if (e instanceof MatrixExpr.Reduce r) return MatrixBuild.reduce(r.op(), c);
    throw new IllegalStateException("unhandled " + e);
  }
}

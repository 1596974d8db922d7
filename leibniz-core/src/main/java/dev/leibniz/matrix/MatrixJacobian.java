package dev.leibniz.matrix;

import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Jacobian of a vector (K entries) by a vector variable (D entries), KxD, by propagating
 * {@code dY = J dx} forward: {@code J(x) = eye(D)}, {@code J(W u) = W J(u)},
 * {@code J(f(u)) = diag(f'(u)) J(u)}, {@code J(a .* b) = diag(b) J(a) + diag(a) J(b)},
 * {@code J(softmax(u)) = (diag(s) - s*s') J(u)}, {@code J(s*u) = u*grad(s)' + s*J(u)} for a
 * scalar s. A row vector's Jacobian is its transpose's. A product in which a matrix depends on
 * the variable would need a tensor, except {@code diag(u)*v}; it is refused.
 */
final class MatrixJacobian {
  private final String variable;
  private final Shape variableShape;
  private final Dependence depends;
  private final int d;

  private MatrixJacobian(String variable, Shape shape) {
    this.variable = variable;
    this.variableShape = shape;
    this.depends = new Dependence(variable);
    this.d = shape.size();
  }

  static MatrixExpr of(MatrixExpr f, String variable, Shape shape) {
    return Tidy.tidy(new MatrixJacobian(variable, shape).j(f));
  }

  /** The Jacobian of e: rows as e has entries, D columns. */
  private MatrixExpr j(MatrixExpr e) {
    int k = e.shape().size();
    if (!depends.on(e)) return MatrixBuild.zero(Shape.of(k, d));
    if (e.shape().isScalar()) {
      return MatrixBuild.transpose(column(MatrixGradient.of(e, variable, variableShape)));
    }
    if (e.shape().rows() == 1 && !(e instanceof MatrixExpr.Name)) {
      MatrixExpr t = MatrixBuild.transpose(e);
      if (!(t instanceof MatrixExpr.Transpose)) return j(t);
    }
    if (e instanceof MatrixExpr.Name) return MatrixBuild.eye(d);
    if (e instanceof MatrixExpr.Transpose t) return j(t.arg());
    if (e instanceof MatrixExpr.Sum s) {
      List<MatrixExpr> terms = new ArrayList<>();
      for (MatrixExpr t : s.terms()) terms.add(j(t));
      return MatrixBuild.sum(terms);
    }
    if (e instanceof MatrixExpr.Product p) return product(p);
    if (e instanceof MatrixExpr.Apply a) {
      return MatrixBuild.product(diag(EntrywiseLift.derivative(a.function(), a.arg())), j(a.arg()));
    }
    if (e instanceof MatrixExpr.Entrywise w) return entrywise(w);
    if (e instanceof MatrixExpr.Reduce r && r.op() == Reduction.SOFTMAX) {
      MatrixExpr s = column(r);
      MatrixExpr local = MatrixBuild.difference(diag(s), MatrixBuild.product(s,
          MatrixBuild.transpose(s)));
      return MatrixBuild.product(local, j(r.args().get(0)));
    }
    throw tensor(e);
  }

  private MatrixExpr product(MatrixExpr.Product p) {
    List<MatrixExpr> terms = new ArrayList<>();
    List<MatrixExpr> chain = p.chain();
    for (int i = 0; i < p.scalars().size(); i++) {
      MatrixExpr s = p.scalars().get(i);
      if (!depends.on(s)) continue;
      List<MatrixExpr> rest = new ArrayList<>();
      rest.add(MatrixBuild.number(p.coefficient()));
      for (int k = 0; k < p.scalars().size(); k++) if (k != i) rest.add(p.scalars().get(k));
      rest.addAll(chain);
      terms.add(MatrixBuild.product(column(MatrixBuild.product(rest)), j(s)));
    }
    for (int k = 0; k < chain.size(); k++) {
      MatrixExpr f = chain.get(k);
      if (!depends.on(f)) continue;
      List<MatrixExpr> left = new ArrayList<>();
      left.add(MatrixBuild.number(p.coefficient()));
      left.addAll(p.scalars());
      left.addAll(chain.subList(0, k));
      if (k == chain.size() - 1 && f.shape().columns() == 1) {
        terms.add(MatrixBuild.product(MatrixBuild.product(left), j(f)));
      } else if (k == chain.size() - 2 && f instanceof MatrixExpr.Reduce r
          && r.op() == Reduction.DIAG) {
        MatrixExpr v = chain.get(k + 1);
        terms.add(MatrixBuild.product(MatrixBuild.product(left), diag(v), j(r.args().get(0))));
      } else {
        throw tensor(f);
      }
    }
    return MatrixBuild.sum(terms);
  }

  /**
   * {@code J(w) = diag(pa) J(a) + diag(pb) J(b)} ({@link EntrywisePartials}); a scalar operand
   * is broadcast over w, so its term is the column {@code pa} times its gradient row.
   */
  private MatrixExpr entrywise(MatrixExpr.Entrywise w) {
    List<MatrixExpr> terms = new ArrayList<>();
    if (depends.on(w.left())) terms.add(scaled(EntrywisePartials.byLeft(w), w.left()));
    if (depends.on(w.right())) terms.add(scaled(EntrywisePartials.byRight(w), w.right()));
    return MatrixBuild.sum(terms);
  }

  private MatrixExpr scaled(MatrixExpr partial, MatrixExpr operand) {
    if (operand.shape().isScalar()) return MatrixBuild.product(column(partial), j(operand));
    return MatrixBuild.product(diag(partial), j(operand));
  }

  private static MatrixExpr diag(MatrixExpr v) {
    return MatrixBuild.reduce(Reduction.DIAG, column(v));
  }

  private static MatrixExpr column(MatrixExpr v) {
    return v.shape().rows() == 1 && !v.shape().isScalar() ? MatrixBuild.transpose(v) : v;
  }

  private LeibnizException tensor(MatrixExpr e) {
    return new LeibnizException("the Jacobian by " + variable + " of " + MatrixPrinter.print(e)
        + " needs a tensor (a matrix depends on " + variable + "): out of scope");
  }
}

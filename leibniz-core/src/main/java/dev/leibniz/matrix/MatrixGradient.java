package dev.leibniz.matrix;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradient of a scalar by a scalar, vector or matrix variable, in matrix notation, by
 * matrix differentials (Magnus and Neudecker, "Matrix Differential Calculus", 3rd ed., 2019):
 * each rule gives {@code d(f)} in terms of the differential of its operand, and the gradient
 * {@code G} is read off {@code d(f) = tr(G' dX)}. Reading off is the adjoint of each rule, so the
 * walk goes from the root down, handing each operand the gradient of what it feeds
 * ({@link AdjointRules}); the variable's gradients are added. The result has the variable's shape.
 *
 * <pre>{@code
 * // x' A x by x: d(x'Ax) = dx'Ax + x'A dx, read off as A*x + A'*x, tidied to (A + A')*x
 * MatrixExpr g = MatrixGradient.of(f, "x");
 * }</pre>
 */
public final class MatrixGradient {
  private final Dependence depends;
  private final List<MatrixExpr> contributions = new ArrayList<>();

  private MatrixGradient(String variable) {
    this.depends = new Dependence(variable);
  }

  /**
   * The gradient of scalar {@code f} by {@code variable} of shape {@code shape}, tidied.
   */
  public static MatrixExpr of(MatrixExpr f, String variable, Shape shape) {
    return Tidy.tidy(raw(f, variable, shape, MatrixBuild.ONE));
  }

  /**
   * What {@code variable} receives when {@code f} receives {@code seed} (shaped as f):
   * {@code f}'s adjoint handed down, untidied; the backward equations use it with a named seed.
   */
  public static MatrixExpr raw(MatrixExpr f, String variable, Shape shape, MatrixExpr seed) {
    MatrixGradient g = new MatrixGradient(variable);
    g.back(f, seed);
    return g.contributions.isEmpty() ? MatrixBuild.zero(shape)
        : MatrixBuild.sum(g.contributions);
  }

  void back(MatrixExpr e, MatrixExpr bar) {
    if (!depends.on(e) || MatrixBuild.isZero(bar)) return;
    if (e instanceof MatrixExpr.Name) {
      contributions.add(bar);
    } else if (e instanceof MatrixExpr.Sum s) {
      for (MatrixExpr t : s.terms()) back(t, bar);
    } else if (e instanceof MatrixExpr.Product p) {
      product(p, bar);
    } else if (e instanceof MatrixExpr.Power p) {
      power(p, bar);
    } else if (e instanceof MatrixExpr.Transpose t) {
      back(t.arg(), MatrixBuild.transpose(bar));
    } else if (e instanceof MatrixExpr.Entrywise w) {
      AdjointRules.entrywise(this, w, bar);
    } else if (e instanceof MatrixExpr.Apply a) {
      back(a.arg(), AdjointRules.times(bar, EntrywiseLift.derivative(a.function(), a.arg())));
    } else if (e instanceof MatrixExpr.Reduce r) {
      AdjointRules.reduce(this, r, bar);
    } else if (!(e instanceof MatrixExpr.Literal || e instanceof MatrixExpr.Const)) {
      throw new IllegalStateException("unhandled " + e);
    }
  }

  /**
   * {@code Y = c*S*F1*...*Fn}: a scalar factor s receives the sum of {@code bar .* Y/s} (just
   * {@code bar*Y/s} when Y is a scalar); a matrix factor F receives {@code c*S*L'*bar*R'},
   * L and R the factors left and right of it ({@code d(AXB) = A dX B}).
   */
  private void product(MatrixExpr.Product p, MatrixExpr bar) {
    List<MatrixExpr> scalars = p.scalars();
    List<MatrixExpr> chain = p.chain();
    for (int i = 0; i < scalars.size(); i++) {
      if (!depends.on(scalars.get(i))) continue;
      List<MatrixExpr> rest = new ArrayList<>();
      rest.add(MatrixBuild.number(p.coefficient()));
      for (int j = 0; j < scalars.size(); j++) if (j != i) rest.add(scalars.get(j));
      rest.addAll(chain);
      MatrixExpr others = MatrixBuild.product(rest);
      back(scalars.get(i), AdjointRules.dot(bar, others));
    }
    for (int k = 0; k < chain.size(); k++) {
      if (!depends.on(chain.get(k))) continue;
      List<MatrixExpr> factors = new ArrayList<>();
      factors.add(MatrixBuild.number(p.coefficient()));
      factors.addAll(scalars);
      if (k > 0) factors.add(MatrixBuild.transpose(MatrixBuild.product(chain.subList(0, k))));
      factors.add(bar);
      if (k < chain.size() - 1) {
        factors.add(MatrixBuild.transpose(MatrixBuild.product(chain.subList(k + 1,
            chain.size()))));
      }
      back(chain.get(k), MatrixBuild.product(factors));
    }
  }

  /** {@code d(b^e) = e*b^(e-1) db + b^e*ln(b) de}. */
  private void power(MatrixExpr.Power p, MatrixExpr bar) {
    MatrixExpr b = p.base();
    MatrixExpr e = p.exponent();
    if (depends.on(b)) {
      back(b, MatrixBuild.product(bar, e, MatrixBuild.power(b,
          MatrixBuild.sum(e, MatrixBuild.MINUS_ONE))));
    }
    if (depends.on(e)) back(e, MatrixBuild.product(bar, p, ln(b)));
  }

  /** {@code ln(b)}; {@code ln(e) = 1}. */
  static MatrixExpr ln(MatrixExpr b) {
    if (b instanceof MatrixExpr.Const c && c.constant() == Constant.E) return MatrixBuild.ONE;
    return MatrixBuild.apply(MathFunction.LN, b);
  }

  boolean dependsOn(MatrixExpr e) {
    return depends.on(e);
  }
}

package dev.leibniz.bench;

import dev.leibniz.expr.Expr;
import java.util.List;

/**
 * A function of workload 4 written four ways, so the compiled tape can be measured against each:
 * as an expression for Leibniz, by hand in plain Java (value and reverse-mode gradient, the
 * physical limit), and through commons-math3's two forward modes.
 */
public interface GradientCase {
  /** The function as an expression of {@link #variables}. */
  Expr expr();

  /** The variables, in the order a point lists their values. */
  List<String> variables();

  /** A fixed point at which to measure, inside the domain. */
  double[] point();

  /** The value, by hand. */
  double value(double[] point);

  /** The gradient into {@code out}, by hand; returns the value. */
  double gradient(double[] point, double[] out);

  /** The gradient by {@code DerivativeStructure}: one sweep carrying every partial at once. */
  double derivativeStructure(double[] point, double[] out);

  /** The gradient by {@code SparseGradient}: one sweep carrying the non-zero partials only. */
  double sparseGradient(double[] point, double[] out);

  /** The case by its benchmark name: {@code lecture}, or {@code mlp<n>} for F4 with n units. */
  static GradientCase named(String name) {
    if (name.equals("lecture")) return new LectureGradient();
    if (name.startsWith("mlp")) return new MlpGradient(Integer.parseInt(name.substring(3)));
    throw new IllegalArgumentException("no gradient case " + name);
  }
}

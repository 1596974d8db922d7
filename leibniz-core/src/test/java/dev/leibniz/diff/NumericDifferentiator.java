package dev.leibniz.diff;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The independent witness for every symbolic derivative: finite differences of the function's
 * value, computed with no knowledge of the rules.
 *
 * <p>The estimate is the five-point central stencil
 * {@code D(h) = (f(x-2h) - 8f(x-h) + 8f(x+h) - f(x+2h)) / 12h}, whose error is {@code O(h^4)},
 * improved by one Richardson step, {@code (16 D(h/2) - D(h)) / 15}, to {@code O(h^6)}; with
 * {@code h = 1e-3*max(1,|x|)} truncation and rounding errors both stay near {@code 1e-12}
 * relative for the smooth functions of the tables (Fornberg, "Generation of finite difference
 * formulas on arbitrarily spaced grids", Math. Comp. 51, 1988).
 */
final class NumericDifferentiator {
  private NumericDifferentiator() {}

  /** {@code h = 1e-3*max(1,|x|)}: small against x's scale, large against rounding. */
  static double step(double x) {
    return 1e-3 * Math.max(1, Math.abs(x));
  }

  /** The partial derivative of {@code f} by {@code variable} at {@code point}, estimated. */
  static double derivative(Expr f, String variable, Map<String, Double> point) {
    return derivative(along(f, variable, point), point.get(variable));
  }

  /** {@code f'(x)}, estimated by the Richardson-improved five-point stencil. */
  static double derivative(DoubleUnaryOperator f, double x) {
    double h = step(x);
    return (16 * stencil(f, x, h / 2) - stencil(f, x, h)) / 15;
  }

  /** The forward and backward differences {@code (f(x+h)-f(x))/h}, {@code (f(x)-f(x-h))/h}. */
  static double[] oneSided(DoubleUnaryOperator f, double x, double h) {
    double fx = f.applyAsDouble(x);
    return new double[] {(f.applyAsDouble(x + h) - fx) / h, (fx - f.applyAsDouble(x - h)) / h};
  }

  /** {@code f} as a function of {@code variable} alone, the other variables held at the point. */
  static DoubleUnaryOperator along(Expr f, String variable, Map<String, Double> point) {
    Map<String, Double> moving = new HashMap<>(point);
    return t -> {
      moving.put(variable, t);
      return Evaluator.evaluate(f, moving);
    };
  }

  /** True if {@code actual} is within 1e-6 relative plus 1e-8 absolute of {@code expected}. */
  static boolean agree(double expected, double actual) {
    return Math.abs(expected - actual) <= 1e-6 * Math.abs(expected) + 1e-8;
  }

  /** The five-point central difference with step {@code h}, error {@code O(h^4)}. */
  static double stencil(DoubleUnaryOperator f, double x, double h) {
    double m2 = f.applyAsDouble(x - 2 * h);
    double m1 = f.applyAsDouble(x - h);
    double p1 = f.applyAsDouble(x + h);
    double p2 = f.applyAsDouble(x + 2 * h);
    return (m2 - 8 * m1 + 8 * p1 - p2) / (12 * h);
  }
}

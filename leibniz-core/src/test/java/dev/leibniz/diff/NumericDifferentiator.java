package dev.leibniz.diff;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The independent witness for every symbolic derivative in these tests: finite differences of
 * the function's value ({@link FiniteDifferences}, the one implementation), read along one
 * variable of an expression.
 *
 * <p>The estimate is the five-point stencil {@code D(h)}, error {@code O(h^4)}, improved by one
 * Richardson step, {@code (16 D(h/2) - D(h)) / 15}, to {@code O(h^6)}; with
 * {@code h = 1e-3*max(1,|x|)} truncation and rounding errors both stay near {@code 1e-12}
 * relative for the smooth functions of the tables (Fornberg, "Generation of finite difference
 * formulas on arbitrarily spaced grids", Math. Comp. 51, 1988).
 */
final class NumericDifferentiator {
  private NumericDifferentiator() {}

  /** {@code h = 1e-3*max(1,|x|)}: small against x's scale, large against rounding. */
  static double step(double x) {
    return FiniteDifferences.step(x);
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
    return FiniteDifferences.oneSided(f, x, h);
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
    return FiniteDifferences.fivePoint(f, x, h);
  }
}

package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.HashMap;
import java.util.Map;

/** The numeric witness of the simplifier tests: d/dx f agrees with finite differences. */
final class DerivativeAgreement {
  private DerivativeAgreement() {}

  /**
   * d/dx of {@code function}, fully simplified: asserts that it prints as {@code expected} and
   * agrees with finite differences at {@code points} (the other variables at {@code others}).
   */
  static Expr assertSimplifiedDerivative(String function, String expected,
      Map<String, Double> others, double relative, double... points) {
    Expr f = ExprParser.parse(function);
    Expr derivative = FullSimplifier.simplify(Differentiator.derivative(f, "x"));
    assertEquals(expected, PlainPrinter.print(derivative));
    assertAgrees(function, f, derivative, others, relative, points);
    return derivative;
  }

  /** The same, for a function of x alone. */
  static Expr assertSimplifiedDerivative(String function, String expected, double relative,
      double... points) {
    return assertSimplifiedDerivative(function, expected, Map.of(), relative, points);
  }

  /**
   * Asserts that {@code derivative} equals the finite-difference slope of {@code f} by x at every
   * point, within {@code relative} of the slope (absolute near 0).
   */
  static void assertAgrees(String function, Expr f, Expr derivative, double relative,
      double... points) {
    assertAgrees(function, f, derivative, Map.of(), relative, points);
  }

  /** The same, with the other variables held at {@code others}. */
  static void assertAgrees(String function, Expr f, Expr derivative, Map<String, Double> others,
      double relative, double... points) {
    for (double x : points) {
      double want = FiniteDifferences.derivative(t -> Evaluator.evaluate(f, at(others, t)), x);
      double got = Evaluator.evaluate(derivative, at(others, x));
      assertTrue(Math.abs(got - want) <= relative * Math.max(1, Math.abs(want)),
          "d/dx " + function + " at " + x + ": " + got + ", finite differences " + want);
    }
  }

  private static Map<String, Double> at(Map<String, Double> others, double x) {
    Map<String, Double> point = new HashMap<>(others);
    point.put("x", x);
    return point;
  }
}

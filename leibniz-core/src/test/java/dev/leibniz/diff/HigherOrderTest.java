package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import dev.leibniz.Trees;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.reliability.HangGuard;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Successive derivatives through {@link Expression#derivative(String...)} and
 * {@link Expression#derivative(String, int)}, each checked by string and by finite differences
 * of the derivative one order lower, and the size guard that stops runaway results.
 */
class HigherOrderTest {

  /** The last derivative agrees with finite differences of the one before, at the point. */
  private static void assertNumericallyTheDerivativeOf(Expression lower, Expression higher,
      String variable, Map<String, Double> point) {
    double expected = NumericDifferentiator.derivative(Trees.of(lower), variable, point);
    double actual = higher.evaluate(point);
    assertTrue(NumericDifferentiator.agree(expected, actual),
        "d/d" + variable + " " + lower + " = " + higher + " at " + point + ": " + actual
            + ", finite differences " + expected);
  }

  @Test
  void mixedPartialOfXCubedZSquaredByXThenZ() {
    Expression f = Expression.parse("x^3*z^2");
    Expression byX = f.derivative("x");
    Expression byXThenZ = f.derivative("x", "z");
    assertEquals("3*x^2*z^2", byX.toString());
    assertEquals("6*x^2*z", byXThenZ.toString());
    for (Map<String, Double> point : List.of(Map.of("x", 1.5, "z", -2.0),
        Map.of("x", -0.7, "z", 0.3), Map.of("x", 2.2, "z", 1.1))) {
      assertNumericallyTheDerivativeOf(f, byX, "x", point);
      assertNumericallyTheDerivativeOf(byX, byXThenZ, "z", point);
    }
  }

  @Test
  void mixedPartialsDoNotDependOnTheOrder() {
    Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    assertEquals(f.derivative("x", "z"), f.derivative("z", "x"));
    Expression g = Expression.parse("sin(x*y)*e^(y^2)");
    assertEquals(g.derivative("x", "y"), g.derivative("y", "x"));
  }

  @Test
  void fourthDerivativeOfSineIsSine() {
    Expression sin = Expression.parse("sin(x)");
    assertEquals(List.of("cos(x)", "-sin(x)", "-cos(x)", "sin(x)"),
        List.of(sin.derivative("x", 1).toString(), sin.derivative("x", 2).toString(),
            sin.derivative("x", 3).toString(), sin.derivative("x", 4).toString()));
    assertEquals(sin, sin.derivative("x", "x", "x", "x"));
  }

  @Test
  void everyOrderOfXToTheFifth() {
    Expression f = Expression.parse("x^5");
    List<String> expected =
        List.of("x^5", "5*x^4", "20*x^3", "60*x^2", "120*x", "120", "0", "0");
    for (int order = 0; order < expected.size(); order++) {
      assertEquals(expected.get(order), f.derivative("x", order).toString(), "order " + order);
    }
    for (int order = 1; order < expected.size(); order++) {
      for (double x : new double[] {-1.3, 0.4, 2.1}) {
        assertNumericallyTheDerivativeOf(f.derivative("x", order - 1), f.derivative("x", order),
            "x", Map.of("x", x));
      }
    }
  }

  @Test
  void secondDerivativesOfTheLectureFunctionAgreeWithFiniteDifferences() {
    Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    Map<String, Double> point = Map.of("x", 2.0, "z", 0.5);
    for (String first : List.of("x", "z")) {
      for (String second : List.of("x", "z")) {
        assertNumericallyTheDerivativeOf(f.derivative(first), f.derivative(first, second),
            second, point);
      }
    }
  }

  @Test
  void negativeOrderIsRefused() {
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Expression.parse("x^2").derivative("x", -1));
    assertEquals("the order must be 0 or more, not -1", e.getMessage());
  }

  /** digamma' is trigamma, whose own derivative Leibniz does not know: said in words. */
  @Test
  void secondDerivativeOfDigammaIsRefusedInWords() {
    Expression digamma = Expression.parse("digamma(x)");
    assertEquals("trigamma(x)", digamma.derivative("x").toString());
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> digamma.derivative("x", 2));
    assertEquals("no derivative is known for trigamma", e.getMessage());
  }

  /**
   * A product of ten factors, each a function nested 50 deep ({@code sin(sin(...sin(x)...))}):
   * its printed derivatives grow so fast that the second one already exceeds the size limit.
   * Asking for the thousandth must end in a clear error at the size limit, not exhaust memory.
   */
  @Test
  void runawayResultIsStoppedBySizeGuard() {
    String product = Stream.of("sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh",
            "erf", "sigmoid")
        .map(name -> (name + "(").repeat(50) + "x" + ")".repeat(50))
        .collect(Collectors.joining("*"));
    Expression f = Expression.parse(product);
    LeibnizException e = HangGuard.call(
        () -> assertThrows(LeibnizException.class, () -> f.derivative("x", 1000)));
    assertEquals("result exceeds 1,000,000 nodes", e.getMessage());
  }
}

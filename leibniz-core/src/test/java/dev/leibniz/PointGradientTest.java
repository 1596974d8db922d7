package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Leibniz#gradient}: NaN only for a partial that does not exist, never because the
 * value overflows a double; the kinks' sides decide a partial on a kink.
 */
class PointGradientTest {
  private static final Map<String, Double> OVERFLOWING = Map.of("x", 3.0, "y", 1e10);

  @Test
  void anOverflowingValueLeavesTheFinitePartials() {
    String text = "x^2 + 10^300*y^2";
    assertEquals(Map.of("x", 6.0, "y", Double.NaN), Leibniz.gradient(text, OVERFLOWING));
    Expression f = Expression.parse(text);
    assertEquals(Double.NaN, f.evaluate(OVERFLOWING));
    assertTrue(f.isDefinedAt(OVERFLOWING));
    assertEquals(Optional.of("overflow at x = 3, y = 10000000000"),
        f.explainUndefined(OVERFLOWING));
    // d/dx = 2x by finite differences, where the y term is small enough not to drown x's.
    Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", 3.0, "y", 1e-160));
    assertEquals(Map.of("x", 1.0, "y", Double.NaN),
        Leibniz.gradient("x + e^(e^y)", Map.of("x", 1.0, "y", 10.0)));
  }

  @Test
  void aPartialTheTapeCannotGiveIsTakenFromItsExpressionAsGradDoes() {
    // d/dx cbrt(x)^4 = 4*cbrt(x)/3, 0 at 0; the tape multiplies cbrt's infinite slope by 0.
    assertEquals(Map.of("x", 0.0), Leibniz.gradient("cbrt(x)^4", Map.of("x", 0.0)));
    Expression f = Expression.parse("cbrt(x)^4");
    Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", 0.3));
    assertEquals(0.0, f.derivative("x").evaluate(Map.of("x", 0.0)));
  }

  @Test
  void aFunctionTooLargeForADoubleOverflowsAndIsNotUndefined() {
    Map<String, Double> far = Map.of("x", 800.0);
    Expression f = Expression.parse("sinh(x)/cosh(x)");
    assertTrue(f.isDefinedAt(far));
    assertEquals(Optional.of("cosh overflows at x = 800"), Expression.parse("cosh(x)")
        .explainUndefined(far));
    assertEquals(Optional.of("ln undefined at x = 0"), Expression.parse("ln(x)")
        .explainUndefined(Map.of("x", 0.0)));
    assertEquals(Optional.of("coth undefined at x = 0"), Expression.parse("coth(x)")
        .explainUndefined(Map.of("x", 0.0)));
  }

  @Test
  void onlyAPointOutsideTheDomainMakesEveryPartialNaN() {
    assertEquals(Map.of("x", Double.NaN), Leibniz.gradient("sqrt(x)^2", Map.of("x", -4.0)));
    assertEquals(Map.of("x", Double.NaN, "y", Double.NaN),
        Leibniz.gradient("ln(x)*e^(e^y)", Map.of("x", -1.0, "y", 10.0)));
    assertFalse(Expression.parse("ln(x)").isDefinedAt(Map.of("x", -1.0)));
    assertEquals(Map.of("x", Double.NaN), Leibniz.gradient("sqrt(x)", Map.of("x", 0.0)));
  }

  @Test
  void aKinkWithoutADerivativeIsNaN() {
    assertEquals(Map.of("x", Double.NaN), Leibniz.gradient("sign(x)", Map.of("x", 0.0)));
    assertEquals(Map.of("x", Double.NaN), Leibniz.gradient("abs(x)", Map.of("x", 0.0)));
    assertEquals(Map.of("x", Double.NaN, "y", 0.0),
        Leibniz.gradient("abs(x)*y", Map.of("x", 0.0, "y", 2.0)));
  }

  @Test
  void aKinkWhoseSidesAgreeGivesTheirValue() {
    assertEquals(Map.of("x", 0.0), Leibniz.gradient("x*abs(x)", Map.of("x", 0.0)));
    Expression f = Expression.parse("x*abs(x)");
    assertEquals("2*abs(x)", f.derivative("x").simplify().toString());
    // Finite differences cannot witness a kink: they witness both sides near it, 2|x| -> 0.
    Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", 1e-3));
    Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", -1e-3));
    assertEquals(Map.of("x", -1.0), Leibniz.gradient("abs(x) - 2x", Map.of("x", 0.5)));
  }

  @Test
  void theGradientIsTheReverseModesElsewhere() {
    Map<String, Double> at = Map.of("x", 2.0, "z", 3.0);
    Map<String, Double> g = Leibniz.gradient("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)", at);
    assertEquals(1208.3812151266095, g.get("x"), 1e-9);
    assertEquals(809.707479218564, g.get("z"), 1e-9);
    Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    Numeric.assertDerivative(f, "x", f.derivative("x"), at);
    Numeric.assertDerivative(f, "z", f.derivative("z"), at);
  }
}

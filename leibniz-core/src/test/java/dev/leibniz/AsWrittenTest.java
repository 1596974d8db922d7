package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * At a point, an expression is defined where its input as written is, not where the canonical
 * form its smart constructors made is ({@code x/x} is 1, {@code sqrt(x)^2} is x).
 */
class AsWrittenTest {
  private static Map<String, Double> x(double value) {
    return Map.of("x", value);
  }

  /** Text, canonical form, point, why it has no value there. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sqrt(x)^2     | x | -4 | sqrt(x) undefined at x = -4",
      "x/x           | 1 | 0  | division by zero at x = 0",
      "x - x         | 0 | 7  | ''",
      "ln(x) - ln(x) | 0 | -1 | ln undefined at x = -1",
      "0*asin(x)     | 0 | 5  | asin undefined at x = 5",
      "e^ln(x)       | x | -1 | ln undefined at x = -1",
      "log(x, x)     | 1 | 1  | division by zero at x = 1",
      "log(x, x)     | 1 | -3 | ln undefined at x = -3"})
  void noValueWhereTheInputAsWrittenIsUndefined(String text, String canonical, double at,
      String why) {
    Expression f = Expression.parse(text);
    assertEquals(canonical, f.toString());
    Optional<String> reason = f.explainUndefined(x(at));
    assertEquals(why, reason.orElse(""));
    assertEquals(why.isEmpty(), Double.isFinite(f.evaluate(x(at))));
  }

  @Test
  void whereTheInputIsDefinedTheCanonicalValueStands() {
    assertEquals(4.0, Expression.parse("sqrt(x)^2").evaluate(x(4)));
    assertEquals(1.0, Expression.parse("x/x").evaluate(x(3)));
    assertEquals(2.0, Expression.parse("e^ln(x)").evaluate(x(2)));
    assertEquals(0.0, Expression.parse("0*asin(x)").evaluate(x(0.5)));
    // Cancelling a removable singularity stays an error at it, as before.
    assertEquals("division by zero at x = 1",
        Expression.parse("(x^2-1)/(x-1)").explainUndefined(x(1)).orElse(""));
  }

  @Test
  void anOverflowOfTheLiteralTreeIsNoDomain() {
    assertEquals(1.0, Expression.parse("e^x/e^x").evaluate(x(1000)));
    assertEquals(Optional.empty(), Expression.parse("e^x/e^x").explainUndefined(x(1000)));
  }

  /**
   * A divisor is judged by its exact value where it has one: underflow to a double 0 of a value
   * that is not 0 says nothing about the domain, at these points the input as written is
   * defined and the canonical value stands.
   */
  @Test
  void anUnderflowOfTheLiteralTreeIsNoDomain() {
    assertEquals(1.0, Expression.parse("x^2/x^2").evaluate(x(1e-200)));
    assertEquals(1.0, Expression.parse("x^3/x^3").evaluate(x(-1e-200)));
    assertEquals(1.0, Expression.parse("e^(-x)/e^(-x)").evaluate(x(1000)));
    assertEquals(1.0, Expression.parse("(x*y)/(x*y)").evaluate(Map.of("x", 1e-200, "y", 1e-200)));
    assertEquals(0.0, Expression.parse("ln(x^2) - ln(x^2)").evaluate(x(1e-200)));
    // An overflow of a function is no domain either.
    assertEquals(1.0, Expression.parse("cosh(x)/cosh(x)").evaluate(x(1000)));
    assertEquals(0.0, Expression.parse("sinh(x) - sinh(x)").evaluate(x(1000)));
    // Exact values too large to keep are given up, not computed for ever.
    assertEquals(1.0, Expression.parse("((x^64)^64)^8/((x^64)^64)^8")
        .evaluate(x(1.2345678901234567)));
  }

  /** The exact value decides even where the double is not on the edge: 3*0.1 - 0.3 is 5.6e-17. */
  @Test
  void anExactEdgeTheDoubleMissesIsOutsideTheDomain() {
    assertEquals("division by zero at x = 0.1",
        Expression.parse("(3*x - 0.3)/(3*x - 0.3)").explainUndefined(x(0.1)).orElse(""));
    assertTrue(Double.isNaN(Expression.parse("(3*x - 0.3)/(3*x - 0.3)").evaluate(x(0.1))));
    assertEquals("division by zero at x = 0.1, y = 0.2",
        Expression.parse("(x + y - 0.3)/(x + y - 0.3)").explainUndefined(
            Map.of("x", 0.1, "y", 0.2)).orElse(""));
    assertEquals("ln undefined at x = 0.1",
        Expression.parse("ln(3*x - 0.3) - ln(3*x - 0.3)").explainUndefined(x(0.1)).orElse(""));
    assertEquals("asin undefined at x = 1",
        Expression.parse("asin(x + 1e-17) - asin(x + 1e-17)").explainUndefined(x(1))
            .orElse(""));
    assertTrue(Double.isNaN(Expression.parse("sqrt(x - 1e-17 - 1)^2").evaluate(x(1))));
  }

  /** Where the exact value is on the edge, the point is outside the domain. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(x/3 - 1/3)/(x/3 - 1/3)         | 1  | division by zero at x = 1",
      "ln(x/3 - 1/3) - ln(x/3 - 1/3)   | 1  | ln undefined at x = 1",
      "(x^3 - 8)/(x^3 - 8)             | 2  | division by zero at x = 2",
      "(abs(x) - 2)/(abs(x) - 2)       | -2 | division by zero at x = -2",
      "(sqrt(x) - 2)/(sqrt(x) - 2)     | 4  | division by zero at x = 4",
      "(x^0.5 - 2)/(x^0.5 - 2)         | 4  | division by zero at x = 4",
      "(e^x - 1)/(e^x - 1)             | 0  | division by zero at x = 0",
      "(exp(x) - 1)/(exp(x) - 1)       | 0  | division by zero at x = 0",
      "(cbrt(x) - 2)/(cbrt(x) - 2)     | 8  | division by zero at x = 8",
      "(sign(x) + 1)/(sign(x) + 1)     | -3 | division by zero at x = -3",
      "(relu(x) - 2)/(relu(x) - 2)     | 2  | division by zero at x = 2",
      "(x*0.1 - 0.1)/(x*0.1 - 0.1)     | 1  | division by zero at x = 1",
      "(x - 0.1)/(x - 0.1)             | 0.1 | division by zero at x = 0.1",
      "(x^-2 - 1/4)/(x^-2 - 1/4)       | 2  | division by zero at x = 2",
      "(ln(x) - ln(2))/(ln(x) - ln(2)) | 2  | division by zero at x = 2",
      "(x*x - 4)/(x*x - 4)             | 2  | division by zero at x = 2",
      "sqrt(x - 3)^2                   | 2.5 | sqrt(x - 3) undefined at x = 2.5"})
  void anExactValueOnTheEdgeIsOutsideTheDomain(String text, double at, String why) {
    Expression f = Expression.parse(text);
    assertEquals(why, f.explainUndefined(x(at)).orElse(""), text);
    assertTrue(Double.isNaN(f.evaluate(x(at))), text);
  }

  @Test
  void aVariableThatDroppedOutIsUnknownAndTheRestIsChecked() {
    Expression f = Expression.parse("x/x + y");
    assertEquals(3.0, f.evaluate(Map.of("y", 2.0)));
    assertEquals("division by zero at x = 0, y = 2",
        f.explainUndefined(Map.of("x", 0.0, "y", 2.0)).orElse(""));
    // x dropped out, y did not: sqrt(y) at -4 is still refused.
    Expression g = Expression.parse("x - x + sqrt(y)^2");
    assertEquals("y", g.toString());
    assertTrue(Double.isNaN(g.evaluate(Map.of("y", -4.0))));
    assertEquals("sqrt(y) undefined at y = -4", g.explainUndefined(Map.of("y", -4.0)).orElse(""));
    assertEquals(4.0, g.evaluate(Map.of("y", 4.0)));
  }

  @Test
  void aDerivativeIsUndefinedWhereItsInputIs() {
    Expression f = Expression.parse("sqrt(x)^2*ln(e^x)");
    Expression d = f.derivative("x");
    assertEquals("2*x", d.toString());
    assertEquals("sqrt(x) undefined at x = -4", d.explainUndefined(x(-4)).orElse(""));
    assertTrue(Double.isNaN(d.evaluate(x(-4))));
    assertTrue(Double.isNaN(d.simplify().evaluate(x(-4))));
    Derivative second = f.derivation("x", "x");
    assertEquals("2", second.result().toString());
    assertTrue(Double.isNaN(second.result().evaluate(x(-4))));
    assertTrue(Double.isNaN(second.simplified().result().evaluate(x(-4))));
    // Where the input is defined, the derivative's value, witnessed by finite differences.
    assertEquals(6.0, d.evaluate(x(3)), 1e-12);
    Numeric.assertDerivative(f, "x", d, x(3));
  }

  @Test
  void theGradientOfTheLibraryIsNotANumberWhereTheInputIsUndefined() {
    assertTrue(Double.isNaN(Leibniz.gradient("sqrt(x)^2", x(-4)).get("x")));
    assertEquals(1.0, Leibniz.gradient("sqrt(x)^2", x(4)).get("x"));
    assertTrue(Double.isNaN(Leibniz.evaluate("x/x", x(0))));
  }

  @Test
  void aNamedExpressionKeepsItsOwnDomain() {
    Map<String, Expression> names = new HashMap<>();
    names.put("f", Expression.parse("sqrt(x)^2"));
    Expression g = Expression.parse("f + 1", names);
    assertEquals("x + 1", g.toString());
    assertEquals("sqrt(x) undefined at x = -4", g.explainUndefined(x(-4)).orElse(""));
    assertEquals(5.0, g.evaluate(x(4)));
    // The name's value, not its text, is what the line's own operations apply to.
    Expression h = Expression.parse("f/f", names);
    assertEquals("division by zero at x = 0", h.explainUndefined(x(0)).orElse(""));
    assertEquals(1.0, h.evaluate(x(2)));
  }
}

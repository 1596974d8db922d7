package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Derivatives at a kink of abs, relu, sign or step: a value where the sides agree. */
class OnKinkTest {
  private static final Map<String, Double> ZERO = Map.of("x", 0.0);

  private static Optional<OnKink> onKink(Derivative d) {
    return d.onKink(ZERO);
  }

  /** Function, its derivative as the rules build it, the derivative at 0. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x*abs(x)          | x*sign(x) + abs(x)       | 0",
      "relu(x)^2         | 2*relu(x)*step(x)        | 0",
      "abs(x)^3          | 3*abs(x)^2*sign(x)       | 0",
      "x^2*sign(x)       | 2*x*sign(x)              | 0",
      "x*sign(x)^2       | sign(x)^2                | 1",
      "x*step(x) + x*step(-x) | step(x) + step(-x)  | 1",
      "sin(x)*abs(x) + 3x | abs(x)*cos(x) + sign(x)*sin(x) + 3 | 3"})
  void aDerivativeThatExistsAtTheKinkIsItsValue(String text, String derivative, double value) {
    Expression f = Expression.parse(text);
    Derivative d = f.derivation(java.util.List.of("x"), false);
    assertEquals(derivative, d.result().toString());
    OnKink kink = onKink(d).orElseThrow();
    assertTrue(kink.exists(), text);
    assertEquals(value, kink.value().getAsDouble(), 0.0);
    // The witness: central differences of the function across the kink.
    assertEquals(value, Numeric.difference(f, "x", ZERO), 1e-4);
    // Away from the kink, the derivative as printed, against finite differences.
    Numeric.assertDerivative(f, "x", d.result(), Map.of("x", 0.7));
    Numeric.assertDerivative(f, "x", d.result(), Map.of("x", -0.7));
  }

  /** Function, the kink named: no derivative at 0. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abs(x)        | abs",
      "relu(x)       | relu",
      "sign(x)       | sign",
      "step(x)       | step",
      "x + abs(x)    | abs",
      "sign(x)^2     | sign"})
  void aKinkProperHasNoDerivative(String text, String function) {
    Derivative d = Expression.parse(text).derivation(java.util.List.of("x"), false);
    OnKink kink = onKink(d).orElseThrow();
    assertFalse(kink.exists(), text);
    assertEquals(function, kink.function());
  }

  @Test
  void theSecondDerivativeOfXAbsXJumps() {
    Derivative second = Expression.parse("x*abs(x)").derivation("x", "x");
    assertEquals("2*sign(x)", second.simplified().result().toString());
    assertFalse(onKink(second).orElseThrow().exists());
    assertFalse(onKink(second.simplified()).orElseThrow().exists());
  }

  @Test
  void awayFromAKinkThereIsNone() {
    Derivative d = Expression.parse("x*abs(x)").derivation("x");
    assertEquals(Optional.empty(), d.onKink(Map.of("x", 1.0)));
    assertEquals(Optional.empty(), Expression.parse("x^2").derivation("x").onKink(ZERO));
    assertEquals(Optional.empty(), Expression.parse("abs(x)").derivation().onKink(ZERO));
  }

  @Test
  void aKinkOfOneVariableOnly() {
    Derivative d = Expression.parse("abs(x) + y^2").derivation("y");
    assertEquals(Optional.empty(), d.onKink(Map.of("x", 1.0, "y", 0.0)));
    OnKink kink = d.onKink(Map.of("x", 0.0, "y", 3.0)).orElseThrow();
    assertTrue(kink.exists());
    assertEquals(6.0, kink.value().getAsDouble());
  }

  @Test
  void pastTheMostChoicesTheKinkIsReported() {
    // Nine kinks of two sides each are 512 choices, tried; ten are 1,024, past the most (729).
    String nine = "x*abs(x) + x*abs(sin(x)) + x*abs(tan(x)) + x*abs(sinh(x)) + x*abs(atan(x))"
        + " + x*abs(asinh(x)) + x*abs(x + x^2) + x*abs(x + x^3) + x*abs(x - x^2)";
    OnKink tried = onKink(Expression.parse(nine).derivation("x")).orElseThrow();
    assertTrue(tried.exists());
    assertEquals(0.0, tried.value().getAsDouble());
    String ten = nine + " + x*abs(x - x^3)";
    assertFalse(onKink(Expression.parse(ten).derivation("x")).orElseThrow().exists());
  }

  /**
   * A partial derivative by a variable that does not move the kink: along x at y = 0,
   * {@code sign(y)} stays 0, so {@code (x - 1)*sign(y)^2} is 0 all along and its d/dx is 0 (it
   * was 1, the value with sign(y) on a side). Where the kink's argument moves with x but its
   * slope is 0, it may stay 0 too: {@code x*sign(x*y)} at y = 0 is 0 along x, but the sides are
   * not known, and the point is reported on the kink.
   */
  @Test
  void aKinkTheVariableDoesNotMoveKeepsItsValue() {
    Map<String, Double> at = Map.of("x", 1.0, "y", 0.0);
    Expression f = Expression.parse("(x - 1)*sign(y)^2");
    Derivative dx = f.derivation("x");
    assertEquals("sign(y)^2", dx.result().toString());
    OnKink kink = dx.onKink(at).orElseThrow();
    assertTrue(kink.exists());
    assertEquals(0.0, kink.value().getAsDouble());
    assertEquals(0.0, Numeric.difference(f, "x", at), 1e-9);
    Derivative dxx = Expression.parse("(x - 1)^2*sign(y)^2/2").derivation("x", "x");
    assertEquals(0.0, dxx.onKink(at).orElseThrow().value().getAsDouble());
    assertFalse(Expression.parse("x*sign(x*y)").derivation("x").onKink(at).orElseThrow()
        .exists());
    // A mixed partial through a stage that has no value there has none: d/dx of abs(x)*y does
    // not exist at x = 0, so neither does d2/dy dx (sign(x) printed, 0 by convention).
    Map<String, Double> onTheLine = Map.of("x", 0.0, "y", 1.0);
    for (String text : new String[] {"abs(x)*y", "relu(x)*y^2", "x*y*sign(x)"}) {
      Derivative mixed = Expression.parse(text).derivation("x", "y");
      assertFalse(mixed.onKink(onTheLine).orElseThrow().exists(), text);
    }
    // At (0, 0) too: d/dx exists at the point itself but nowhere else on the line x = 0.
    assertFalse(Expression.parse("abs(x)*y").derivation("x", "y").onKink(Map.of("x", 0.0,
        "y", 0.0)).orElseThrow().exists());
    // A chain past 16 stages on a kink says none rather than a value it did not ask for.
    Derivative seventeen = Expression.parse("abs(x)").derivation(
        java.util.Collections.nCopies(17, "x"), false);
    assertFalse(seventeen.onKink(ZERO).orElseThrow().exists());
    // Nor does any stage after one that is not continuous: sign(x) has no second derivative.
    assertFalse(Expression.parse("sign(x)").derivation("x", "x").onKink(ZERO).orElseThrow()
        .exists());
    // A kink's argument whose own slope sits on a kink may stay 0 on one side: x + abs(x) is
    // 0 left of 0, so x*sign(x + abs(x))^2 has slope 0 on the left and 1 on the right.
    Expression oneSided = Expression.parse("x*sign(x + abs(x))^2");
    assertFalse(oneSided.derivation("x").onKink(ZERO).orElseThrow().exists());
    assertEquals(1.0, (oneSided.evaluate(Map.of("x", 1e-6)) - 0) / 1e-6, 1e-9);
    assertEquals(0.0, oneSided.evaluate(Map.of("x", -1e-6)) / -1e-6, 1e-9);
    // By y the kink of sign(y) is a kink proper.
    assertFalse(f.derivation("y").onKink(Map.of("x", 2.0, "y", 0.0)).orElseThrow().exists());
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A point's keys are read as variable names, as {@code derivative("θ")} reads its variable. */
class PointKeysTest {
  private static final Expression SQUARE = Expression.parse("θ^2");

  @Test
  void aGreekKeyGivesTheVariableItsValue() {
    assertEquals(9.0, SQUARE.evaluate(Map.of("θ", 3.0)));
    assertEquals(6.0, SQUARE.derivative("θ").evaluate(Map.of("θ", 3.0)));
    Numeric.assertDerivative(SQUARE, "theta", SQUARE.derivative("θ"), Map.of("theta", 3.0));
    assertEquals(Map.of("theta", 6.0), Leibniz.gradient("θ^2", Map.of("θ", 3.0)));
    assertArrayEquals(new double[] {2.0}, SQUARE.compile().point(Map.of("θ", 2.0)));
    assertEquals(Optional.of("ln undefined at theta = -1"),
        Expression.parse("ln(θ)").explainUndefined(Map.of("θ", -1.0)));
    assertEquals(Optional.empty(),
        SQUARE.derivation(List.of("θ"), false).onKink(Map.of("θ", 0.0)));
    assertArrayEquals(new double[] {2.0},
        Expression.compile(List.of(SQUARE)).point(Map.of("θ", 2.0)));
  }

  @Test
  void twoKeysForOneVariableMustAgree() {
    assertEquals(9.0, SQUARE.evaluate(Map.of("θ", 3.0, "theta", 3.0)));
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> SQUARE.evaluate(Map.of("θ", 3.0, "theta", 4.0)));
    assertEquals("'theta' and 'θ' are one variable, theta, given two values", e.getMessage());
  }

  @Test
  void aKeyThatNamesNoVariableNamesNothing() {
    assertEquals(9.0, SQUARE.evaluate(Map.of("θ", 3.0, "x y", 4.0)));
    assertEquals(4.0, Expression.parse("x^2").evaluate(Map.of("x", 2.0, "2", 5.0)));
  }
}

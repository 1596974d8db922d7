package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A check at fewer than one point is a bad call, refused at the door naming the argument
 * (ARCHITECTURE.md), for scalars and matrices alike: before, the scalar check blamed the domain
 * and the matrix check printed "null" or reported ok having compared nothing.
 */
class CheckPointsTest {
  @Test
  void aScalarCheckAtNoPointIsRefused() {
    Derivative d = Expression.parse("x^2").derivation("x");
    assertEquals("points must be at least 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> d.check(0, 1)).getMessage());
    assertEquals("points must be at least 1, not -1",
        assertThrows(IllegalArgumentException.class, () -> d.check(-1, 1)).getMessage());
    CheckReport one = d.check(1, 1);
    assertTrue(one.ok(), one.summary());
  }

  @Test
  void aMatrixCheckAtNoPointIsRefused() {
    MatrixDerivative d = MatrixExpression.parse("norm2(W x - y)^2 where W: 2x3, x: 3, y: 2")
        .derivative("W", Layout.GRADIENT);
    assertEquals("points must be at least 1, not 0",
        assertThrows(IllegalArgumentException.class, () -> d.check(0, 1)).getMessage());
    assertEquals("points must be at least 1, not -1",
        assertThrows(IllegalArgumentException.class, () -> d.check(-1, 1)).getMessage());
    MatrixCheckReport one = d.check(1, 1);
    assertTrue(one.ok(), one.summary());
    assertEquals(6, one.compared());
  }

  @Test
  void aCheckNotDoneSaysWhyAndNeverNull() {
    // Too many values for a numeric proof: not done, with the reason.
    MatrixCheckReport r = MatrixExpression.parse("sum(W) where W: 600x600")
        .derivative("W", Layout.GRADIENT).check();
    assertFalse(r.ok());
    assertEquals("check: not done — the values and the derivative hold 720000 entries, over "
        + "the 250000 a numeric proof evaluates", r.summary());
    assertFalse(r.summary().contains("null"), r.summary());
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The numeric proof does bounded work: a large variable is checked by finite differences on a
 * seeded sample of its entries, and sizes past the bound are not checked, saying so.
 */
class MatrixCheckBoundTest {
  @Test
  void aLargeVariableIsCheckedOnASampleOfItsEntries() {
    MatrixDerivative d = MatrixExpression.parse("norm2(W x - y)^2 where W: 40x50, x: 50, y: 40")
        .derivative("W", Layout.GRADIENT);
    MatrixCheckReport r = d.check(3, 20261129);
    assertTrue(r.ok(), r::summary);
    // 32 of W's 2000 entries at each of 3 points: every sampled entry is smooth, so trusted
    assertEquals(96, r.compared(), r::summary);
    assertTrue(r.summary().endsWith("finite differences by a seeded sample of 32 of the "
        + "variable's 2000 entries at each point"), r::summary);
  }

  @Test
  void sizesPastTheBoundAreNotCheckedAndTheSummarySaysSo() {
    MatrixDerivative d = MatrixExpression.parse("sum(W x) where W: 10000x10000, x: 10000")
        .derivative("W", Layout.GRADIENT);
    MatrixCheckReport r = d.check(3, 1);
    assertFalse(r.ok());
    assertEquals(0, r.compared());
    assertEquals("check: not done — the values and the derivative hold 200010000 entries, "
        + "over the 250000 a numeric proof evaluates", r.summary());
  }
}

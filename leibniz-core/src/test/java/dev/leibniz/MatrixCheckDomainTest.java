package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The matrix check draws its values inside the function's domain, as the scalar check does: a
 * draw where the function or the derivative is not finite is drawn again (positive values after
 * a miss), and a check that found no point at all says it was skipped: ok, as nothing disagreed,
 * and skipped, as nothing was proven (a scalar CheckReport's meaning).
 */
class MatrixCheckDomainTest {
  private static MatrixCheckReport checked(String text, String variable) {
    return MatrixExpression.parse(text).derivative(variable, Layout.GRADIENT).check();
  }

  @Test
  void lnOfAVectorIsComparedAtPointsOfItsDomain() {
    MatrixCheckReport r = checked("sum(ln(x)) where x: 4", "x");
    assertTrue(r.ok(), r::summary);
    assertFalse(r.skipped());
    assertEquals(12, r.compared(), r::summary);
    assertTrue(r.summary().startsWith("check: ok — symbolic, reverse mode and finite differences "
        + "agree on 12 entries at 3 random points"), r::summary);
  }

  @Test
  void sqrtOfAVectorAndLnOfAProductAreCompared() {
    MatrixCheckReport sqrt = checked("sum(sqrt(x)) where x: 4", "x");
    assertTrue(sqrt.ok(), sqrt::summary);
    assertEquals(12, sqrt.compared(), sqrt::summary);
    MatrixCheckReport ln = checked("sum(ln(W x)) where W: 3x4, x: 4", "W");
    assertTrue(ln.ok(), ln::summary);
    assertEquals(36, ln.compared(), ln::summary);
  }

  @Test
  void theDerivativeCheckedInTheDomainIsTheRightOne() {
    // At a point the check would draw (all positive), the gradient of sum(ln(x)) is 1/x.
    MatrixDerivative d = MatrixExpression.parse("sum(ln(x)) where x: 4")
        .derivative("x", Layout.GRADIENT);
    Map<String, double[][]> at = Map.of("x", new double[][] {{0.5}, {1.25}, {2}, {2.75}});
    MatrixWitness.assertGradient(d, "x", at);
    assertEquals(2, d.valueAt(at)[0][0], 1e-12);
  }

  @Test
  void differencesLostInALargeSumAreNotTrusted() {
    // One entry of the sum is near 1e38 where another's change is 7: the differences lose it.
    MatrixCheckReport r = checked("sum(exp(exp(exp(x)))) where x: 3", "x");
    assertTrue(r.ok(), r::summary);
    assertFalse(r.skipped());
  }

  @Test
  void aFunctionWithoutDomainIsSkippedNotPassed() {
    MatrixCheckReport r = checked("sum(sqrt(-x .* x - ones(4))) where x: 4", "x");
    assertTrue(r.ok());
    assertTrue(r.skipped());
    assertEquals(0, r.compared());
    assertEquals("check: skipped — no point in the domain was found", r.summary());
  }

  @Test
  void aStepWithoutDomainIsNamed() {
    MatrixExpression f = MatrixExpression.parse("sum(sqrt(-x .* x - ones(2))) where x: 2");
    MatrixCheckReport r = f.derivative(List.of("x", "x"), Layout.GRADIENT).check();
    assertTrue(r.ok());
    assertTrue(r.skipped());
    assertTrue(r.summary().startsWith("check: skipped — step 1 ")
        && r.summary().endsWith("no point in the domain was found"), r::summary);
  }

  @Test
  void aBatchLineWithoutDomainSaysSkippedAndIsNotAFailure() {
    BatchLine.Settings checked = new BatchLine.Settings(List.of(), 1, false, true, false);
    BatchLine line = BatchLine.answer(1, "sum(sqrt(-x .* x - ones(4))) where x: 4", checked);
    assertNull(line.checkOk());
    assertEquals("check: skipped — no point in the domain was found", line.checkSummary());
    BatchLine ln = BatchLine.answer(2, "sum(ln(x)) where x: 4", checked);
    assertEquals(Boolean.TRUE, ln.checkOk(), ln::checkSummary);
    assertTrue(ln.checkSummary().contains("agree on 12 entries"), ln::checkSummary);
  }
}

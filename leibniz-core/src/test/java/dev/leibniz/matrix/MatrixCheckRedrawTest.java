package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.MathFunction;
import org.junit.jupiter.api.Test;

/**
 * Redrawing outside the domain still catches a wrong derivative there: the entries compared at
 * the points drawn again are compared in earnest, and a function without domain is skipped.
 */
class MatrixCheckRedrawTest {
  private static final Shape FOUR = Shape.column(4);
  private static final MatrixExpr X = new MatrixExpr.Name("x", FOUR);
  private static final MatrixExpr SUM_LN = MatrixBuild.reduce(Reduction.SUM,
      MatrixBuild.apply(MathFunction.LN, X));
  private static final MatrixExpr RECIPROCAL = MatrixBuild.entrywise(
      MatrixExpr.EntrywiseOp.POWER, X, MatrixBuild.MINUS_ONE);

  private static MatrixCheck.Report check(MatrixExpr f, MatrixExpr derivative) {
    return MatrixCheck.check(f, "x", FOUR, MatrixDerivatives.Layout.GRADIENT, derivative, 3, 1);
  }

  @Test
  void theRightDerivativeOfLnAgreesOnEveryEntry() {
    MatrixCheck.Report r = check(SUM_LN, RECIPROCAL);
    assertTrue(r.ok(), r::failure);
    assertFalse(r.skipped());
    assertEquals(12, r.compared());
    assertEquals(3, r.points());
  }

  @Test
  void aWrongDerivativeOfLnFails() {
    MatrixCheck.Report r = check(SUM_LN, MatrixBuild.product(MatrixBuild.number(2), RECIPROCAL));
    assertFalse(r.ok());
    assertFalse(r.skipped());
    assertTrue(r.failure().startsWith("entry (1, 1) is "), r::failure);
  }

  @Test
  void noPointInTheDomainIsASkipNotAPass() {
    MatrixExpr inside = MatrixBuild.difference(MatrixBuild.negate(
        MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, X, X)), MatrixBuild.ones(FOUR));
    MatrixExpr f = MatrixBuild.reduce(Reduction.SUM, MatrixBuild.apply(MathFunction.LN,
        inside));
    MatrixCheck.Report r = check(f, MatrixBuild.zero(FOUR));
    assertFalse(r.ok());
    assertTrue(r.skipped());
    assertEquals(0, r.compared());
    assertEquals(0, r.points());
    assertEquals(MatrixCheck.NO_POINT, r.failure());
  }
}

package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.MathFunction;
import org.junit.jupiter.api.Test;

/**
 * Redrawing outside the domain still catches a wrong derivative there: the entries compared at
 * the points drawn again are compared in earnest, a domain only the wider ranges reach is found
 * (as the scalar check finds it), and a function without domain is skipped, not agreed.
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
    assertTrue(r.agreed(), r::failure);
    assertFalse(r.skipped());
    assertEquals(12, r.compared());
    assertEquals(3, r.points());
  }

  @Test
  void aWrongDerivativeOfLnFails() {
    MatrixCheck.Report r = check(SUM_LN, MatrixBuild.product(MatrixBuild.number(2), RECIPROCAL));
    assertFalse(r.agreed());
    assertFalse(r.skipped());
    assertTrue(r.failure().startsWith("entry (1, 1) is "), r::failure);
  }

  @Test
  void aDomainBeyondTheFirstRangesIsFoundAndComparedInEarnest() {
    // ln(x - 2*ones(4)): every entry above 2 at once, which [0.2, 3] rarely gives.
    MatrixExpr shifted = MatrixBuild.difference(X, MatrixBuild.product(MatrixBuild.number(2),
        MatrixBuild.ones(FOUR)));
    MatrixExpr f = MatrixBuild.reduce(Reduction.SUM, MatrixBuild.apply(MathFunction.LN, shifted));
    MatrixExpr right = MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.POWER, shifted,
        MatrixBuild.MINUS_ONE);
    MatrixCheck.Report r = check(f, right);
    assertTrue(r.agreed(), r::failure);
    assertEquals(12, r.compared());
    assertEquals(3, r.points());
    MatrixCheck.Report wrong = check(f, MatrixBuild.product(MatrixBuild.number(2), right));
    assertFalse(wrong.agreed() || wrong.skipped(), wrong::failure);
  }

  @Test
  void noPointInTheDomainIsASkipNotAPass() {
    MatrixExpr inside = MatrixBuild.difference(MatrixBuild.negate(
        MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, X, X)), MatrixBuild.ones(FOUR));
    MatrixExpr f = MatrixBuild.reduce(Reduction.SUM, MatrixBuild.apply(MathFunction.LN,
        inside));
    MatrixCheck.Report r = check(f, MatrixBuild.zero(FOUR));
    assertFalse(r.agreed());
    assertTrue(r.skipped());
    assertEquals(0, r.compared());
    assertEquals(0, r.points());
    assertEquals(MatrixCheck.NO_POINT, r.failure());
  }
}

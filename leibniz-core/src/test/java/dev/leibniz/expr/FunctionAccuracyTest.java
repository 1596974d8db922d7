package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every reserved function against mpmath's values over its whole real domain: tiny, huge,
 * near-edge and negative arguments ({@link ReferenceValues}), to a relative error of 1e-14,
 * about 50 units in the last place (most are within 2), and NaN outside the domain.
 */
class FunctionAccuracyTest {
  private static final double TOLERANCE = 1e-14;

  /**
   * The relative error, except for digamma where |psi| < 1: psi has a root at 1.4616..., next
   * to which any method that adds terms ({@code psi(x) = psi(x + k) - sum 1/(x + j)}) keeps an
   * absolute error of a few ulps of 1, not a relative one; there the error is absolute.
   */
  private static double error(ReferenceValues.Row row, double actual) {
    if (row.function() == MathFunction.DIGAMMA && Math.abs(row.value()) < 1) {
      return Math.abs(actual - row.value());
    }
    return ReferenceValues.relativeError(row.value(), actual);
  }

  @Test
  void everyFunctionHasReferenceValuesAtTinyHugeAndNegativeArguments() {
    Set<MathFunction> covered = EnumSet.noneOf(MathFunction.class);
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      if (!Double.isNaN(row.value())) covered.add(row.function());
    }
    assertEquals(EnumSet.allOf(MathFunction.class), covered);
    for (MathFunction f : MathFunction.values()) {
      List<Double> xs = ReferenceValues.rows().stream()
          .filter(r -> r.function() == f && !Double.isNaN(r.value())).map(r -> r.x()).toList();
      assertTrue(xs.size() >= 15, f + " has only " + xs.size() + " points");
    }
  }

  @Test
  void everyValueIsWithinTheToleranceOfTheReference() {
    List<Executable> checks = new ArrayList<>();
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      double actual = row.function().value(row.x());
      if (Double.isNaN(row.value())) {
        checks.add(() -> assertTrue(Double.isNaN(actual), row + " = " + actual + ", want NaN"));
        continue;
      }
      double error = error(row, actual);
      checks.add(() -> assertTrue(error <= TOLERANCE,
          row + " = " + actual + ", want " + row.value() + " (relative error " + error + ")"));
    }
    assertAll(checks);
  }

  @Test
  void theDefectsOfIssueTenAreGone() {
    assertEquals(1e-12, MathFunction.ASINH.value(1e-12), 1e-12 * 1e-15);
    assertEquals(461.2101657793691, MathFunction.ASINH.value(1e200), 461 * 1e-15);
    assertEquals(1e-15, MathFunction.ACOTH.value(1e15), 1e-15 * 1e-15);
    assertEquals(1e-15, MathFunction.ACSCH.value(1e15), 1e-15 * 1e-15);
    assertTrue(MathFunction.GAMMA.value(-150.5) != 0, "gamma(-150.5) is a normal double");
  }
}

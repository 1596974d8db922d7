package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MathFunction#neverZero} says which functions take no value 0, and only those: each of
 * them changes sign on [-10, 10] only across a pole or a jump, and each of the others has a
 * zero, in a witness interval on which it is continuous and 0 or changes sign.
 */
class NeverZeroTest {
  /** For each function with a zero: an interval [a, b] of its domain, f continuous, f(a)f(b) <= 0. */
  private static final Map<MathFunction, double[]> ZERO_BETWEEN = new EnumMap<>(Map.ofEntries(
      Map.entry(MathFunction.SIN, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.COS, new double[] {1.5, 1.6}),
      Map.entry(MathFunction.TAN, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.COT, new double[] {1.5, 1.6}),
      Map.entry(MathFunction.ASIN, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ACOS, new double[] {0.5, 1}),
      Map.entry(MathFunction.ATAN, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ASEC, new double[] {1, 2}),
      Map.entry(MathFunction.SINH, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.TANH, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ASINH, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ACOSH, new double[] {1, 2}),
      Map.entry(MathFunction.ATANH, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ASECH, new double[] {0.5, 1}),
      Map.entry(MathFunction.LN, new double[] {0.5, 2}),
      Map.entry(MathFunction.LOG10, new double[] {0.5, 2}),
      Map.entry(MathFunction.LOG2, new double[] {0.5, 2}),
      Map.entry(MathFunction.CBRT, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.ABS, new double[] {0, 1}),
      Map.entry(MathFunction.SIGN, new double[] {0, 1}),
      Map.entry(MathFunction.STEP, new double[] {-1, 1}),
      Map.entry(MathFunction.RELU, new double[] {-1, 1}),
      Map.entry(MathFunction.ERF, new double[] {-0.5, 0.5}),
      Map.entry(MathFunction.DIGAMMA, new double[] {1, 2})));

  @Test
  void everyFunctionWithoutAZeroSaysSoAndNoOther() {
    for (MathFunction f : MathFunction.values()) {
      assertEquals(!ZERO_BETWEEN.containsKey(f), f.neverZero(), f.canonicalName());
    }
  }

  /**
   * On a grid of [-10, 10], no value is 0, and where two neighbouring values (NaN and infinite
   * ones left out) differ in sign, each is larger than the one next to it further out: the
   * function grows towards the change, a pole or a jump ({@code acot} at 0), where at a zero it
   * would shrink.
   */
  @Test
  void eachFunctionThatIsNeverZeroChangesSignOnlyAcrossAPoleOrAJump() {
    for (MathFunction f : MathFunction.values()) {
      if (!f.neverZero()) continue;
      double[] v = new double[20_001];
      int n = 0;
      for (int i = 0; i < v.length; i++) {
        double u = -10 + i * 1e-3;
        double value = f.value(u);
        assertTrue(value != 0, () -> f.canonicalName() + " is 0 at " + u);
        if (Double.isFinite(value)) v[n++] = value;
      }
      for (int j = 2; j + 1 < n; j++) {
        if (v[j - 1] * v[j] >= 0) continue;
        boolean grows = Math.abs(v[j - 1]) > Math.abs(v[j - 2])
            && Math.abs(v[j]) > Math.abs(v[j + 1]);
        double left = v[j - 1];
        double right = v[j];
        assertTrue(grows, () -> f.canonicalName() + " shrinks to a sign change: " + left + ", "
            + right);
      }
    }
  }

  @Test
  void eachOtherFunctionHasAZero() {
    ZERO_BETWEEN.forEach((f, interval) -> {
      double a = f.value(interval[0]);
      double b = f.value(interval[1]);
      assertTrue(a * b <= 0, () -> f.canonicalName() + ": " + a + ", " + b);
    });
  }

  /**
   * The functions 0 only at 0 are 0 there and nowhere else on a grid of [-10, 10] within their
   * domain, down to 1e-300 on either side of 0; those with another zero (sin at pi, relu below 0)
   * or none at 0 (cos, ln) do not say so.
   */
  @Test
  void theFunctionsZeroOnlyAtZeroAreZeroThereAlone() {
    double[] near = {-1e-300, -1e-100, 1e-100, 1e-300};
    for (MathFunction f : MathFunction.values()) {
      if (!f.zeroOnlyAtZero()) continue;
      assertEquals(0.0, f.value(0.0), f.canonicalName());
      for (double u : near) assertTrue(f.value(u) != 0, () -> f.canonicalName() + " at " + u);
      for (int i = 0; i <= 20_000; i++) {
        double u = -10 + i * 1e-3;
        double value = f.value(u);
        if (i == 10_000 || Double.isNaN(value)) continue;
        assertTrue(value != 0, () -> f.canonicalName() + " is 0 at " + u);
      }
    }
    for (MathFunction f : new MathFunction[] {MathFunction.SIN, MathFunction.TAN,
        MathFunction.RELU, MathFunction.STEP, MathFunction.COS, MathFunction.LN}) {
      assertTrue(!f.zeroOnlyAtZero(), f.canonicalName());
    }
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

/**
 * Finite-difference witnesses for matrix tests that go through the facade alone: the gradient
 * of a scalar {@link MatrixExpression}, entry by entry, by central differences of
 * {@link MatrixExpression#valueAt}.
 */
final class MatrixWitness {
  private MatrixWitness() {}

  /**
   * Asserts that {@code d}, a gradient of a scalar, has at {@code values} the value that central
   * differences of its function give, entry by entry; the values are keyed {@code key} for the
   * variable (a caller may write {@code θ} for {@code theta}).
   */
  static void assertGradient(MatrixDerivative d, String key, Map<String, double[][]> values) {
    double[][] got = d.valueAt(values);
    double[][] x = values.get(key);
    assertEquals(x.length, got.length, "rows of " + d);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        double h = 1e-6 * Math.max(1, Math.abs(x[i][j]));
        double up = valueWith(d.function(), values, key, i, j, x[i][j] + h);
        double down = valueWith(d.function(), values, key, i, j, x[i][j] - h);
        double fd = (up - down) / (2 * h);
        double g = got[i][j];
        assertTrue(Math.abs(fd - g) <= 1e-6 * Math.max(1, Math.abs(fd)),
            () -> d + " entry " + g + ", finite differences " + fd);
      }
    }
  }

  private static double valueWith(MatrixExpression f, Map<String, double[][]> values, String key,
      int i, int j, double entry) {
    double[][] moved = new double[values.get(key).length][];
    for (int r = 0; r < moved.length; r++) moved[r] = values.get(key)[r].clone();
    moved[i][j] = entry;
    Map<String, double[][]> at = new HashMap<>(values);
    at.put(key, moved);
    return f.valueAt(at)[0][0];
  }
}

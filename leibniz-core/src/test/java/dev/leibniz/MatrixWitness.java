package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

/**
 * Finite-difference witnesses for matrix tests that go through the facade alone: the gradient
 * of a scalar {@link MatrixExpression}, or the Jacobian of a vector, entry by entry, by central
 * differences of {@link MatrixExpression#valueAt}.
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

  /**
   * Asserts that {@code d}, the Jacobian of a vector by a vector (KxD), has at {@code values}
   * the value that central differences of its function give: entry (k, j) is the change of the
   * function's k-th entry with the variable's j-th, each counted in order whether a row or a
   * column.
   */
  static void assertJacobian(MatrixDerivative d, String key, Map<String, double[][]> values) {
    double[][] got = d.valueAt(values);
    double[] x = flat(values.get(key));
    int columns = values.get(key)[0].length;
    for (int j = 0; j < x.length; j++) {
      double h = 1e-6 * Math.max(1, Math.abs(x[j]));
      int row = j / columns;
      int column = j % columns;
      double[] up = flat(movedValue(d.function(), values, key, row, column, x[j] + h));
      double[] down = flat(movedValue(d.function(), values, key, row, column, x[j] - h));
      assertEquals(up.length, got.length, "rows of " + d);
      for (int k = 0; k < up.length; k++) {
        double fd = (up[k] - down[k]) / (2 * h);
        double g = got[k][j];
        assertTrue(Math.abs(fd - g) <= 1e-6 * Math.max(1, Math.abs(fd)),
            () -> d + " entry " + g + ", finite differences " + fd);
      }
    }
  }

  private static double[] flat(double[][] m) {
    double[] out = new double[m.length * m[0].length];
    for (int i = 0; i < m.length; i++) {
      System.arraycopy(m[i], 0, out, i * m[0].length, m[0].length);
    }
    return out;
  }

  private static double valueWith(MatrixExpression f, Map<String, double[][]> values, String key,
      int i, int j, double entry) {
    return movedValue(f, values, key, i, j, entry)[0][0];
  }

  /** The value of {@code f} with the entry (i, j) of {@code key} moved to {@code entry}. */
  private static double[][] movedValue(MatrixExpression f, Map<String, double[][]> values,
      String key, int i, int j, double entry) {
    double[][] moved = new double[values.get(key).length][];
    for (int r = 0; r < moved.length; r++) moved[r] = values.get(key)[r].clone();
    moved[i][j] = entry;
    Map<String, double[][]> at = new HashMap<>(values);
    at.put(key, moved);
    return f.valueAt(at);
  }
}

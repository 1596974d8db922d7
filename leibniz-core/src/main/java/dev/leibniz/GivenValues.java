package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.BackwardEquations;
import dev.leibniz.matrix.Shape;
import dev.leibniz.parse.DeclaredNames;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Values a caller gives for names (each a matrix row by row, a vector as a column, a scalar
 * 1x1), read in this one place for {@link MatrixExpression}, {@link MatrixDerivative} and
 * {@link Program#run}: each under the name it stands for ({@code θ} is {@code theta}, as in an
 * expression), and each refused, with its name and the shape it should have, unless it is a
 * rectangular array of that shape: an empty array, a null row or rows of different lengths are
 * errors in words, never an exception from inside the arithmetic.
 */
final class GivenValues {
  private static final String LABEL = BackwardEquations.label("");

  private GivenValues() {}

  /**
   * {@code values} under the names they stand for, in their order; a given gradient
   * {@code dL/dθ} is {@code dL/dtheta}.
   *
   * @throws IllegalArgumentException if {@code values} or a name in it is null
   * @throws LeibnizException if two names stand for one ({@code θ} and {@code theta}) with
   *     two values
   */
  static Map<String, double[][]> byName(Map<String, double[][]> values) {
    return Points.byName(Arguments.notNull(values, "values"), GivenValues::canonical);
  }

  private static String canonical(String written) {
    Arguments.notNull(written, "a name in values");
    if (written.startsWith(LABEL) && written.length() > LABEL.length()) {
      return BackwardEquations.label(DeclaredNames.canonical(written.substring(LABEL.length())));
    }
    return DeclaredNames.canonical(written);
  }

  /**
   * {@code v} as a matrix, if it has {@code shape}; else an error naming {@code name}, what the
   * value is and the shape, which {@code how} qualifies ({@code declared 2x3},
   * {@code expected 2}).
   *
   * @throws LeibnizException if {@code v} is null, empty, has a null row, has rows of different
   *     lengths, or has another shape
   */
  static RealMatrix shaped(String name, double[][] v, Shape shape, String how) {
    if (v == null) throw new LeibnizException("no value for " + name);
    String is = malformation(v);
    if (is == null && (v.length != shape.rows() || v[0].length != shape.columns())) {
      is = "is " + v.length + "x" + v[0].length;
    }
    if (is != null) {
      throw new LeibnizException("the value of " + name + " " + is + ", " + how + " "
          + shape.declared());
    }
    return new Array2DRowRealMatrix(v);
  }

  /**
   * What keeps {@code v} from being a matrix, in words after its name ({@code is empty},
   * {@code has a null row (row 2)}, {@code is ragged (row 1 has 2 entries, row 2 has 1)}),
   * or null if it is one.
   */
  static String malformation(double[][] v) {
    if (v.length == 0) return "is empty (no rows)";
    for (int i = 0; i < v.length; i++) {
      if (v[i] == null) return "has a null row (row " + (i + 1) + ")";
    }
    for (int i = 1; i < v.length; i++) {
      if (v[i].length != v[0].length) {
        return "is ragged (row 1 has " + entries(v[0].length) + ", row " + (i + 1) + " has "
            + v[i].length + ")";
      }
    }
    if (v[0].length == 0) return "is empty (no columns)";
    return null;
  }

  private static String entries(int n) {
    return n + (n == 1 ? " entry" : " entries");
  }
}

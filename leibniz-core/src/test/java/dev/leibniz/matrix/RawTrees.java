package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Rational;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Trees as written, built from the records without the constructors' rules, and one point for
 * them: what tests of a constructor's rule compare its tree with. Columns x, y, z, a of 3, rows
 * r, q of 1x3, A of 3x3 and a scalar s.
 */
final class RawTrees {
  static final Map<String, RealMatrix> AT = Map.of(
      "x", new Array2DRowRealMatrix(new double[] {0.5, -1.5, 2}),
      "a", new Array2DRowRealMatrix(new double[] {0.5, -1.5, 2}),
      "y", new Array2DRowRealMatrix(new double[] {1.25, 0.75, -3}),
      "z", new Array2DRowRealMatrix(new double[] {0.3, 2.5, -0.4}),
      "r", new Array2DRowRealMatrix(new double[][] {{-0.7, 1.1, 3}}),
      "q", new Array2DRowRealMatrix(new double[][] {{2, -0.25, 0.6}}),
      "A", new Array2DRowRealMatrix(new double[][] {{1, 2, -1}, {0.5, -2, 3}, {4, 0.25, 1}}),
      "s", new Array2DRowRealMatrix(new double[][] {{1.75}}));

  private RawTrees() {}

  /** The chain of {@code factors} as written. */
  static MatrixExpr chain(MatrixExpr... factors) {
    Shape shape = Shape.of(factors[0].shape().rows(),
        factors[factors.length - 1].shape().columns());
    return new MatrixExpr.Product(Rational.ONE, List.of(), List.of(factors), shape);
  }

  /** {@code built} has the value of {@code written} at {@link #AT}, entry by entry. */
  static void assertSameValue(MatrixExpr written, MatrixExpr built, double tolerance) {
    RealMatrix want = MatrixValues.of(written, AT);
    RealMatrix got = MatrixValues.of(built, AT);
    assertEquals(want.getRowDimension(), got.getRowDimension());
    assertEquals(want.getColumnDimension(), got.getColumnDimension());
    for (int i = 0; i < want.getRowDimension(); i++) {
      for (int j = 0; j < want.getColumnDimension(); j++) {
        assertEquals(want.getEntry(i, j), got.getEntry(i, j), tolerance);
      }
    }
  }
}

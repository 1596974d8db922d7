package dev.leibniz.matrix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The derivative of a matrix tree by central finite differences, entry by entry of the
 * variable, laid out as {@link MatrixDerivatives} lays the symbolic one out: a scalar's
 * gradient shaped as the variable (transposed in the numerator layout), a vector by a vector
 * KxD, anything by a scalar shaped as itself. Only the variable's entries in {@code entries}
 * (flat indices, row by row) are moved; the derivative by any other entry is NaN (not
 * computed), so that a large variable is checked on a sample.
 */
final class FiniteDifferenceMatrix {
  private FiniteDifferenceMatrix() {}

  static RealMatrix of(MatrixExpr f, String variable, Map<String, RealMatrix> at,
      MatrixDerivatives.Layout layout, boolean coarse, int[] entries) {
    RealMatrix x = at.get(variable);
    int rows = x.getRowDimension();
    int columns = x.getColumnDimension();
    Shape fs = f.shape();
    double[][] columnsOfJ = new double[rows * columns][];
    double[] notComputed = new double[fs.size()];
    Arrays.fill(notComputed, Double.NaN);
    Arrays.fill(columnsOfJ, notComputed);
    for (int index : entries) {
      int i = index / columns;
      int j = index % columns;
      double h = (coarse ? 1e-4 : 1e-6) * Math.max(1, Math.abs(x.getEntry(i, j)));
      double[] plus = MatrixValues.flat(MatrixValues.of(f, moved(at, variable, i, j, h)));
      double[] minus = MatrixValues.flat(MatrixValues.of(f, moved(at, variable, i, j, -h)));
      double[] d = new double[plus.length];
      for (int k = 0; k < d.length; k++) d[k] = (plus[k] - minus[k]) / (2 * h);
      columnsOfJ[index] = d;
    }
    boolean scalarVariable = rows == 1 && columns == 1;
    if (scalarVariable) {
      return new Array2DRowRealMatrix(reshape(columnsOfJ[0], fs.rows(), fs.columns()), false);
    }
    if (fs.isScalar()) {
      double[][] g = new double[rows][columns];
      for (int i = 0; i < rows; i++) for (int j = 0; j < columns; j++) g[i][j] = columnsOfJ[i * columns + j][0];
      RealMatrix grad = new Array2DRowRealMatrix(g, false);
      return layout == MatrixDerivatives.Layout.NUMERATOR ? grad.transpose() : grad;
    }
    double[][] jacobian = new double[fs.size()][rows * columns];
    for (int d = 0; d < rows * columns; d++) {
      for (int k = 0; k < fs.size(); k++) jacobian[k][d] = columnsOfJ[d][k];
    }
    return new Array2DRowRealMatrix(jacobian, false);
  }

  private static double[][] reshape(double[] flat, int rows, int columns) {
    double[][] out = new double[rows][columns];
    for (int i = 0; i < rows; i++) System.arraycopy(flat, i * columns, out[i], 0, columns);
    return out;
  }

  private static Map<String, RealMatrix> moved(Map<String, RealMatrix> at, String variable,
      int i, int j, double h) {
    Map<String, RealMatrix> out = new HashMap<>(at);
    RealMatrix x = at.get(variable).copy();
    x.addToEntry(i, j, h);
    out.put(variable, x);
    return out;
  }
}

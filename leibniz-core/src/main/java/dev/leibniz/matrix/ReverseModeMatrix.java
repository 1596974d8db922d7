package dev.leibniz.matrix;

import dev.leibniz.graph.Tape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The derivative by reverse mode on the tape of the function written out in scalars, one
 * backward sweep per entry of the function, laid out as {@link FiniteDifferenceMatrix} lays it.
 */
final class ReverseModeMatrix {
  private ReverseModeMatrix() {}

  /** The tape's variables: every entry of every name, row by row. */
  static List<String> variables(Map<String, Shape> names) {
    List<String> out = new ArrayList<>();
    names.forEach((name, s) -> {
      for (int i = 0; i < s.rows(); i++) {
        for (int j = 0; j < s.columns(); j++) out.add(MatrixExpansion.entry(name, s, i, j));
      }
    });
    return out;
  }

  static RealMatrix of(Tape tape, MatrixExpr f, String variable, Map<String, RealMatrix> at,
      Map<String, Shape> names, MatrixDerivatives.Layout layout) {
    List<String> vars = variables(names);
    double[] point = new double[vars.size()];
    int k = 0;
    for (Map.Entry<String, Shape> e : names.entrySet()) {
      RealMatrix v = at.get(e.getKey());
      for (int i = 0; i < e.getValue().rows(); i++) {
        for (int j = 0; j < e.getValue().columns(); j++) point[k++] = v.getEntry(i, j);
      }
    }
    Shape shape = names.get(variable);
    int first = vars.indexOf(MatrixExpansion.entry(variable, shape, 0, 0));
    int outputs = f.shape().size();
    double[][] jacobian = new double[outputs][vars.size()];
    tape.jacobian(point, jacobian);
    int d = shape.size();
    if (shape.isScalar()) {
      double[][] out = new double[f.shape().rows()][f.shape().columns()];
      for (int o = 0; o < outputs; o++) out[o / f.shape().columns()][o % f.shape().columns()] = jacobian[o][first];
      return new Array2DRowRealMatrix(out, false);
    }
    if (f.shape().isScalar()) {
      double[][] g = new double[shape.rows()][shape.columns()];
      for (int i = 0; i < d; i++) g[i / shape.columns()][i % shape.columns()] = jacobian[0][first + i];
      RealMatrix grad = new Array2DRowRealMatrix(g, false);
      return layout == MatrixDerivatives.Layout.NUMERATOR ? grad.transpose() : grad;
    }
    double[][] j = new double[outputs][d];
    for (int o = 0; o < outputs; o++) System.arraycopy(jacobian[o], first, j[o], 0, d);
    return new Array2DRowRealMatrix(j, false);
  }
}

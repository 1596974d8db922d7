package dev.leibniz.bench;

import dev.leibniz.expr.Expr;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.SparseGradient;

/**
 * F4, the scalar network {@code y = sum_i w_i*tanh(s_i)} with {@code s_i = sum_j v_ij*x_j + b_i}
 * and four inputs. A point lists unit i's parameters {@code w_i, v_i1..v_i4, b_i} at
 * {@code 6i..6i+5}, then x1..x4 (as {@link SwellFamily#mlpVariables}). By hand (backpropagation):
 * {@code y_w_i = h_i = tanh(s_i)}, {@code y_s_i = w_i*(1 - h_i^2) = y_b_i},
 * {@code y_v_ij = y_s_i*x_j} and {@code y_x_j = sum_i y_s_i*v_ij}.
 */
final class MlpGradient implements GradientCase {
  private static final int IN = SwellFamily.MLP_INPUTS;
  private final int units;

  MlpGradient(int units) {
    this.units = units;
  }

  @Override
  public Expr expr() {
    return SwellFamily.F4.expr(units);
  }

  @Override
  public List<String> variables() {
    return SwellFamily.mlpVariables(units);
  }

  /** Standard normal values scaled by 1/2, so that few units saturate. */
  @Override
  public double[] point() {
    Random random = new Random(6);
    double[] p = new double[6 * units + IN];
    for (int k = 0; k < p.length; k++) p[k] = 0.5 * random.nextGaussian();
    return p;
  }

  @Override
  public double value(double[] p) {
    int x = 6 * units;
    double y = 0;
    for (int i = 0, u = 0; i < units; i++, u += 6) {
      double s = p[u + 5];
      for (int j = 0; j < IN; j++) s += p[u + 1 + j] * p[x + j];
      y += p[u] * Math.tanh(s);
    }
    return y;
  }

  @Override
  public double gradient(double[] p, double[] out) {
    int x = 6 * units;
    double y = 0;
    for (int j = 0; j < IN; j++) out[x + j] = 0;
    for (int i = 0, u = 0; i < units; i++, u += 6) {
      double s = p[u + 5];
      for (int j = 0; j < IN; j++) s += p[u + 1 + j] * p[x + j];
      double h = Math.tanh(s);
      y += p[u] * h;
      double ds = p[u] * (1 - h * h);
      out[u] = h;
      for (int j = 0; j < IN; j++) {
        out[u + 1 + j] = ds * p[x + j];
        out[x + j] += ds * p[u + 1 + j];
      }
      out[u + 5] = ds;
    }
    return y;
  }

  @Override
  public double derivativeStructure(double[] p, double[] out) {
    int n = p.length;
    DerivativeStructure[] v = new DerivativeStructure[n];
    for (int k = 0; k < n; k++) v[k] = new DerivativeStructure(n, 1, k, p[k]);
    int x = 6 * units;
    DerivativeStructure y = new DerivativeStructure(n, 1, 0);
    for (int u = 0; u < x; u += 6) {
      DerivativeStructure s = v[u + 5];
      for (int j = 0; j < IN; j++) s = s.add(v[u + 1 + j].multiply(v[x + j]));
      y = y.add(v[u].multiply(s.tanh()));
    }
    double[] all = y.getAllDerivatives();
    System.arraycopy(all, 1, out, 0, n);
    return all[0];
  }

  @Override
  public double sparseGradient(double[] p, double[] out) {
    int n = p.length;
    SparseGradient[] v = new SparseGradient[n];
    for (int k = 0; k < n; k++) v[k] = SparseGradient.createVariable(k, p[k]);
    int x = 6 * units;
    SparseGradient y = SparseGradient.createConstant(0);
    for (int u = 0; u < x; u += 6) {
      SparseGradient s = v[u + 5];
      for (int j = 0; j < IN; j++) s = s.add(v[u + 1 + j].multiply(v[x + j]));
      y = y.add(v[u].multiply(s.tanh()));
    }
    for (int k = 0; k < n; k++) out[k] = y.getDerivative(k);
    return y.getValue();
  }
}

package dev.leibniz.bench;

import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.SparseGradient;

/**
 * The lecture function {@code f = e^(xz) + xz/ln(x) + sin(ln(x))/(xz)} at (x, z) = (2, 3). By
 * hand, with {@code a = xz} and {@code b = ln(x)}: {@code f_a = e^a + 1/b - sin(b)/a^2},
 * {@code f_b = -a/b^2 + cos(b)/a}, so {@code f_x = f_a*z + f_b/x} and {@code f_z = f_a*x}.
 */
final class LectureGradient implements GradientCase {
  @Override
  public Expr expr() {
    return ExprParser.parse(Workloads.LECTURE);
  }

  @Override
  public List<String> variables() {
    return Workloads.LECTURE_VARIABLES;
  }

  @Override
  public double[] point() {
    return new double[] {2, 3};
  }

  @Override
  public double value(double[] p) {
    double a = p[0] * p[1];
    double b = Math.log(p[0]);
    return Math.exp(a) + a / b + Math.sin(b) / a;
  }

  @Override
  public double gradient(double[] p, double[] out) {
    double x = p[0];
    double z = p[1];
    double a = x * z;
    double b = Math.log(x);
    double ea = Math.exp(a);
    double sinB = Math.sin(b);
    double fa = ea + 1 / b - sinB / (a * a);
    double fb = -a / (b * b) + Math.cos(b) / a;
    out[0] = fa * z + fb / x;
    out[1] = fa * x;
    return ea + a / b + sinB / a;
  }

  @Override
  public double derivativeStructure(double[] p, double[] out) {
    DerivativeStructure x = new DerivativeStructure(2, 1, 0, p[0]);
    DerivativeStructure z = new DerivativeStructure(2, 1, 1, p[1]);
    DerivativeStructure a = x.multiply(z);
    DerivativeStructure b = x.log();
    DerivativeStructure f = a.exp().add(a.divide(b)).add(b.sin().divide(a));
    out[0] = f.getPartialDerivative(1, 0);
    out[1] = f.getPartialDerivative(0, 1);
    return f.getValue();
  }

  @Override
  public double sparseGradient(double[] p, double[] out) {
    SparseGradient x = SparseGradient.createVariable(0, p[0]);
    SparseGradient z = SparseGradient.createVariable(1, p[1]);
    SparseGradient a = x.multiply(z);
    SparseGradient b = x.log();
    SparseGradient f = a.exp().add(a.divide(b)).add(b.sin().divide(a));
    out[0] = f.getDerivative(0);
    out[1] = f.getDerivative(1);
    return f.getValue();
  }
}

package dev.leibniz.matrix;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.LogSigmoid;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Evaluates a matrix tree at values of its names, in double precision, with commons-math3's
 * {@link RealMatrix} (an LU decomposition for {@code det} and {@code inv}; a singular matrix's
 * inverse is NaN). A scalar is a 1x1 matrix. {@code softmax} and {@code logsumexp} subtract the
 * largest entry first, so they do not overflow.
 */
public final class MatrixValues {
  private final Map<String, RealMatrix> values;

  private MatrixValues(Map<String, RealMatrix> values) {
    this.values = values;
  }

  /** The value of {@code e} where each name has the value in {@code values}. */
  public static RealMatrix of(MatrixExpr e, Map<String, RealMatrix> values) {
    return new MatrixValues(values).value(e);
  }

  static RealMatrix scalar(double v) {
    return new Array2DRowRealMatrix(new double[][] {{v}}, false);
  }

  private RealMatrix value(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return scalar(l.value().doubleValue());
    if (e instanceof MatrixExpr.Const c) return scalar(c.constant().value());
    if (e instanceof MatrixExpr.Name n) {
      RealMatrix v = values.get(n.name());
      if (v == null) throw new LeibnizException("no value for " + n.name());
      return v;
    }
    if (e instanceof MatrixExpr.Sum s) {
      RealMatrix total = null;
      for (MatrixExpr t : s.terms()) total = total == null ? value(t) : total.add(value(t));
      return total;
    }
    if (e instanceof MatrixExpr.Product p) {
      double scale = p.coefficient().doubleValue();
      for (MatrixExpr s : p.scalars()) scale *= value(s).getEntry(0, 0);
      RealMatrix chain = null;
      for (MatrixExpr m : p.chain()) chain = chain == null ? value(m) : chain.multiply(value(m));
      return chain == null ? scalar(scale) : chain.scalarMultiply(scale);
    }
    if (e instanceof MatrixExpr.Power p) {
      return scalar(Math.pow(value(p.base()).getEntry(0, 0), value(p.exponent()).getEntry(0, 0)));
    }
    if (e instanceof MatrixExpr.Transpose t) return value(t.arg()).transpose();
    if (e instanceof MatrixExpr.Entrywise w) return entrywise(w);
    if (e instanceof MatrixExpr.Apply a) {
      SoftplusForm stable = SoftplusForm.of(a);
      RealMatrix u = value(stable == null ? a.arg() : stable.u()).copy();
      u.walkInOptimizedOrder(new org.apache.commons.math3.linear.DefaultRealMatrixChangingVisitor() {
        @Override
        public double visit(int row, int column, double v) {
          return stable == null ? a.function().value(v) : LogSigmoid.value(stable.sign() * v);
        }
      });
      return u;
    }
    if (e instanceof MatrixExpr.Reduce r) return reduce(r);
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * {@code ln(sigmoid(u))} and {@code ln(ones - sigmoid(u))} entry by entry as
   * {@code -softplus(sign*u)}, sign -1 and 1, as the scalar evaluator computes them
   * ({@link LogSigmoid}): sigmoid(-800) underflows to 0 and 1 - sigmoid(40) rounds to 0, where
   * the logarithms are -800 and -40.
   */
  private record SoftplusForm(MatrixExpr u, double sign) {
    /** The form of {@code a}, or null when it is neither logarithm. */
    static SoftplusForm of(MatrixExpr.Apply a) {
      if (a.function() != MathFunction.LN) return null;
      MatrixExpr u = sigmoidArgument(a.arg());
      if (u != null) return new SoftplusForm(u, -1);
      u = complementArgument(a.arg());
      return u == null ? null : new SoftplusForm(u, 1);
    }

    /** The u of {@code sigmoid(u)}; else null. */
    private static MatrixExpr sigmoidArgument(MatrixExpr e) {
      return e instanceof MatrixExpr.Apply s && s.function() == MathFunction.SIGMOID ? s.arg()
          : null;
    }

    /** The u of {@code ones - sigmoid(u)}; else null. */
    private static MatrixExpr complementArgument(MatrixExpr e) {
      if (!(e instanceof MatrixExpr.Sum s) || s.terms().size() != 2) return null;
      int ones = MatrixBuild.isOnes(s.terms().get(0)) ? 0
          : MatrixBuild.isOnes(s.terms().get(1)) ? 1 : -1;
      if (ones < 0) return null;
      return s.terms().get(1 - ones) instanceof MatrixExpr.Product p
          && p.coefficient().equals(Rational.MINUS_ONE) && p.scalars().isEmpty()
          && p.chain().size() == 1 ? sigmoidArgument(p.chain().get(0)) : null;
    }
  }

  private RealMatrix entrywise(MatrixExpr.Entrywise w) {
    RealMatrix a = value(w.left());
    RealMatrix b = value(w.right());
    int rows = w.shape().rows();
    int columns = w.shape().columns();
    double[][] out = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        double x = a.getRowDimension() == 1 && a.getColumnDimension() == 1 ? a.getEntry(0, 0)
            : a.getEntry(i, j);
        double y = b.getRowDimension() == 1 && b.getColumnDimension() == 1 ? b.getEntry(0, 0)
            : b.getEntry(i, j);
        out[i][j] = w.op() == MatrixExpr.EntrywiseOp.TIMES ? x * y
            : w.op() == MatrixExpr.EntrywiseOp.DIVIDE ? x / y : Math.pow(x, y);
      }
    }
    return new Array2DRowRealMatrix(out, false);
  }

  private RealMatrix reduce(MatrixExpr.Reduce r) {
    if (r.op() == Reduction.ONES) {
      RealMatrix m = new Array2DRowRealMatrix(r.shape().rows(), r.shape().columns());
      return m.scalarAdd(1);
    }
    if (r.op() == Reduction.EYE) return MatrixUtils.createRealIdentityMatrix(r.shape().rows());
    RealMatrix u = value(r.args().get(0));
    double[] entries = flat(u);
    switch (r.op()) {
      case SUM:
        return scalar(sum(entries));
      case NORM2:
        return scalar(u.getFrobeniusNorm());
      case TR:
        return scalar(u.getTrace());
      case DET:
        return scalar(new LUDecomposition(u).getDeterminant());
      case INV: {
        var solver = new LUDecomposition(u).getSolver();
        if (!solver.isNonSingular()) return u.scalarMultiply(Double.NaN);
        return solver.getInverse();
      }
      case DIAG:
        return MatrixUtils.createRealDiagonalMatrix(entries);
      case DOT: {
        double[] other = flat(value(r.args().get(1)));
        double s = 0;
        for (int i = 0; i < entries.length; i++) s += entries[i] * other[i];
        return scalar(s);
      }
      case SOFTMAX: {
        double max = max(entries);
        RealMatrix out = u.copy();
        double total = 0;
        for (double x : entries) total += Math.exp(x - max);
        final double z = total;
        out.walkInOptimizedOrder(new org.apache.commons.math3.linear.DefaultRealMatrixChangingVisitor() {
          @Override
          public double visit(int row, int column, double v) {
            return Math.exp(v - max) / z;
          }
        });
        return out;
      }
      case LOGSUMEXP: {
        double max = max(entries);
        double total = 0;
        for (double x : entries) total += Math.exp(x - max);
        return scalar(max + Math.log(total));
      }
      default:
        throw new IllegalStateException("unhandled " + r.op());
    }
  }

  static double[] flat(RealMatrix m) {
    double[] out = new double[m.getRowDimension() * m.getColumnDimension()];
    for (int i = 0; i < m.getRowDimension(); i++) {
      for (int j = 0; j < m.getColumnDimension(); j++) out[i * m.getColumnDimension() + j] = m.getEntry(i, j);
    }
    return out;
  }

  private static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) s += x;
    return s;
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) m = Math.max(m, x);
    return m;
  }
}

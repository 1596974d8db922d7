package dev.leibniz.matrix;

import dev.leibniz.expr.MathFunction;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Where a matrix expression has no value or no derivative at given values, in words, as the
 * scalar evaluator says it ({@code ln undefined}, {@code division by zero}): the innermost node
 * whose value has an entry that is not finite while its operands' entries all are; and the
 * function whose kink at 0 a derivative by a variable passes through (an entry of the argument
 * of abs, relu, sign or step exactly 0, the argument depending on the variable), where the
 * table's derivative is a convention rather than a value. A kink is reported for the whole
 * derivative by that variable: which of its entries the kink reaches is a question of the
 * entries, and the answer is written in matrix notation.
 */
public final class MatrixDomain {
  private final Map<String, RealMatrix> values;

  private MatrixDomain(Map<String, RealMatrix> values) {
    this.values = values;
  }

  /** Why {@code e} has no value at {@code values} ({@code ln undefined}), or null if it has. */
  public static String undefined(MatrixExpr e, Map<String, RealMatrix> values) {
    MatrixDomain d = new MatrixDomain(values);
    return d.finite(e) ? null : d.blame(e);
  }

  /**
   * The function ({@code relu}) on whose kink the derivative of {@code e} by {@code variable}
   * sits at {@code values}, or null.
   */
  public static MathFunction kink(MatrixExpr e, String variable, Map<String, RealMatrix> values) {
    return new MatrixDomain(values).kink(e, new Dependence(variable));
  }

  private MathFunction kink(MatrixExpr e, Dependence on) {
    if (!on.on(e)) return null;
    if (e instanceof MatrixExpr.Apply a && a.function().hasKink() && hasZero(a.arg())) {
      return a.function();
    }
    for (MatrixExpr c : e.children()) {
      MathFunction f = kink(c, on);
      if (f != null) return f;
    }
    return null;
  }

  /** The innermost node of {@code e}, itself not finite, whose operands are, named in words. */
  private String blame(MatrixExpr e) {
    for (MatrixExpr c : e.children()) {
      if (!finite(c)) return blame(c);
    }
    if (e instanceof MatrixExpr.Apply a) return a.function().canonicalName() + why(a);
    if (e instanceof MatrixExpr.Entrywise w && w.op() != MatrixExpr.EntrywiseOp.TIMES
        && zeroWhereNotFinite(e, w.op() == MatrixExpr.EntrywiseOp.DIVIDE ? w.right() : w.left())) {
      return "division by zero";
    }
    if (e instanceof MatrixExpr.Power p && zeroWhereNotFinite(e, p.base())) {
      return "division by zero";
    }
    if (e instanceof MatrixExpr.Reduce r && r.op() == Reduction.INV) {
      return "inv undefined (a singular matrix)";
    }
    if (e instanceof MatrixExpr.Sum || e instanceof MatrixExpr.Product) return "overflow";
    return MatrixPrinter.print(e) + (hasNaN(e) ? " undefined" : " overflows");
  }

  /** {@code " overflows"} where a large argument's value is infinite, else {@code " undefined"}. */
  private String why(MatrixExpr.Apply a) {
    for (double[] row : MatrixValues.of(a.arg(), values).getData()) {
      for (double u : row) {
        double v = a.function().value(u);
        if (Double.isInfinite(v) && Math.abs(u) > 1) return " overflows";
      }
    }
    return " undefined";
  }

  private boolean finite(MatrixExpr e) {
    RealMatrix m = MatrixValues.of(e, values);
    for (double[] row : m.getData()) {
      for (double v : row) if (!Double.isFinite(v)) return false;
    }
    return true;
  }

  private boolean hasNaN(MatrixExpr e) {
    for (double[] row : MatrixValues.of(e, values).getData()) {
      for (double v : row) if (Double.isNaN(v)) return true;
    }
    return false;
  }

  /**
   * Whether {@code operand} (a divisor, or the base of a power) is 0 at the first entry where
   * {@code e} is not finite: a power of 0 is not finite only for a negative exponent.
   */
  private boolean zeroWhereNotFinite(MatrixExpr e, MatrixExpr operand) {
    RealMatrix v = MatrixValues.of(e, values);
    RealMatrix o = MatrixValues.of(operand, values);
    boolean scalar = o.getRowDimension() == 1 && o.getColumnDimension() == 1;
    for (int i = 0; i < v.getRowDimension(); i++) {
      for (int j = 0; j < v.getColumnDimension(); j++) {
        if (!Double.isFinite(v.getEntry(i, j))) {
          return (scalar ? o.getEntry(0, 0) : o.getEntry(i, j)) == 0;
        }
      }
    }
    return false;
  }

  private boolean hasZero(MatrixExpr e) {
    for (double[] row : MatrixValues.of(e, values).getData()) {
      for (double v : row) if (v == 0) return true;
    }
    return false;
  }
}

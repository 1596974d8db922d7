package dev.leibniz.parse;

import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.MatrixValues;
import java.util.Map;

/**
 * The scalar constants of a line with vectors or matrices, judged where they are read, as the
 * scalar reader judges its own: a division by a constant 0 ({@code sum(x)/0}) and a function
 * or power of a constant outside its domain ({@code ln(-pi)}, {@code sqrt(-1)}) are errors at
 * their column, never a derivative. A constant is judged by its double.
 */
final class ConstantScalars {
  private ConstantScalars() {}

  /** Throws at {@code column} if {@code divisor} is a constant whose value is 0. */
  static void requireNonzeroDivisor(MatrixExpr divisor, String line, int column) {
    if (isConstant(divisor) && valueOf(divisor) == 0) {
      throw new ParseException("division by zero", line, column);
    }
  }

  /** Throws at {@code column} if {@code e} is a constant with no real value. */
  static void requireDefined(MatrixExpr e, String line, int column) {
    if (!isConstant(e)) return;
    double v = valueOf(e);
    if (Double.isNaN(v)) {
      throw new ParseException(MatrixPrinter.print(e) + " is undefined", line, column);
    }
    if (Double.isInfinite(v) && e instanceof MatrixExpr.Power p && isConstant(p.base())
        && valueOf(p.base()) == 0) {
      throw new ParseException("division by zero", line, column);
    }
    if (Double.isInfinite(v) && e instanceof MatrixExpr.Apply a
        && Math.abs(valueOf(a.arg())) <= 1) {
      throw new ParseException(MatrixPrinter.print(e) + " is undefined (a pole)", line, column);
    }
  }

  /** True for a scalar with no name in it. */
  private static boolean isConstant(MatrixExpr e) {
    if (!e.shape().isScalar() || e instanceof MatrixExpr.Name) return false;
    for (MatrixExpr child : e.children()) {
      if (!isConstant(child)) return false;
    }
    return true;
  }

  private static double valueOf(MatrixExpr constant) {
    return MatrixValues.of(constant, Map.of()).getEntry(0, 0);
  }
}

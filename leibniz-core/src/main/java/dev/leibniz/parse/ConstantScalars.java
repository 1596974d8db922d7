package dev.leibniz.parse;

import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.MatrixValues;
import java.util.Map;

/**
 * The scalar constants of a line with vectors or matrices, judged where they are read, as the
 * scalar reader judges its own: a division by a constant 0 ({@code sum(x)/0}) and a function
 * or power of a constant outside its domain ({@code ln(-pi)}, {@code sqrt(-1)}) are errors at
 * their column, never a derivative. A call or power of constants alone is judged by the scalar
 * reader itself, on the text it was written as: exact points, and constants no rational equals
 * with its margin for rounding ({@code sqrt(sin(pi/4) - sqrt(2)/2)} is 0, not refused), with its
 * messages ({@code sqrt(-1) is not a real number}).
 */
final class ConstantScalars {
  private ConstantScalars() {}

  /** Throws at {@code column} if {@code divisor} is a constant whose value is 0. */
  static void requireNonzeroDivisor(MatrixExpr divisor, String line, int column) {
    if (isConstant(divisor) && valueOf(divisor) == 0) {
      throw new ParseException("division by zero", line, column);
    }
  }

  /**
   * Throws at its column if {@code e}, a call or power written in {@code line} from column
   * {@code start} to column {@code end} (inclusive), is a constant with no real value.
   */
  static void requireDefined(MatrixExpr e, String line, int start, int end) {
    if (!isConstant(e)) return;
    try {
      ExprParser.parse(line.substring(start - 1, end));
    } catch (ParseException scalar) {
      if (scalar.nonScalar() == null) {
        throw new ParseException(scalar.getMessage(), line, start - 1 + scalar.column());
      }
      // A constant made of arrays, sum(ones(3)), which the scalar reader cannot read: its double.
      if (Double.isNaN(valueOf(e))) {
        throw new ParseException(MatrixPrinter.print(e) + " is undefined", line, start);
      }
    }
  }

  /**
   * Throws at {@code column} if a call or power of constants alone anywhere in {@code tree} has
   * no real value, judged by its double: for a tree that was not read from text, as a line with
   * a name's value put in its place ({@code ln(c)} with {@code c} as {@code -1}).
   */
  static void requireDefinedThroughout(MatrixExpr tree, String line, int column) {
    boolean judged = tree instanceof MatrixExpr.Apply || tree instanceof MatrixExpr.Power;
    if (judged && isConstant(tree) && Double.isNaN(valueOf(tree))) {
      throw new ParseException(MatrixPrinter.print(tree) + " is undefined", line, column);
    }
    for (MatrixExpr child : tree.children()) requireDefinedThroughout(child, line, column);
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

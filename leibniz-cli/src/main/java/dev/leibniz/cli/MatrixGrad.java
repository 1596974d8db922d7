package dev.leibniz.cli;

import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.MatrixLiterals;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code leibniz grad EXPR --at "W=[[1,2],[3,4]], x=[1,2]"} for an expression with vectors or
 * matrices: the value, then each variable's derivative evaluated there, in matrix form
 * ({@code d/dW = [[1, 2], [3, 4]]}).
 */
final class MatrixGrad {
  private MatrixGrad() {}

  static int run(MatrixExpression f, String at, MatrixOptions options, PrintWriter out) {
    Map<String, double[][]> values = MatrixLiterals.parse(at);
    out.println("value = " + MatrixLiterals.format(f.valueAt(values)));
    List<MatrixDerivative> derivatives = options.derivatives(f, List.of(), 1);
    for (MatrixDerivative d : derivatives) {
      out.println(d.label() + " = " + MatrixLiterals.format(d.valueAt(values)));
    }
    return 0;
  }
}

package dev.leibniz.cli;

import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code leibniz diff} of an expression with vectors or matrices: one line
 * {@code d/dW = 2*(W*x - y)*x'   [3x4]} per variable (each name of the expression without
 * {@code --wrt}); {@code --wrt} repeated and {@code --order N} as for scalars, labelled alike
 * ({@code d2/ds dx = ...}); with {@code --check}, each proven numerically after it.
 */
final class MatrixDiff {
  private MatrixDiff() {}

  static int run(String text, Map<String, String> shapes, List<String> wrt, int order,
      MatrixOptions options, TextFormat format, boolean check, PrintWriter out) {
    MatrixExpression f = MatrixExpression.parse(text, shapes);
    List<MatrixDerivative> derivatives = options.derivatives(f, wrt, order);
    for (MatrixDerivative d : derivatives) out.println(MatrixOptions.line(d, format));
    boolean agreed = true;
    if (check) {
      for (MatrixDerivative d : derivatives) {
        var report = d.check();
        out.println(d.label() + " " + report.summary());
        agreed &= report.ok();
      }
    }
    return agreed ? 0 : Main.EXIT_ERROR;
  }
}

package dev.leibniz.cli;

import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.MatrixPartial;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code leibniz diff} of an expression with vectors or matrices: one line
 * {@code d/dW = 2*(W*x - y)*x'   [3x4]} per variable (each name of the expression without
 * {@code --wrt}); {@code --wrt} repeated and {@code --order N} as for scalars, labelled alike
 * ({@code d2/ds dx = ...}); with {@code --check}, each proven numerically after it. Of several
 * partials, one that cannot be given (d/dW of {@code W x}, a tensor) is a line in its place,
 * {@code d/dW: error: ...}, the others are given as ever, and the exit status is 1, as for a
 * failed check; a single derivative that cannot be given is the command's error.
 */
final class MatrixDiff {
  private MatrixDiff() {}

  static int run(String text, Map<String, String> shapes, List<String> wrt, int order,
      MatrixOptions options, TextFormat format, boolean check, PrintWriter out) {
    MatrixExpression f = MatrixExpression.parse(text, shapes);
    List<MatrixPartial> partials = options.partials(f, wrt, order);
    // One derivative asked for: its failure is the command's, on standard error.
    if (partials.size() == 1) partials.get(0).derivative();
    List<MatrixDerivative> given = new ArrayList<>(partials.size());
    for (MatrixPartial p : partials) {
      if (p.isGiven()) {
        given.add(p.derivative());
        out.println(MatrixOptions.line(p.derivative(), format));
      } else {
        out.println(failureLine(p));
      }
    }
    boolean agreed = given.size() == partials.size();
    if (check) {
      for (MatrixDerivative d : given) {
        var report = d.check();
        out.println(d.label() + " " + report.summary());
        agreed &= report.ok();
      }
    }
    return agreed ? 0 : Main.EXIT_ERROR;
  }

  /** {@code d/dW: error: } and why the partial cannot be given. */
  static String failureLine(MatrixPartial p) {
    return p.label() + ": error: " + p.failure().orElseThrow();
  }
}

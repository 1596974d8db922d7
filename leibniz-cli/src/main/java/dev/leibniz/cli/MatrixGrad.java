package dev.leibniz.cli;

import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.MatrixLiterals;
import dev.leibniz.OnKink;
import dev.leibniz.error.LeibnizException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code leibniz grad EXPR --at "W=[[1,2],[3,4]], x=[1,2]"} for an expression with vectors or
 * matrices: the value, then each variable's derivative evaluated there, in matrix form
 * ({@code d/dW = [[1, 2], [3, 4]]}). As for scalars, a point outside the domain is an error
 * that names the function and the point ({@code ln undefined at x = [-1, 2]}), a derivative
 * that is not finite there is said so in its place ({@code d/dx: error: d/dx does not exist at
 * ...}, the others given all the same, exit status 1), and a derivative
 * through the kink of abs, relu, sign or step is reported in words for the whole variable
 * ({@code d/dx: none, the point is on the kink of relu (at 0)}).
 */
final class MatrixGrad {
  private MatrixGrad() {}

  static int run(MatrixExpression f, PointOption at, MatrixOptions options, PrintWriter out) {
    Map<String, double[][]> values = at.matrixValues();
    // Values that do not fit the declarations (one missing, one of another shape) are the
    // option's fault: a usage error, before any value is worked out.
    at.fitting(() -> f.explainUndefined(values)).ifPresent(why -> {
      throw new LeibnizException(why);
    });
    String value = MatrixLiterals.format(f.valueAt(values));
    List<String> lines = new ArrayList<>();
    boolean failed = false;
    for (MatrixDerivative d : options.derivatives(f, List.of(), 1)) {
      String kink = d.kinkAt(values);
      if (kink != null) {
        lines.add(d.label() + ": " + OnKink.words(kink));
        continue;
      }
      double[][] g = d.valueAt(values);
      if (finite(g)) {
        lines.add(d.label() + " = " + MatrixLiterals.format(g));
      } else {
        lines.add(d.label() + ": error: " + d.label() + " does not exist at "
            + MatrixLiterals.describe(values, f.variables()));
        failed = true;
      }
    }
    out.println("value = " + value);
    lines.forEach(out::println);
    return failed ? 1 : 0;
  }

  private static boolean finite(double[][] g) {
    for (double[] row : g) {
      for (double v : row) if (!Double.isFinite(v)) return false;
    }
    return true;
  }
}

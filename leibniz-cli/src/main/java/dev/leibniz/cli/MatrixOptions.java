package dev.leibniz.cli;

import dev.leibniz.Layout;
import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import dev.leibniz.MatrixPartial;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --shape "W: 3x4, x: 4"} and {@code --layout gradient|numerator}: the declarations that
 * hold for every expression that uses them (a {@code where} clause on a line wins over them;
 * {@link MatrixExpression#declaresNonScalar} decides) and where a
 * derivative by a vector or matrix puts its rows and columns. Mixed into diff and batch.
 */
final class MatrixOptions {
  @Option(names = "--shape", paramLabel = "DECLARATIONS",
      description = "declare vectors and matrices for every expression, e.g. \"W: 3x4, x: 4\" "
          + "(a 'where' clause on the line wins; a line that uses none of them is scalar)")
  String shape;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "gradient",
      description = "gradient: a derivative by a vector or matrix has its shape; numerator: "
          + "the recitation notes' layout, transposed (default: ${DEFAULT-VALUE})")
  Layout layout;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /** The declarations of {@code --shape}; declarations that do not read are a usage error. */
  Map<String, String> shapes() {
    return shape == null ? Map.of()
        : BadOptionValue.read(command, () -> MatrixExpression.readShapes(shape));
  }

  /**
   * The derivatives of {@code f} for {@code --wrt} and {@code --order}
   * ({@link MatrixExpression#derivatives}): by the chain of {@code variables} repeated
   * {@code order} times, or without any, by each name (every set of {@code order} names).
   */
  List<MatrixDerivative> derivatives(MatrixExpression f, List<String> variables, int order) {
    return f.derivatives(variables, order, layout);
  }

  /**
   * The derivatives of {@link #derivatives}, each given or with why not
   * ({@link MatrixExpression#partials}).
   */
  List<MatrixPartial> partials(MatrixExpression f, List<String> variables, int order) {
    return f.partials(variables, order, layout);
  }

  /** {@code d/dW = ...   [3x4]}, or in LaTeX {@code \frac{\partial f}{\partial W} = ...}. */
  static String line(MatrixDerivative d, TextFormat format) {
    if (format == TextFormat.PLAIN) return d.toString();
    return d.toLatexEquation();
  }
}

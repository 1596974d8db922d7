package dev.leibniz;

import dev.leibniz.matrix.MatrixCheck;
import dev.leibniz.matrix.MatrixDerivatives;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixLatex;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.Shape;

/**
 * A derivative of a {@link MatrixExpression}: the function, the variable, the layout and the
 * result in matrix notation with its shape; it can prove itself numerically
 * ({@link #check()}).
 *
 * <pre>{@code
 * MatrixDerivative d = MatrixExpression.parse("x' A x where x: 3, A: 3x3")
 *     .derivative("x", Layout.GRADIENT);
 * d.result();     // (A + A')*x
 * d.shape();      // 3
 * d.toString();   // d/dx = (A + A')*x   [3]
 * }</pre>
 */
public final class MatrixDerivative {
  private final MatrixExpression function;
  private final String variable;
  private final Layout layout;
  private final MatrixExpr result;

  private MatrixDerivative(MatrixExpression function, String variable, Layout layout,
      MatrixExpr result) {
    this.function = function;
    this.variable = variable;
    this.layout = layout;
    this.result = result;
  }

  static MatrixDerivative of(MatrixExpression f, String variable, Layout layout) {
    Shape shape = f.shapes().getOrDefault(variable, Shape.SCALAR);
    MatrixExpr d = MatrixDerivatives.of(f.tree(), variable, shape, layout.inner());
    return new MatrixDerivative(f, variable, layout, d);
  }

  public MatrixExpression function() {
    return function;
  }

  public String variable() {
    return variable;
  }

  public Layout layout() {
    return layout;
  }

  /** {@code d/dW}. */
  public String label() {
    return "d/d" + variable;
  }

  /** The derivative in the output language: {@code 2*(W*x - y)*x'}. */
  public String result() {
    return MatrixPrinter.print(result);
  }

  /** The derivative in LaTeX. */
  public String toLatex() {
    return MatrixLatex.print(result);
  }

  /** The equation in LaTeX: {@code \frac{\partial f}{\partial W} = } then {@link #toLatex()}. */
  public String toLatexEquation() {
    return "\\frac{\\partial f}{\\partial " + variable + "} = " + toLatex();
  }

  /** Its shape: {@code 3x4}, {@code 4}, {@code 1x4}, {@code scalar}. */
  public String shape() {
    return result.shape().toString();
  }

  /** Proves the result at 3 random points drawn with seed 1 ({@link MatrixCheck}). */
  public MatrixCheckReport check() {
    return check(3, 1);
  }

  /** Proves the result at {@code points} random points drawn with {@code seed}. */
  public MatrixCheckReport check(int points, long seed) {
    Shape shape = function.shapes().getOrDefault(variable, Shape.SCALAR);
    return new MatrixCheckReport(MatrixCheck.check(function.tree(), variable, shape,
        layout.inner(), result, points, seed));
  }

  /** The derivative's value at {@code values} (as {@link MatrixExpression#valueAt}). */
  public double[][] valueAt(java.util.Map<String, double[][]> values) {
    return dev.leibniz.matrix.MatrixValues.of(result, function.at(values)).getData();
  }

  MatrixExpr tree() {
    return result;
  }

  /** {@code d/dW = 2*(W*x - y)*x'   [3x4]}. */
  @Override
  public String toString() {
    return label() + " = " + result() + "   [" + shape() + "]";
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.MatrixCheck;
import dev.leibniz.matrix.MatrixDerivatives;
import dev.leibniz.matrix.MatrixDomain;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixLatex;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.MatrixValues;
import dev.leibniz.matrix.Shape;
import dev.leibniz.matrix.ShapeRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A derivative of a {@link MatrixExpression}: the function, the variables differentiated by in
 * turn, the layout and the result in matrix notation with its shape; it can prove itself
 * numerically ({@link #check()}).
 *
 * <p>A chain of variables differentiates the result of each step again, as the scalar path
 * does: by scalars any number of times (each step keeps the shape), a scalar by a vector and by
 * scalars in either order, and a scalar by a vector then by a vector, which is the Jacobian of
 * the gradient (the Hessian, DxE; in both layouts, since only a gradient is laid out).
 * A step that matrix notation cannot write (a vector by a matrix, ...) is an error naming the
 * derivative asked for.
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
  /** One step of the chain: d/d{@code variable} of {@code before}, in {@code layout}. */
  private record Step(MatrixExpr before, String variable, Shape shape,
      MatrixDerivatives.Layout layout, MatrixExpr result) {}

  private final MatrixExpression function;
  private final List<String> variables;
  private final Layout layout;
  private final List<Step> steps;
  private final MatrixExpr result;

  private MatrixDerivative(MatrixExpression function, List<String> variables, Layout layout,
      List<Step> steps, MatrixExpr result) {
    this.function = function;
    this.variables = List.copyOf(variables);
    this.layout = layout;
    this.steps = List.copyOf(steps);
    this.result = result;
  }

  /**
   * The derivative of {@code f} by {@code variables} in turn. Only a gradient is laid out, so a
   * gradient step takes {@code layout} unless a later step is by a non-scalar (the Hessian is
   * the Jacobian of the gradient as it stands).
   */
  static MatrixDerivative of(MatrixExpression f, List<String> variables, Layout layout) {
    List<Step> steps = new ArrayList<>(variables.size());
    MatrixExpr stage = f.tree();
    for (int k = 0; k < variables.size(); k++) {
      String v = variables.get(k);
      Shape shape = f.shapes().getOrDefault(v, Shape.SCALAR);
      if (k > 0) refuseTensor(stage.shape(), shape, variables.subList(0, k + 1));
      boolean laterByNonScalar = false;
      for (String later : variables.subList(k + 1, variables.size())) {
        laterByNonScalar |= !f.shapes().getOrDefault(later, Shape.SCALAR).isScalar();
      }
      MatrixDerivatives.Layout inner = laterByNonScalar ? MatrixDerivatives.Layout.GRADIENT
          : layout.inner();
      MatrixExpr next = MatrixDerivatives.of(stage, v, shape, inner);
      steps.add(new Step(stage, v, shape, inner, next));
      stage = next;
    }
    return new MatrixDerivative(f, variables, layout, steps, stage);
  }

  /**
   * The derivative of an expression without names, by no variable: 0 in its shape (its tangent
   * by a name no expression has).
   */
  static MatrixDerivative ofConstant(MatrixExpression f) {
    MatrixExpr zero = MatrixDerivatives.of(f.tree(), "", Shape.SCALAR,
        MatrixDerivatives.Layout.GRADIENT);
    return new MatrixDerivative(f, List.of(), Layout.GRADIENT, List.of(), zero);
  }

  /** A step after the first that would be a tensor: the error names the derivative asked for. */
  private static void refuseTensor(Shape stage, Shape by, List<String> chain) {
    String tensor = MatrixDerivatives.tensor(stage, by);
    if (tensor == null) return;
    List<String> before = chain.subList(0, chain.size() - 1);
    String v = chain.get(chain.size() - 1);
    throw new LeibnizException(OperatorLabel.of(chain) + " is d/d" + v + " of "
        + OperatorLabel.of(before) + ", a " + ShapeRules.noun(stage) + ", by a "
        + ShapeRules.noun(by) + ": " + tensor + ", which matrix notation cannot write: out of "
        + "scope");
  }

  public MatrixExpression function() {
    return function;
  }

  /** The variables differentiated by, in order of first use, joined by commas: {@code x,s}. */
  public String variable() {
    return String.join(",", new LinkedHashSet<>(variables));
  }

  /** The variables differentiated by, in the order applied: {@code [x, s]} is d2/ds dx. */
  public List<String> variables() {
    return variables;
  }

  public Layout layout() {
    return layout;
  }

  /** {@code d/dW}, {@code d2/ds dx} for x then s ({@link OperatorLabel}). */
  public String label() {
    return OperatorLabel.of(variables);
  }

  /** The derivative in the output language: {@code 2*(W*x - y)*x'}. */
  public String result() {
    return MatrixPrinter.print(result);
  }

  /**
   * The result as an expression of its own, under the function's declarations: what the REPL's
   * {@code ans} stands for after a line with vectors ({@link MatrixExpression#parse(String, Map,
   * Map)}).
   */
  public MatrixExpression expression() {
    return new MatrixExpression(result, function.shapes());
  }

  /** The derivative in LaTeX. */
  public String toLatex() {
    return MatrixLatex.print(result);
  }

  /** The equation in LaTeX: {@code \frac{\partial f}{\partial W} = } then {@link #toLatex()}. */
  public String toLatexEquation() {
    return variables.isEmpty() ? toLatex() : LatexOperator.of(variables) + " = " + toLatex();
  }

  /** Its shape: {@code 3x4}, {@code 4}, {@code 1x4}, {@code scalar}. */
  public String shape() {
    return result.shape().toString();
  }

  /** Proves the result at 3 random points drawn with seed 1 ({@link MatrixCheck}). */
  public MatrixCheckReport check() {
    return check(3, 1);
  }

  /**
   * Proves the result at {@code points} random points drawn with {@code seed}, step by step:
   * each step's result is proven the derivative of the one before, so the chain is.
   *
   * @throws IllegalArgumentException if {@code points} is less than 1
   */
  public MatrixCheckReport check(int points, long seed) {
    Arguments.positive(points, "points");
    List<MatrixCheck.Report> reports = new ArrayList<>(steps.size());
    for (Step s : steps) {
      MatrixCheck.Report r = MatrixCheck.check(s.before(), s.variable(), s.shape(), s.layout(),
          s.result(), points, seed);
      reports.add(r);
      if (!r.agreed()) break;
    }
    return new MatrixCheckReport(reports, variables);
  }

  /** The derivative's value at {@code values} (as {@link MatrixExpression#valueAt}). */
  public double[][] valueAt(Map<String, double[][]> values) {
    return MatrixValues.of(result, function.at(values)).getData();
  }

  /**
   * The function ({@code relu}) on whose kink at 0 this derivative sits at {@code values}, where
   * its value would be the table's convention rather than a derivative; null where there is
   * none. A kink is the whole derivative's ({@link dev.leibniz.matrix.MatrixDomain}).
   */
  public String kinkAt(Map<String, double[][]> values) {
    var at = function.at(values);
    for (Step s : steps) {
      var f = MatrixDomain.kink(s.before(), s.variable(), at);
      if (f != null) return f.canonicalName();
    }
    return null;
  }

  MatrixExpr tree() {
    return result;
  }

  /** {@code d/dW = 2*(W*x - y)*x'   [3x4]}; by no variable, the function and its shape. */
  @Override
  public String toString() {
    return (variables.isEmpty() ? "" : label() + " = ") + result() + "   [" + shape() + "]";
  }
}

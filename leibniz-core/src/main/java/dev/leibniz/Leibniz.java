package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.Evaluator;

import java.util.List;
import java.util.Map;

/**
 * The static entry points of Leibniz: text in, text or numbers out. Every method is thread-safe
 * and keeps no state between calls.
 *
 * <pre>{@code
 * String d = Leibniz.derivative("x^2*sin(x)", "x");   // "x*(x*cos(x) + 2*sin(x))"
 * double v = Leibniz.evaluate("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)", Map.of("x", 2.0, "z", 3.0));
 * }</pre>
 *
 * <p>Bad input raises {@link LeibnizException} (a {@link dev.leibniz.parse.ParseException} for
 * text that is not an expression) whose {@link LeibnizException#display()} shows the column.
 */
public final class Leibniz {
  private Leibniz() {}

  /** Parses {@code text} into an {@link Expression}. */
  public static Expression parse(String text) {
    return Expression.parse(text);
  }

  /**
   * The partial derivative of {@code expression} by {@code variable} in the shortest form the
   * simplifier finds ({@link Expression#simplify()}), as text: {@code derivative("x/(x+1)", "x")}
   * is {@code 1/(x + 1)^2}. The variable is read as in an expression:
   * {@code derivative("θ^2", "θ")} is {@code 2*theta}. {@link Expression#derivative(String)}
   * gives the form the rules build, without the search.
   *
   * @throws LeibnizException if {@code variable} is not a variable name ({@code ""},
   *     {@code "2"}, {@code "x y"})
   */
  public static String derivative(String expression, String variable) {
    return Expression.parse(expression).derivative(variable).simplify().toString();
  }

  /**
   * The derivative of {@code expression} by {@code variable} under declarations
   * ({@code shapes}: name to {@code "3x4"}, {@code "4"}; a {@code where} clause in the text
   * wins), in matrix notation: {@code derivative("norm2(W x - y)^2", "W", Map.of("W", "3x4",
   * "x", "4", "y", "3"))} is {@code 2*(W*x - y)*x'}. The gradient has the variable's shape; a
   * vector by a vector is the Jacobian. A line that uses no name declared a vector or matrix,
   * nor is differentiated by one ({@link MatrixExpression#declaresNonScalar}), is answered as
   * {@link #derivative(String, String)}.
   */
  public static String derivative(String expression, String variable,
      Map<String, String> shapes) {
    if (!MatrixExpression.declaresNonScalar(expression, shapes, List.of(variable))) {
      return derivative(expression, variable);
    }
    return MatrixExpression.parse(expression, shapes).derivative(variable, Layout.GRADIENT)
        .result();
  }

  /**
   * The backward equations of a program of forward equations ({@link Program}), one per line
   * with its shape: {@code dL/dW_3 = dL/dz_7*z_6'   [2x4]}.
   */
  public static List<String> backprop(String program, Layout layout) {
    return Program.parse(program).backward(layout);
  }

  /**
   * The shortest form of {@code expression} the simplifier finds ({@link Expression#simplify()}),
   * as text.
   */
  public static String simplify(String expression) {
    return Expression.parse(expression).simplify().toString();
  }

  /**
   * Every first partial derivative of {@code expression} at {@code point}, by reverse mode, in
   * variable name order. A partial is NaN where it does not exist: everywhere the expression is
   * undefined, as written ({@link Expression#isDefinedAt}; a derivative is undefined where its
   * function is); where its slope is infinite ({@code sqrt(x)} at 0); and on a kink whose sides
   * disagree ({@code abs(x)} and {@code sign(x)} at 0), while one whose sides agree gives that
   * value ({@code x*abs(x)} at 0: 0.0; {@link Derivative#onKink}). A value too large for a
   * double says nothing about the domain: where the expression's value overflows, each partial
   * is still given ({@code x^2 + 10^300*y^2} at x = 3, y = 1e10: d/dx is 6.0), and only a
   * partial whose own value overflows (d/dy there) is NaN. The point's keys are read as
   * variable names ({@code "θ"} gives {@code theta} its value).
   *
   * @throws LeibnizException if the text is not an expression or a variable has no value
   */
  public static Map<String, Double> gradient(String expression, Map<String, Double> point) {
    return Expression.parse(expression).gradientAt(point);
  }

  /**
   * Every second partial derivative of {@code expression} at {@code point}, by reverse mode over
   * the symbolic gradient (exact to rounding), rows and columns in variable name order:
   * {@code hessian("x^3*y^2", Map.of("x", 1.0, "y", 2.0)).get("y").get("x")} is
   * {@code d2/dy dx = 12.0}, and the matrix is symmetric. An entry is NaN where it does not exist:
   * where the expression is undefined, where the first partial it differentiates is
   * ({@code sqrt(x)*y^2} at x = 0), where its own value is not finite, and on a kink whose sides
   * disagree ({@code x*abs(x)} at 0); on a kink whose sides agree it is their value. As for
   * {@link #gradient}, a value too large for a double says nothing about the domain: where the
   * expression or a first partial overflows, every entry that does not is given
   * ({@code e^(1000*x) + y^2} at x = y = 1: d2/dy2 is 2.0), and only an entry whose own value
   * overflows is NaN. The point's keys are read as variable names.
   *
   * @throws LeibnizException if the text is not an expression or a variable has no value
   */
  public static Map<String, Map<String, Double>> hessian(String expression,
      Map<String, Double> point) {
    return Expression.parse(expression).hessianAt(point);
  }

  /**
   * The variable {@code text} names, read as inside an expression: {@code "θ"} and
   * {@code "theta"} name {@code theta}, {@code " x1 "} names {@code x1}.
   *
   * @throws LeibnizException if {@code text} is blank ({@code missing variable name}) or not a
   *     single variable ({@code 'x y' is not a variable name})
   */
  public static String variableName(String text) {
    return VariableNames.of(text);
  }

  /** The reserved function names of the language, sorted: {@code abs}, {@code acos}, ... */
  public static List<String> functionNames() {
    return dev.leibniz.parse.ExprParser.functionNames();
  }

  /**
   * The value of {@code expression} at {@code point}; NaN outside the real domain (of the input
   * as written, {@link Expression#evaluate}), and NaN too where the value overflows a double
   * ({@code e^x} at 1000), though the point is in the domain there
   * ({@link Expression#isDefinedAt}, {@link Expression#explainUndefined}).
   */
  public static double evaluate(String expression, Map<String, Double> point) {
    return Expression.parse(expression).evaluate(point);
  }

  /**
   * A point as messages write it, every variable in name order: {@code x = 2, y = 0} (whole
   * numbers without {@code .0}).
   */
  public static String describePoint(Map<String, Double> point) {
    return Evaluator.describePoint(Arguments.notNull(point, "point"));
  }

  /**
   * A value as Leibniz writes it for a person: a whole number without a fraction ({@code 6},
   * {@code -1}), any other as the shortest decimal that reads back to it ({@code 0.5},
   * {@code 1.0E-9}, {@code NaN}).
   */
  public static String valueText(double value) {
    return dev.leibniz.print.ValueText.of(value);
  }
}

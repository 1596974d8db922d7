package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Variables;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10: the tape at points where something is undefined. Its values follow the evaluator
 * (an infinite intermediate makes the point undefined); a partial that exists comes out as a
 * number even where the chain rule meets 0 times infinity; one that does not is NaN, never a
 * number; a kink of abs, relu, sign or step is named.
 */
class UndefinedPointsTest {

  /** The tape for {@code text} over its variables in name order, and the point as an array. */
  private record Case(Tape tape, double[] point, Expr f) {
    static Case of(String text, double... point) {
      Expr f = ExprParser.parse(text);
      return new Case(GraphCompiler.compile(f, new ArrayList<>(Variables.of(f))), point, f);
    }

    double[] gradient() {
      double[] out = new double[point.length];
      tape.gradient(point, out);
      return out;
    }

    Map<String, Double> at() {
      Map<String, Double> map = new HashMap<>();
      for (int i = 0; i < point.length; i++) map.put(tape.variables().get(i), point[i]);
      return map;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"atan(1/x)", "tanh(1/x)", "e^(-1/x)", "1/(1 + 1/x)", "x^(1/x)",
      "step(ln(-x))", "sin(x)/x", "y + 1/x", "relu(ln(x)) + 1"})
  void anInfiniteIntermediateMakesTheValueAndGradientUndefined(String text) {
    Case c = Case.of(text, text.contains("y") ? new double[] {0, 1} : new double[] {0});
    assertTrue(Double.isNaN(Evaluator.evaluate(c.f(), c.at())), "evaluator");
    assertTrue(Double.isNaN(c.tape().value(c.point())), "tape");
    for (double d : c.gradient()) assertTrue(Double.isNaN(d), "gradient");
  }

  /** Expression, point, the partials that exist (NaN for none): 0 times infinity resolved. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sqrt(relu(x))           | -1     | 0",
      "(x*y)^(1/3)             | 2, 0   | 0, NaN",
      "cos(4)^(relu(2*x) - 1)  | -1     | 0",
      "asin(sign(x))           | 1      | 0",
      "sqrt(x)*y               | 0, 0   | 0, 0",
      "cbrt(x*y) + x           | 2, 0   | 1, NaN",
      "relu(-x^2)^(1/2)*x      | 1      | 0",
      "x^y                     | 0, 2   | 0, 0",
      "sqrt(x)                 | 0      | NaN",
      "sqrt(x^2)               | 0      | NaN",
      "cos(sqrt(x))            | 0      | NaN",
      "cbrt(x)                 | 0      | NaN",
      "x^x                     | 0      | NaN",
      "acos(x)                 | 1      | NaN",
      "x^y                     | -2, 3  | 12, NaN"})
  void partialsThatExistAreNumbersAndOthersAreNaN(String text, String point, String partials) {
    Case c = Case.of(text, parse(point));
    double[] expected = parse(partials);
    double[] gradient = c.gradient();
    double[] differences = FiniteDifferences.gradient(c.tape()::value, c.point());
    for (int j = 0; j < expected.length; j++) {
      assertEquals(expected[j], gradient[j], 1e-12, text + " d/d" + c.tape().variables().get(j));
      // Where the partial exists, central differences agree (both sides are defined there).
      if (!Double.isNaN(expected[j]) && Double.isFinite(differences[j])) {
        assertEquals(expected[j], differences[j], 1e-6, "finite differences of " + text);
      }
      assertNull(c.tape().kink(j));
    }
  }

  @Test
  void theSymbolicDerivativeAgreesWhereItIsZeroByConstruction() {
    Expr f = ExprParser.parse("asin(sign(x))");
    assertEquals("0", PlainPrinter.print(Differentiator.derivative(f, "x")));
    assertEquals(0.0, Case.of("asin(sign(x))", 1).gradient()[0]);
  }

  /** Expression, point, the function whose kink each partial sits on ("-" for none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "abs(x)               | 0      | abs",
      "relu(x)              | 0      | relu",
      "sign(x) + x          | 0      | sign",
      "step(x)*2            | 0      | step",
      "abs(x)               | 1      | -",
      "abs(x)*y             | 0, 0   | -, -",
      "abs(x)*y             | 0, 1   | abs, -",
      "relu(x) + abs(y)     | 0, 1   | relu, -",
      "sqrt(relu(x) + 1)    | 0      | relu",
      "relu(x - y)          | 1, 1   | relu, relu"})
  void aKinkIsNamedForThePartialsThatPassThroughIt(String text, String point, String kinks) {
    Case c = Case.of(text, parse(point));
    double[] gradient = c.gradient();
    String[] names = kinks.split(",");
    for (int j = 0; j < names.length; j++) {
      MathFunction kink = c.tape().kink(j);
      assertEquals(names[j].trim(), kink == null ? "-" : kink.canonicalName(), text);
      assertTrue(Double.isFinite(gradient[j]), "the convention value stays a number");
    }
  }

  @Test
  void aConstantOnADomainEdgeIsNoObstacle() {
    // acsc has an infinite derivative at 1, but acsc(1) is a constant: d/dx x*acsc(1) = pi/2.
    assertEquals(Math.PI / 2, Case.of("x*acsc(1)", 3).gradient()[0], 1e-15);
    assertEquals(1.0, Case.of("x + asech(1)", 3).gradient()[0]);
  }

  @Test
  void aJacobianRowIsUndefinedOnlyWhenItsOwnOutputIs() {
    Tape tape = GraphCompiler.compile(List.of(ExprParser.parse("sqrt(relu(x))*y"),
        ExprParser.parse("atan(1/x)")), List.of("x", "y"));
    double[][] jacobian = new double[2][2];
    tape.jacobian(new double[] {0, 2}, jacobian);
    // sqrt(relu(x)) has no derivative at 0 (infinite slope from the right)
    assertTrue(Double.isNaN(jacobian[0][0]));
    assertEquals(0.0, jacobian[0][1]);
    assertTrue(Double.isNaN(jacobian[1][0]) && Double.isNaN(jacobian[1][1]));
    tape.jacobian(new double[] {-1, 2}, jacobian);
    assertEquals(0.0, jacobian[0][0]);
    assertEquals(0.0, jacobian[0][1]);
    assertEquals(-0.5, jacobian[1][0], 1e-15);
  }

  private static double[] parse(String list) {
    String[] parts = list.split(",");
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) values[i] = Double.parseDouble(parts[i].trim());
    return values;
  }
}

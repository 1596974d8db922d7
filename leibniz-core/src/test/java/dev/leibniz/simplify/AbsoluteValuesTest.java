package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roots of squares as absolute values, and absolute values dropped where the sign is known: the
 * forms, their values on both sides of every zero and domain edge, and the derivatives that
 * textbooks write with an absolute value.
 */
class AbsoluteValuesTest {
  /** Both sides of 0, 1 and -1, and a hair from them. */
  private static final double[] POINTS =
      {-2.5, -1.000001, -1, -0.999999, -0.3, -1e-4, 0, 1e-4, 0.3, 0.999999, 1, 1.000001, 2.5};

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "sqrt(x^2)                 | abs(x)",
      "sqrt(x^4)                 | x^2",
      "(x^2)^(3/2)               | abs(x)^3",
      "(x^2)^(1/3)               | abs(x)^(2/3)",
      "sqrt(4*x^2)               | 2*abs(x)",
      "sqrt(x^2*y^2)             | abs(x*y)",
      "sqrt((x - 1)^2)           | abs(x - 1)",
      "sqrt(x^-2)                | 1/abs(x)",
      "sqrt(x^2*e^x)             | e^(x/2)*abs(x)",
      "sqrt(cosh(x)^2)           | cosh(x)",
      "sqrt(1 - sin(x)^2)        | abs(cos(x))",
      "abs(e^x)                  | e^x",
      "abs(x^2 + 1)              | x^2 + 1",
      "abs(-x^2 - 1)             | x^2 + 1",
      "abs(-2*x^2*y)             | 2*x^2*abs(y)",
      "abs(1/x)                  | 1/abs(x)",
      "abs(x)^2                  | x^2",
      "abs(sqrt(x) + acos(x))    | sqrt(x) + acos(x)",
      "abs(tanh(x^2))            | tanh(x^2)",
      "x^2/abs(x)                | abs(x)",
      "abs(x)*x^2                | abs(x)^3",
      "(x^6)^(1/3)               | x^2",
      "(abs(x)^3)^(2/3)          | x^2",
      "(sqrt(x)^3)^(1/3)         | sqrt(x)",
      "(x^(2/3))^(3/2)           | x",
      "(x^3)^(1/3)               | (x^3)^(1/3)",
      "x/abs(x)                  | sign(x)",
      "x^3/abs(x)^3              | sign(x)",
      "x^3/abs(x)                | x^3/abs(x)",
  })
  void simplifiedWithTheSameValues(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr simplified = FullSimplifier.simplify(e);
    assertEquals(expected, PlainPrinter.print(simplified));
    for (double x : POINTS) {
      for (double y : new double[] {-1.5, 0, 0.5}) {
        Map<String, Double> at = Map.of("x", x, "y", y);
        double want = Evaluator.evaluate(e, at);
        // Where the input is undefined the result may be defined, as when a common factor
        // cancels (x^2/abs(x) at 0); wherever the input is defined, the values agree.
        if (Double.isFinite(want)) {
          assertEquals(want, Evaluator.evaluate(simplified, at),
              1e-9 * Math.max(1, Math.abs(want)), input + " at " + at);
        }
      }
    }
  }

  @Test
  void aRadicandOfUnknownSignOrNoSquareStaysAsItIs() {
    // sqrt(x^2*y) is 0 at x = 0 for every y, where abs(x)*sqrt(y) is undefined for y < 0.
    for (String input : new String[] {"sqrt(x^2*y)", "sqrt(-x^2)", "sqrt(x^2 + 1)", "abs(x)",
        "abs(x*y)", "abs(sin(x))", "abs(ln(x))", "x^(1/3)"}) {
      Expr e = ExprParser.parse(input);
      assertSame(e, AbsoluteValues.everywhere(e), input);
      assertEquals(PlainPrinter.print(e), PlainPrinter.print(FullSimplifier.simplify(e)), input);
    }
  }

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "asin(sqrt(1 - x^2))       | -sign(x)/sqrt(1 - x^2)",
      "sqrt(1 - tanh(x)^2)       | -sech(x)*tanh(x)",
      "abs(x)^3                  | 3*x*abs(x)",
      "sqrt(x^2)*x               | 2*abs(x)",
      "asinh(tan(x))             | abs(sec(x))",
      "acos((1 - x^2)/(1 + x^2)) | 2*sign(x)/(x^2 + 1)",
      "sqrt(x^2)                 | sign(x)",
  })
  void derivativesWithAnAbsoluteValue(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-6,
        -0.9, -0.4, -0.05, 0.05, 0.3, 0.8);
  }
}

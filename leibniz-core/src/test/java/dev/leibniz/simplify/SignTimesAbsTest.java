package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sign(u)*abs(u)^m = u^m} and {@code sign(u)*u^m = abs(u)^m} for odd m. */
class SignTimesAbsTest {
  /** Either side of zero, down to a hair from it, where sign jumps. */
  private static final double[] POINTS = {-2.5, -0.7, -1e-4, 1e-4, 0.3, 1.9};

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "ln(abs(x))        | 1/x",
      "x*abs(x)          | 2*abs(x)",
      "x^2*sign(x)       | 2*abs(x)",
      "ln(abs(x^3 - 1))  | 3*x^2/(x^3 - 1)",
  })
  void derivativeLosesTheSign(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-6,
        -2.5, -0.7, -0.05, 0.05, 0.3, 1.9);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "sign(x)/abs(x)              | 1/x",
      "sign(x - 1)*abs(x - 1)^3    | (x - 1)^3",
      "sign(x)*x^3 + 1             | abs(x)^3 + 1",
      "sign(x)*abs(x)^2            | x*abs(x)",
  })
  void pairsBecomeThePowerWithTheSameValues(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr rewritten = SignTimesAbs.of(e);
    assertEquals(expected, PlainPrinter.print(rewritten));
    for (double x : POINTS) {
      for (double at : new double[] {x, x + 1}) {
        double want = Evaluator.evaluate(e, Map.of("x", at));
        assertEquals(want, Evaluator.evaluate(rewritten, Map.of("x", at)),
            1e-9 * Math.max(1, Math.abs(want)), input + " at " + at);
      }
    }
  }
}

package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Logarithms to base 10 and 2 meet the natural ones as like terms: derivatives that printed two
 * equal terms, and quotients of natural logarithms written as the function, each with its values.
 */
class LogBasesTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "ln(x)*log10(x)     | 2*log10(x)/x",
      "ln(x)*log2(x)      | 2*log2(x)/x",
      "log2(x)*log10(x)   | 2*log2(x)/(x*ln(10))",
      // nothing to join: as before
      "log10(x)^2         | 2*log10(x)/(x*ln(10))",
      "x*log10(x)         | 1/ln(10) + log10(x)",
  })
  void likeLogarithmsJoin(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-7,
        0.2, 0.9, 1.7, 3.4, 12.5);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "ln(x)/ln(10)           | log10(x)",
      "log(10, x)             | log10(x)",
      "log(2, x^2 + 1)        | log2(x^2 + 1)",
      "log(3, x)              | ln(x)/ln(3)",
      "ln(x)*log2(x)          | ln(x)*log2(x)",
      "log10(x) - ln(x)/ln(10) | 0",
  })
  void simplifiedWithTheSameValues(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr simplified = FullSimplifier.simplify(e);
    assertEquals(expected, PlainPrinter.print(simplified));
    for (double x : new double[] {0.01, 0.5, 1, 2, 10, 1e6}) {
      double want = Evaluator.evaluate(e, Map.of("x", x));
      assertEquals(want, Evaluator.evaluate(simplified, Map.of("x", x)),
          1e-12 * Math.max(1, Math.abs(want)), input + " at " + x);
    }
  }
}

package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A square content out of a radicand: derivatives of the held-back suite (bench/heldback) that
 * SymPy's simplify wrote shorter before this rewrite, and the rewrite's values up to the edge of
 * the radicand's domain.
 */
class RadicandContentTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "asin(x/2)                         | 1/sqrt(4 - x^2)",
      "asinh(x/2)                        | 1/sqrt(x^2 + 4)",
      "x*sqrt(x^2 + 4)/2 - 2*asinh(x/2)  | x^2/sqrt(x^2 + 4)",
      "acos(x/3)                         | -1/sqrt(9 - x^2)",
  })
  void derivativeWithTheContentOutIsShorter(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-6,
        -1.7, -0.4, 0.3, 1.2, 1.9);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "sqrt(1 - x^2/4)          | sqrt(4 - x^2)/2",
      "1/sqrt(x^2/4 + 1)        | 2/sqrt(x^2 + 4)",
      "(4*x^2 - 16)^(3/2)       | 8*(x^2 - 4)^(3/2)",
      "x + (9 - 9*x^2)^(-1/2)   | x + 1/(3*sqrt(1 - x^2))",
  })
  void squareContentComesOutWithTheSameValuesUpToTheEdge(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr rewritten = RadicandContent.pulledOut(e);
    assertEquals(expected, PlainPrinter.print(rewritten));
    // Points inside each domain, some a hair from its edge (x = 2, x = 1 or x = -1).
    for (double x : new double[] {-0.999999, -0.5, 0.0, 0.7, 0.999999, 1.999999, 2.0, 2.5}) {
      double want = Evaluator.evaluate(e, Map.of("x", x));
      double got = Evaluator.evaluate(rewritten, Map.of("x", x));
      if (Double.isNaN(want) || Double.isInfinite(want)) {
        assertTrue(Double.isNaN(got) || Double.isInfinite(got), input + " at " + x + ": " + got);
      } else {
        assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), input + " at " + x);
      }
    }
  }

  @Test
  void aContentThatIsNoSquareOrNoRadicalStaysAsItIs() {
    for (String input : new String[] {"sqrt(2*x + 2)", "sqrt(x^2 + 4)", "(x^2/4 + 1)^2",
        "sin(x)/4 + 1"}) {
      Expr e = ExprParser.parse(input);
      assertSame(e, RadicandContent.pulledOut(e), input);
    }
  }
}

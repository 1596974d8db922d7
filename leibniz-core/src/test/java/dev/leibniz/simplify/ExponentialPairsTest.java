package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Sum;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Terms that differ only in the sign of an exponent of e join as cosh or sinh, with the same
 * value at every point: the rewrite is checked as a string and at points on both sides of 0.
 */
class ExponentialPairsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "e^x + e^(-x)                  | 2*cosh(x)",
      "e^x/2 - e^(-x)/2              | sinh(x)",
      "e^(-x) - e^x                  | -2*sinh(x)",
      "3*y*e^(x*y) + 3*y*e^(-x*y)    | 6*y*cosh(x*y)",
      "e^(1 - x) - e^(x - 1) + x     | x - 2*sinh(x - 1)",
      "e^x*x + e^(-x) + x*e^(-x)     | 2*x*cosh(x) + e^(-x)",
      "x*(e^x - e^(-x)) + e^x + e^(-x) | 2*x*sinh(x) + 2*cosh(x)"})
  void pairsJoinWithTheSameValue(String input, String joined) {
    Expr e = ExprParser.parse(input);
    Expr out = ExponentialPairs.everywhere(e);
    assertEquals(joined, PlainPrinter.print(out));
    for (double x : new double[] {-2.3, -0.4, 0.7, 1.9}) {
      Map<String, Double> at = Map.of("x", x, "y", 0.6);
      double want = Evaluator.evaluate(e, at);
      assertEquals(want, Evaluator.evaluate(out, at), 1e-12 * Math.max(1, Math.abs(want)));
    }
  }

  /** Not a pair: other coefficients, other rests, or exponents that are not opposite. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "e^x + 2*e^(-x)", "e^x + y*e^(-x)", "e^x + e^(-2*x)", "e^x + e^(x^2)"})
  void otherSumsStay(String input) {
    Sum s = (Sum) ExprParser.parse(input);
    assertSame(s, ExponentialPairs.joined(s));
  }
}

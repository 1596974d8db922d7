package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Sum;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import java.util.function.UnaryOperator;
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
      "x*(e^x - e^(-x)) + e^x + e^(-x) | 2*x*sinh(x) + 2*cosh(x)",
      // At the exponent that does not read negative, whatever the order of the terms.
      "e^(-y/2 - 1) + e^(y/2 + 1)    | 2*cosh(y/2 + 1)",
      "e^(y/2 + 1) + e^(-y/2 - 1)    | 2*cosh(y/2 + 1)",
      "e^(-2*y - sin(x)) - e^(2*y + sin(x)) | -2*sinh(2*y + sin(x))",
      "e^(x - 1) - e^(1 - x)         | 2*sinh(x - 1)"})
  void pairsJoinWithTheSameValue(String input, String joined) {
    assertRewrittenAlike(input, ExponentialPairs::everywhere, joined);
  }

  /**
   * In the full simplifier: a quotient of pairs is tanh, and a reciprocal whose base has no pair
   * keeps the form it had ({@code 1/(-z - 1)} is {@code -1/(z + 1)}).
   */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "(e^x - e^(-x))/(e^x + e^(-x)) | tanh(x)",
      "1/(e^x + e^(-x))              | sech(x)/2",
      "1/(-z - 1)                    | -1/(z + 1)",
      "cos(x/(-1 - z))               | cos(x/(z + 1))"})
  void theSimplifierFindsThemAlone(String input, String simplest) {
    assertRewrittenAlike(input, FullSimplifier::simplify, simplest);
  }

  /** {@code input} rewritten prints {@code expected}, with the same value at points of x. */
  private static void assertRewrittenAlike(String input, UnaryOperator<Expr> rewrite,
      String expected) {
    Expr e = ExprParser.parse(input);
    Expr out = rewrite.apply(e);
    assertEquals(expected, PlainPrinter.print(out));
    for (double x : new double[] {-2.3, -0.4, 0.7, 1.9}) {
      Map<String, Double> at = Map.of("x", x, "y", 0.6, "z", 0.6);
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

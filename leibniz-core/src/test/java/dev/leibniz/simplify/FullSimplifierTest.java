package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code simplify} does and, as much, what it must not do: every rewrite keeps the value
 * wherever the input is defined, checked at points on both sides of zero.
 */
class FullSimplifierTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      // common denominators and cancellation
      "1/(x+1) - x/(x+1)^2           | 1/(x + 1)^2",
      "(x^2 - 1)/(x - 1)             | x + 1",
      "x/(x+1) - 1/(x+1) + (x^2-1)/(x-1) | x*(x + 3)/(x + 1)",
      "1/x - 1/x^2                   | (x - 1)/x^2",
      "e^x/(e^x + 1) - e^(2x)/(e^x + 1)^2 | e^x/(e^x + 1)^2",
      "(x^2 + 2x + 1)/(x^2 - 1)      | (x + 1)/(x - 1)",
      // factors
      "x^3 + 3x^2 + 3x + 1 - (x+1)^3 + (x-1)*(x+1)^2*(5x-1) | (x - 1)*(x + 1)^2*(5*x - 1)",
      "2x - x^2                      | x*(2 - x)",
      // radicals and powers
      "sqrt(x)*sqrt(x)               | x",
      "x/sqrt(x)                     | sqrt(x)",
      "(x/sqrt(x^2+1) + 1)/(x + sqrt(x^2+1)) | 1/sqrt(x^2 + 1)",
      // identities
      "sin(x)/cos(x)                 | tan(x)",
      "sec(x)^2 - 1                  | tan(x)^2",
      "1 - cos(x)^2                  | sin(x)^2",
      "2cos(x)^2 - 2sin(x)^2         | 2*cos(2*x)",
      "2sin(x)*cos(x)                | sin(2*x)",
      "cosh(x)^2 - sinh(x)^2         | 1",
      // sound on the real domain: a root of a square is an absolute value, never the base
      "sqrt(x^2)                     | abs(x)",
      "ln(x^2)                       | ln(x^2)",
      "(x^2)^(1/2)*x                 | x*abs(x)",
      "2^(2x) - 4^x                  | 2^(2*x) - 4^x",
  })
  void simplifiesSoundly(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr s = FullSimplifier.simplify(e);
    assertEquals(expected, PlainPrinter.print(s));
    assertEquals(s, FullSimplifier.simplify(s), "simplifying again changes nothing");
    for (double x : new double[] {-2.5, -0.7, 0.3, 1.7, 3.1}) {
      double want = Evaluator.evaluate(e, Map.of("x", x));
      if (!Double.isFinite(want)) continue;
      double got = Evaluator.evaluate(s, Map.of("x", x));
      assertTrue(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)),
          input + " at x = " + x + ": " + want + " but " + expected + " gives " + got);
    }
  }
}

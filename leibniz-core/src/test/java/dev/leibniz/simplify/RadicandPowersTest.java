package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Negative powers of a variable out of a radicand ({@link RadicandPowers}, applied by
 * {@link RadicandContent}): the derivatives of the inverse functions of {@code 1/x} as a textbook
 * writes them, proven against finite differences on both sides of 0 where the function is
 * defined there, and the rewrite's values over random radicands and exponents.
 */
class RadicandPowersTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "acos(1/x)   | 1/(abs(x)*sqrt(x^2 - 1))   | -3.1, -1.4, 1.3, 2.7",
      "asin(1/x)   | -1/(abs(x)*sqrt(x^2 - 1))  | -3.1, -1.4, 1.3, 2.7",
      "asec(1/x)   | -1/sqrt(1 - x^2)           | -0.8, -0.3, 0.4, 0.9",
      "acsc(1/x)   | 1/sqrt(1 - x^2)            | -0.8, -0.3, 0.4, 0.9",
      "asinh(1/x)  | -1/(abs(x)*sqrt(x^2 + 1))  | -2.2, -0.6, 0.5, 1.9",
      "acsch(1/x)  | 1/sqrt(x^2 + 1)            | -2.2, -0.6, 0.5, 1.9",
      "asin(2/x)   | -2/(abs(x)*sqrt(x^2 - 4))  | -3.1, -2.4, 2.3, 4.7",
      "acos(1/x^2) | 2/(x*sqrt(x^4 - 1))        | -3.1, -1.4, 1.3, 2.7",
      "asin(1/x^3) | -3/(abs(x)*sqrt(x^6 - 1))  | -3.1, -1.4, 1.3, 2.7",
      // acosh(1/x) is defined for 0 < x <= 1 only, asech(1/x) for x >= 1 only.
      "acosh(1/x)  | -1/(abs(x)*sqrt(1 - x^2))  | 0.2, 0.5, 0.9",
      "asech(1/x)  | sign(x)/sqrt(x^2 - 1)      | 1.2, 2.5, 4.0",
  })
  void derivativeWithThePowersOutIsTheTextbookForm(String function, String expected,
      String points) {
    String[] cells = points.split(",");
    double[] xs = new double[cells.length];
    for (int i = 0; i < xs.length; i++) xs[i] = Double.parseDouble(cells[i].trim());
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-7, xs);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "sqrt(1 + 1/x^2)           | sqrt(x^2 + 1)/abs(x)",
      "sqrt(1 - 1/x^2)           | sqrt(x^2 - 1)/abs(x)",
      "1/sqrt(1/x^2 + 1)         | abs(x)/sqrt(x^2 + 1)",
      "(1 - 1/x^2)^(3/2)         | (x^2 - 1)^(3/2)/abs(x)^3",
      "(1/x^2 + 1)^(-3/2)        | abs(x)^3/(x^2 + 1)^(3/2)",
      "sqrt(1 - 1/x^4)           | sqrt(x^4 - 1)/x^2",
      "sqrt(x + 1/x)             | sqrt(x^3 + x)/abs(x)",
      "sqrt(1/(4*x^2) + 1)       | sqrt(4*x^2 + 1)/(2*abs(x))",
      "1/(x^2*sqrt(1 - 1/x^2))   | 1/(abs(x)*sqrt(x^2 - 1))",
      "sqrt(1/x^2 + 1/y^2)       | sqrt(x^2 + y^2)/(abs(x)*abs(y))",
  })
  void powersComeOutWithTheSameValuesWhereTheInputIsDefined(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr rewritten = RadicandContent.pulledOut(e);
    assertEquals(expected, PlainPrinter.print(rewritten));
    for (double x : new double[] {-3.5, -1.000001, -0.999999, -0.5, 0.5, 0.999999, 1.000001, 3}) {
      for (double y : new double[] {-1.5, 0.7}) {
        assertAgreesWhereDefined(e, rewritten, Map.of("x", x, "y", y), input);
      }
    }
  }

  @Test
  void aRadicandWithoutNegativePowersOfAVariableStaysAsItIs() {
    for (String input : new String[] {"sqrt(x^2 + 1)", "sqrt(1/sin(x)^2 + 1)",
        "sqrt(x^(-1/2) + 1)", "(1/x^2 + 1)^2", "(1/x^2 + 1)^(1/3)", "1/x^2 + 1"}) {
      Expr e = ExprParser.parse(input);
      assertSame(e, RadicandContent.pulledOut(e), input);
    }
  }

  /**
   * Random radicands of two or three terms with powers of x from -4 to 2 (and of y from -2 to
   * 1), raised to k/2 for k = 1, -1, 3, -3 and multiplied by a power of x: the rewrite, and the
   * whole simplification, keep the value at every point where the input is defined, x and y of
   * either sign, and the simplified form is a fixed point.
   */
  @Test
  void rewriteKeepsTheValueWhereverTheInputIsDefined() {
    Random random = new Random(20261130L);
    String[] coefficients = {"1", "-1", "2", "-3", "1/4", "-9/4"};
    int[] ks = {1, -1, 3, -3};
    int rewritten = 0;
    for (int i = 0; i < 300; i++) {
      StringBuilder radicand = new StringBuilder();
      int terms = 2 + random.nextInt(2);
      for (int t = 0; t < terms; t++) {
        if (t > 0) radicand.append(" + ");
        radicand.append('(').append(coefficients[random.nextInt(coefficients.length)])
            .append(")*x^(").append(random.nextInt(7) - 4).append(")*y^(")
            .append(random.nextInt(4) - 2).append(')');
      }
      int k = ks[random.nextInt(ks.length)];
      String input = "x^(" + (random.nextInt(5) - 3) + ")*(" + radicand + ")^(" + k + "/2)";
      Expr e = ExprParser.parse(input);
      Expr pulled = RadicandContent.pulledOut(e);
      if (pulled != e) rewritten++;
      Expr simplified = FullSimplifier.simplify(e);
      String shown = input + " -> " + PlainPrinter.print(pulled) + ", simplified "
          + PlainPrinter.print(simplified);
      assertEquals(simplified, FullSimplifier.simplify(simplified), "not a fixed point: " + shown);
      for (int p = 0; p < 12; p++) {
        Map<String, Double> at = Map.of("x", (random.nextDouble() * 6 - 3),
            "y", (random.nextDouble() * 6 - 3));
        assertAgreesWhereDefined(e, pulled, at, shown);
        assertAgreesWhereDefined(e, simplified, at, shown);
      }
    }
    assertTrue(rewritten > 150, "radicands rewritten: " + rewritten);
  }

  private static void assertAgreesWhereDefined(Expr input, Expr output, Map<String, Double> at,
      String shown) {
    double want = Evaluator.evaluate(input, at);
    if (!Double.isFinite(want) || Math.abs(want) > 1e8) return;
    double got = Evaluator.evaluate(output, at);
    assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), shown + " at " + at);
  }
}

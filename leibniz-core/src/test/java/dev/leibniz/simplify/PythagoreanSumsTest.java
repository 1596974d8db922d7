package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code t - t*tanh(u)^2 = t*sech(u)^2} and its kin: each pair joined is no longer, has the
 * same value at points on both sides of 0 and near pi/2, and is undefined where the pair is
 * (coth, csch and cot at 0).
 */
class PythagoreanSumsTest {
  private static final double[] POINTS = {-2.7, -1.2, -0.4, 0.3, 1.1, 1.5707963, 2.4};

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "1 - tanh(x)^2                | sech(x)^2",
      "y - y*tanh(2*x)^2            | y*sech(2*x)^2",
      "tanh(x) - tanh(x)^3          | sech(x)^2*tanh(x)",
      "3*x - 3*x*coth(x)^2 + 1      | 1 - 3*x*csch(x)^2",
      "x + x*csch(x)^2              | x*coth(x)^2",
      "2 + 2*cot(x)^2               | 2*csc(x)^2",
      "x*(1 - tanh(x)^2) + tanh(x)  | x*sech(x)^2 + tanh(x)",
      "sqrt(1 - tanh(x)^2 + x^2)    | sqrt(x^2 + sech(x)^2)",
  })
  void pairsJoinIntoOneTerm(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr joined = PythagoreanSums.everywhere(e);
    assertEquals(expected, PlainPrinter.print(joined));
    assertTrue(OperationCount.of(joined) <= OperationCount.of(e), "no longer");
    for (double x : POINTS) {
      double want = Evaluator.evaluate(e, Map.of("x", x, "y", 0.7));
      assertEquals(want, Evaluator.evaluate(joined, Map.of("x", x, "y", 0.7)),
          1e-9 * Math.max(1, Math.abs(want)), input + " at " + x);
    }
  }

  @ParameterizedTest(name = "{0} at 0")
  @ValueSource(strings = {"3*x - 3*x*coth(x)^2 + 1", "x + x*csch(x)^2", "2 + 2*cot(x)^2"})
  void aJoinedPairIsUndefinedWhereThePairIs(String input) {
    Expr e = ExprParser.parse(input);
    Map<String, Double> zero = Map.of("x", 0.0);
    assertTrue(Double.isNaN(Evaluator.evaluate(e, zero))
        || Double.isInfinite(Evaluator.evaluate(e, zero)), input);
    double joined = Evaluator.evaluate(PythagoreanSums.everywhere(e), zero);
    assertTrue(Double.isNaN(joined) || Double.isInfinite(joined), input + " joined: " + joined);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "1 + tanh(x)^2", "2 - tanh(x)^2", "1 - tanh(y)^2*tanh(x)", "1 - coth(x)^2*y",
      "sin(x)^2 + cos(x)^3", "x - x*tanh(x)",
  })
  void otherSumsAreLeftAsTheyAre(String input) {
    Expr e = ExprParser.parse(input);
    assertSame(e, PythagoreanSums.everywhere(e));
  }
}

package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Tangents and secants over sines and cosines: derivatives from the held-back suite
 * (bench/heldback) that SymPy's simplify wrote shorter before this rewrite, each checked as a
 * string and against finite differences at points where the function is defined.
 */
class SineCosineFormTest {
  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "tan(x)*cos(x)       | cos(x)",
      "1/(1 + tan(x)^2)    | -sin(2*x)",
      "cot(x)*sin(x)       | -sin(x)",
  })
  void derivativeOverSineAndCosineIsShorter(String function, String expected) {
    DerivativeAgreement.assertSimplifiedDerivative(function, expected, 1e-7, -1.3, -0.2, 0.4, 1.1);
  }

  @Test
  void everyTangentAndSecantBecomesSineAndCosineWithTheSameValues() {
    Expr e = ExprParser.parse("tan(x)*sec(2*x) - cot(x)^2 + csc(x) + tanh(x)*sech(x) - coth(x)*csch(x)");
    Expr rewritten = SineCosineForm.of(e);
    String printed = PlainPrinter.print(rewritten);
    for (String gone : new String[] {"tan", "cot", "sec", "csc"}) {
      assertFalse(printed.contains(gone), printed);
    }
    for (double x : new double[] {-1.2, -0.3, 0.5, 1.3}) {
      double want = Evaluator.evaluate(e, Map.of("x", x));
      assertEquals(want, Evaluator.evaluate(rewritten, Map.of("x", x)),
          1e-9 * Math.max(1, Math.abs(want)), "at " + x);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "tan(x)*cos(x)            | true",
      "sech(y)*cosh(y) + x      | true",
      "1/tanh(x) + x            | true",
      "x/(y*sec(x))             | true",
      "1 + tan(x)^2             | true",
      "1 - tanh(x)^2            | false",
      "x*tanh(x) + tanh(y)^3    | false",
      "tanh(x)*cosh(y)          | false",
      "tan(2*x)*cos(x)          | false",
      "1/(tanh(x) + 1)          | false",
      "sin(tan(x))*cos(tan(x))  | false",
  })
  void theShapeTestSeesWhereSinesAndCosinesCanMeet(String expression, boolean expected) {
    assertEquals(expected, SineCosineForm.canShorten(ExprParser.parse(expression)));
  }

  /**
   * The claim behind {@link SineCosineForm#canShorten}: where it answers false, no form built
   * from the rewrite (its rational forms, written back with tangents and secants) is shorter than
   * the best of the forms the simplifier builds without it. Where it answers true, the rewrite
   * must find something shorter often enough that the test is not idle.
   */
  @Test
  void whereTheShapeTestSaysNoTheRewriteFindsNothingShorter() {
    Random random = new Random(20261129L);
    RandomForms.GateTally tally = new RandomForms.GateTally();
    for (int i = 0; i < 3000; i++) {
      Expr e = RandomForms.random(random, 3, ATOMS);
      Expr rewritten = SineCosineForm.of(e);
      if (!rewritten.equals(e)) tally.add(e, rewritten, SineCosineForm.canShorten(e));
    }
    assertTrue(tally.refused > 600, "refused " + tally.refused);
    assertTrue(tally.shortenedWhereAllowed > 200, "shortened " + tally.shortenedWhereAllowed);
  }

  private static final String[] ATOMS = {"tan(x)", "tanh(x)", "cot(x)", "sec(x)", "csc(x)",
      "sech(x)", "coth(x)", "csch(x)", "sin(x)", "cos(x)", "sinh(x)", "cosh(x)", "tanh(y)",
      "tan(x + 1)", "x", "y", "2", "3"};
}

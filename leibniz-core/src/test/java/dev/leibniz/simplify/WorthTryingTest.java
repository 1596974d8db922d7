package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.SEC;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.SINH;
import static dev.leibniz.expr.MathFunction.TAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shape tests that keep the Pythagorean and product-to-sum rewrites for where they can pay:
 * their answers on typical shapes, and the claim behind them on a seeded random family: where a
 * test answers false, no form built from the rewrite is shorter than the best form built without
 * it.
 */
class WorthTryingTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "1 - cos(x)^2                  | true",
      "y*cos(x)^2 - y + z            | true",
      "cos(x)^2/(1 - sin(x))         | true",
      "cos(x)^2 - sin(x)^2           | true",
      "y*cos(x)^2 + z                | false",
      "cos(x)^2*sin(y)               | false",
      "cos(x)^2 - sin(2*x)           | false",
      "sin(cos(x)^2 - 1)             | false",
  })
  void pythagoreanPaysWhereASquareMeetsItsPartnerOrItsTerms(String e, boolean expected) {
    assertEquals(expected, WorthTrying.pythagorean(ExprParser.parse(e), COS, SIN));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "2*sin(x + 1)*cos(x - 1)                       | true",
      "cos(x)*cos(x - z) - sin(x)*sin(x - z)         | true",
      "cos(a)*cos(b) - sin(a)*sin(b)                 | true",
      "sin(2*x)*cos(x)                               | true",
      "sin(x)*cos(y)                                 | false",
      "y*sin(x)*cos(y) + sin(z)                      | false",
      "sin(x)*cos(x)                                 | false",
  })
  void productToSumPaysWhereArgumentsCollectOrPairsRepeat(String e, boolean expected) {
    assertEquals(expected, WorthTrying.productToSum(ExprParser.parse(e)));
  }

  /** A Pythagorean rewrite: f(u)^2 written by identity(u), in terms of its partner g. */
  private record Square(MathFunction f, MathFunction g, UnaryOperator<Expr> identity) {}

  private static final String[] ATOMS = {"sin(x)", "cos(x)", "sin(y)", "cos(y)", "sin(x + y)",
      "cos(x - 1)", "sin(2*x)", "tan(x)", "sec(x)", "sinh(x)", "cosh(x)", "sin(v)", "cos(w)",
      "x", "y", "1", "2"};

  @Test
  void whereThePythagoreanTestSaysNoTheRewriteFindsNothingShorter() {
    List<Square> identities = List.of(
        new Square(COS, SIN, u -> Expr.difference(Expr.num(1), sq(SIN, u))),
        new Square(SIN, COS, u -> Expr.difference(Expr.num(1), sq(COS, u))),
        new Square(SEC, TAN, u -> Expr.sum(Expr.num(1), sq(TAN, u))),
        new Square(TAN, SEC, u -> Expr.difference(sq(SEC, u), Expr.num(1))),
        new Square(COSH, SINH, u -> Expr.sum(Expr.num(1), sq(SINH, u))));
    Random random = new Random(20261129L);
    RandomForms.GateTally tally = new RandomForms.GateTally();
    for (int i = 0; i < 6000; i++) {
      Expr e = RandomForms.random(random, 3, ATOMS);
      Square id = identities.get(i % identities.size());
      Expr rewritten = TrigRewrites.evenPowers(e, id.f(), id.identity());
      if (!rewritten.equals(e)) tally.add(e, rewritten, WorthTrying.pythagorean(e, id.f(), id.g()));
    }
    assertTrue(tally.refused > 250, "refused " + tally.refused);
    assertTrue(tally.shortenedWhereAllowed >= 2, "shortened " + tally.shortenedWhereAllowed);
  }

  @Test
  void whereTheProductToSumTestSaysNoTheRewriteFindsNothingShorter() {
    Random random = new Random(20261130L);
    RandomForms.GateTally tally = new RandomForms.GateTally();
    for (int i = 0; i < 6000; i++) {
      Expr e = RandomForms.random(random, 3, ATOMS);
      Expr rewritten = ProductToSum.of(e);
      if (!rewritten.equals(e)) tally.add(e, rewritten, WorthTrying.productToSum(e));
    }
    assertTrue(tally.refused > 100, "refused " + tally.refused);
    assertTrue(tally.shortenedWhereAllowed >= 2, "shortened " + tally.shortenedWhereAllowed);
  }

  private static Expr sq(MathFunction f, Expr u) {
    return Expr.power(Expr.call(f, u), 2);
  }
}

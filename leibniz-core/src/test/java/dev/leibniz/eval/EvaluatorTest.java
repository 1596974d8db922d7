package dev.leibniz.eval;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.exp;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.quotient;
import static dev.leibniz.expr.Expr.sqrt;
import static dev.leibniz.expr.Expr.sum;
import static dev.leibniz.expr.Expr.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values of expressions at points, and what {@link Evaluator} says when there is none. */
class EvaluatorTest {
  private static final Expr X = var("x");
  private static final Expr Z = var("z");

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * 1e-12, () -> "got " + actual);
  }

  private static double at(Expr e, double x) {
    return Evaluator.evaluate(e, Map.of("x", x));
  }

  @Test
  void theLectureFunction() {
    Expr lnx = call(MathFunction.LN, X);
    Expr f = sum(exp(product(X, Z)), quotient(product(X, Z), lnx),
        quotient(call(MathFunction.SIN, lnx), product(X, Z)));
    assertClose(412.19145728412116, Evaluator.evaluate(f, Map.of("x", 2.0, "z", 3.0)));
  }

  @Test
  void numbersConstantsAndPowers() {
    assertEquals(0.5, Evaluator.evaluate(num(Rational.of(1, 2)), Map.of()));
    assertEquals(Math.PI, Evaluator.evaluate(Constant.PI, Map.of()));
    assertEquals(Math.E, Evaluator.evaluate(Constant.E, Map.of()));
    assertEquals(9.0, at(power(X, 2), 3));
    assertEquals(0.25, at(power(X, -2), 2));
    assertEquals(3.0, at(sqrt(X), 9));
    assertClose(8.0, at(power(X, num(Rational.of(3, 2))), 4));
    assertClose(Math.exp(2), at(exp(X), 2));
    assertClose(-8.0, at(power(X, 3), -2));
    assertEquals(Double.POSITIVE_INFINITY, at(power(X, -1), 0));
  }

  @Test
  void realArithmeticGivesNaNRatherThanComplexValues() {
    assertTrue(Double.isNaN(at(call(MathFunction.LN, X), -1)));
    assertTrue(Double.isNaN(at(sqrt(X), -1)));
    assertTrue(Double.isNaN(at(power(X, num(Rational.of(1, 3))), -8)));
    assertTrue(Double.isNaN(Evaluator.evaluate(power(num(-8), num(Rational.of(1, 3))), Map.of())));
    assertEquals(-2.0, at(call(MathFunction.CBRT, X), -8));
  }

  @Test
  void aMissingVariableIsNamed() {
    LeibnizException e = assertThrows(EvaluationException.class,
        () -> Evaluator.evaluate(sum(X, var("y")), Map.of("x", 1.0)));
    assertEquals("no value for variable 'y'", e.getMessage());
  }

  @Test
  void explainsTheInnermostUndefinedNode() {
    assertEquals("ln undefined at x = -1",
        Evaluator.explainUndefined(call(MathFunction.LN, X), Map.of("x", -1.0)).orElseThrow());
    assertEquals("x^(1/2) undefined at x = -1",
        Evaluator.explainUndefined(sqrt(X), Map.of("x", -1.0)).orElseThrow());
    assertEquals("division by zero at x = 0",
        Evaluator.explainUndefined(quotient(num(1), X), Map.of("x", 0.0)).orElseThrow());
    assertEquals("ln undefined at x = -1, z = 3",
        Evaluator.explainUndefined(sum(Z, call(MathFunction.LN, X)), Map.of("z", 3.0, "x", -1.0))
            .orElseThrow());
    assertEquals("ln undefined at x = 0.5", Evaluator.explainUndefined(
        sqrt(call(MathFunction.LN, call(MathFunction.LN, X))), Map.of("x", 0.5)).orElseThrow());
    assertEquals("(-8)^(1/3) undefined", Evaluator.explainUndefined(
        power(num(-8), num(Rational.of(1, 3))), Map.of()).orElseThrow());
    assertEquals("e^x overflows at x = 1000",
        Evaluator.explainUndefined(exp(X), Map.of("x", 1000.0)).orElseThrow());
  }

  @Test
  void explainsNothingWhenTheValueIsFinite() {
    assertTrue(Evaluator.explainUndefined(call(MathFunction.LN, X), Map.of("x", 2.0)).isEmpty());
    // 1/x is infinite at 0, but atan of it is finite: nothing to explain.
    assertTrue(Evaluator.explainUndefined(call(MathFunction.ATAN, power(X, -1)),
        Map.of("x", 0.0)).isEmpty());
  }

  @Test
  void anUndefinedPartThatDoesNotMatterIsNotBlamed() {
    Expr f = sum(call(MathFunction.ATAN, power(X, -1)), call(MathFunction.LN, sum(X, num(-1))));
    assertEquals("ln undefined at x = 0", Evaluator.explainUndefined(f, Map.of("x", 0.0))
        .orElseThrow());
  }

  @Test
  void deepTreesEvaluate() {
    Expr e = X;
    for (int i = 0; i < 1000; i++) e = call(MathFunction.SIN, e);
    assertTrue(Math.abs(at(e, 1)) < 0.1);
  }
}

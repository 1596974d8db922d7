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
    // An infinite value is no value: the point is undefined.
    assertTrue(Double.isNaN(at(power(X, -1), 0)));
  }

  @Test
  void realArithmeticGivesNaNRatherThanComplexValues() {
    assertTrue(Double.isNaN(at(call(MathFunction.LN, X), -1)));
    assertTrue(Double.isNaN(at(sqrt(X), -1)));
    assertTrue(Double.isNaN(at(power(X, num(Rational.of(1, 3))), -8)));
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
    assertEquals("sqrt(x) undefined at x = -1",
        Evaluator.explainUndefined(sqrt(X), Map.of("x", -1.0)).orElseThrow());
    assertEquals("division by zero at x = 0",
        Evaluator.explainUndefined(quotient(num(1), X), Map.of("x", 0.0)).orElseThrow());
    assertEquals("ln undefined at x = -1, z = 3",
        Evaluator.explainUndefined(sum(Z, call(MathFunction.LN, X)), Map.of("z", 3.0, "x", -1.0))
            .orElseThrow());
    assertEquals("ln undefined at x = 0.5", Evaluator.explainUndefined(
        sqrt(call(MathFunction.LN, call(MathFunction.LN, X))), Map.of("x", 0.5)).orElseThrow());
    assertEquals("x^(1/3) undefined at x = -8", Evaluator.explainUndefined(
        power(X, num(Rational.of(1, 3))), Map.of("x", -8.0)).orElseThrow());
    assertEquals("e^x overflows at x = 1000",
        Evaluator.explainUndefined(exp(X), Map.of("x", 1000.0)).orElseThrow());
  }

  @Test
  void explainsNothingWhenTheValueIsFinite() {
    assertTrue(Evaluator.explainUndefined(call(MathFunction.LN, X), Map.of("x", 2.0)).isEmpty());
  }

  /** Issue 10: an infinite intermediate was absorbed into a number by what came after it. */
  @Test
  void anInfiniteIntermediateMakesThePointUndefined() {
    Map<String, Double> zero = Map.of("x", 0.0);
    Expr[] absorbing = {
      call(MathFunction.ATAN, power(X, -1)),                       // atan(1/x) -> pi/2
      call(MathFunction.TANH, power(X, -1)),                       // tanh(1/x) -> 1
      exp(product(num(-1), power(X, -1))),                         // e^(-1/x) -> 0
      power(sum(num(1), power(X, -1)), -1),                        // 1/(1 + 1/x) -> 0
      call(MathFunction.STEP, call(MathFunction.LN, product(num(-1), X))),  // step(NaN) -> 0
      power(X, power(X, -1)),                                      // x^(1/x): pow(0, inf) -> 0
    };
    for (Expr e : absorbing) {
      assertTrue(Double.isNaN(Evaluator.evaluate(e, zero)), () -> e + " has a value at 0");
      assertTrue(Evaluator.explainUndefined(e, zero).isPresent(), () -> e + " unexplained");
    }
    assertEquals("division by zero at x = 0",
        Evaluator.explainUndefined(absorbing[0], zero).orElseThrow());
  }

  @Test
  void theFirstUndefinedPartIsBlamedEvenIfLaterAbsorbed() {
    Expr f = sum(call(MathFunction.ATAN, power(X, -1)), call(MathFunction.LN, sum(X, num(-1))));
    assertEquals("division by zero at x = 0", Evaluator.explainUndefined(f, Map.of("x", 0.0))
        .orElseThrow());
  }

  @Test
  void longNumbersAreShortInMessages() {
    Expr huge = num(Rational.parseDecimal("1e400"));
    assertEquals("the number 1e400 overflows",
        Evaluator.explainUndefined(huge, Map.of()).orElseThrow());
    Expr odd = num(Rational.parseDecimal("-1234567e400"));
    assertEquals("the number -1.2346e406 overflows",
        Evaluator.explainUndefined(odd, Map.of()).orElseThrow());
  }

  @Test
  void deepTreesEvaluate() {
    Expr e = X;
    for (int i = 0; i < 1000; i++) e = call(MathFunction.SIN, e);
    assertTrue(Math.abs(at(e, 1)) < 0.1);
  }
}

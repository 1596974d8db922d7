package dev.leibniz.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A value surely not 0 that a double holds as 0 underflowed: what fails on it says so, and, as an
 * overflow, it says nothing about the domain. Where the operation is undefined just beside 0 on
 * the value's side, or the value may truly be 0, the point is outside the domain still. And
 * {@code ln(sigmoid(u))} has its value everywhere, as {@code -softplus(-u)}.
 */
class UnderflowTest {
  private static Map<String, Double> at(double x) {
    return Map.of("x", x);
  }

  /** Expression, x, the explanation: an underflow, and no point outside the domain. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1/sigmoid(x)          | -800     | sigmoid(x) underflows at x = -800",
      "sigmoid(x)^(-1/2)     | -800     | sigmoid(x) underflows at x = -800",
      "ln(2*sigmoid(x))      | -800     | sigmoid(x) underflows at x = -800",
      "ln(softplus(x))       | -800     | softplus(x) underflows at x = -800",
      "ln(sech(x))           | 800      | sech(x) underflows at x = 800",
      "1/csch(x)             | -800     | csch(x) underflows at x = -800",
      "ln(gamma(x))          | -201.5   | gamma(x) underflows at x = -201.5",
      "ln(e^x*sigmoid(x))    | -800     | e^x underflows at x = -800",
      "ln(sigmoid(x)^3)      | -300     | sigmoid(x)^3 underflows at x = -300",
      "ln(x^2)               | 1e-200   | x^2 underflows at x = 1.0E-200",
      "1/ln(sigmoid(x))      | 800      | ln(sigmoid(x)) underflows at x = 800",
      "ln(1e-400*x)          | 1        | the number 1e-400 underflows at x = 1",
      // a function 0 only at 0, of a value surely not 0, is surely not 0
      "1/abs(sigmoid(x))     | -800     | sigmoid(x) underflows at x = -800",
      "ln(abs(sigmoid(x)))   | -800     | sigmoid(x) underflows at x = -800",
      "1/sinh(sigmoid(x))    | -800     | sigmoid(x) underflows at x = -800",
      "1/atan(e^x)           | -800     | e^x underflows at x = -800"})
  void anUnderflowIsADoublesLimitNotAnEdgeOfTheDomain(String text, double x, String why) {
    Expr e = ExprParser.parse(text);
    assertTrue(Double.isNaN(Evaluator.evaluate(e, at(x))));
    assertEquals(Optional.of(why), Evaluator.explainUndefined(e, at(x)));
    assertEquals(Optional.empty(), Evaluator.explainOutsideDomain(e, at(x)));
  }

  /**
   * Expression, x, the explanation: outside the domain, though an underflow is on the way. Beside
   * 0 on the side the value lies, ln and a root of it are undefined ({@code -sigmoid(x)} is
   * below 0; {@code gamma(-200.5)} too), and a difference may truly be 0.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ln(-sigmoid(x))       | -800     | ln undefined at x = -800",
      "(-sigmoid(x))^(-1/2)  | -800     | (-sigmoid(x))^(-1/2) undefined at x = -800",
      "ln(gamma(x))          | -200.5   | ln undefined at x = -200.5",
      "ln(cosh(x) - 1)       | 0        | ln undefined at x = 0",
      "1/(sigmoid(x) - 1/2)  | 0        | division by zero at x = 0",
      "ln(x^2)               | 0        | ln undefined at x = 0"})
  void aPointOutsideTheDomainStaysOne(String text, double x, String why) {
    Expr e = ExprParser.parse(text);
    assertEquals(Optional.of(why), Evaluator.explainUndefined(e, at(x)));
    assertEquals(Optional.of(why), Evaluator.explainOutsideDomain(e, at(x)));
  }

  /**
   * ln(sigmoid(x)) = -softplus(-x), to the last bit of the mpmath values at 50 digits (where
   * sigmoid(x) underflows, at -800 and -740, the logarithm of it was -Infinity); at 800 the
   * value, -e^-800, is a negative 0.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-800 | -800.0",
      "-740 | -740.0",
      "-30  | -30.000000000000092",
      "-2.5 | -2.5788897342925496",
      "0    | -0.6931471805599453",
      "2.5  | -0.07888973429254963",
      "40   | -4.248354255291589e-18",
      "800  | -0.0"})
  void theLogSigmoidHasItsValueEverywhere(double x, double expected) {
    Expr e = ExprParser.parse("ln(sigmoid(x))");
    assertEquals(expected, Evaluator.evaluate(e, at(x)));
    assertEquals(Optional.empty(), Evaluator.explainUndefined(e, at(x)));
  }

  @Test
  void theLogSigmoidOfAnUndefinedArgumentIsUndefined() {
    Expr e = ExprParser.parse("ln(sigmoid(ln(x)))");
    assertTrue(Double.isNaN(Evaluator.evaluate(e, at(-1))));
    assertEquals(Optional.of("ln undefined at x = -1"), Evaluator.explainUndefined(e, at(-1)));
    assertEquals(Math.log(2.0 / 3), Evaluator.evaluate(e, at(2)), 1e-16);
  }

  /** An overflow inside a log-sigmoid's argument is still blamed, before anything beside it. */
  @Test
  void anOverflowInsideTheArgumentIsStillBlamed() {
    Expr e = ExprParser.parse("ln(sigmoid(e^x)) + 1/sigmoid(-x)");
    assertEquals(Optional.of("e^x overflows at x = 800"), Evaluator.explainUndefined(e, at(800)));
  }
}

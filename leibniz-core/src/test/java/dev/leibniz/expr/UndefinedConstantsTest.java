package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.parse.ExprParser;
import dev.leibniz.parse.ParseException;
import dev.leibniz.print.PlainPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, "undefined input becomes a number": a division by an exact zero and a function at an
 * exact point outside its domain or at a pole are errors with the column, never a tree that
 * prints as a formula ({@code 0^(-1)}, {@code ln(0)}) or folds to 0.
 */
class UndefinedConstantsTest {

  /** Input, the message, the column it points at (a zero divisor's: its '/'). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1/0              | division by zero                      | 2",
      "0/0              | division by zero                      | 2",
      "(x-x)/(x-x)      | division by zero                      | 6",
      "x/0              | division by zero                      | 2",
      "y + x/(x - x)    | division by zero                      | 6",
      "0^(-1)           | division by zero                      | 1",
      "1/sin(pi)        | division by zero                      | 2",
      "ln(0)*x          | ln(0) is undefined (a pole)           | 1",
      "x + log(0, x)    | ln(0) is undefined (a pole)           | 5",
      "log(1, x)        | division by zero                      | 1",
      "ln(-1)           | ln(-1) is undefined                   | 1",
      "asin(2)          | asin(2) is undefined                  | 1",
      "acosh(1/2)       | acosh(1/2) is undefined               | 1",
      "atanh(1)         | atanh(1) is undefined (a pole)        | 1",
      "acoth(-1)        | acoth(-1) is undefined (a pole)       | 1",
      "atanh(-1)        | atanh(-1) is undefined (a pole)       | 1",
      "asin(-2)         | asin(-2) is undefined                 | 1",
      "gamma(-2)        | gamma(-2) is undefined                | 1",
      "cot(0)           | cot(0) is undefined (a pole)          | 1",
      "2*csch(0)        | csch(0) is undefined (a pole)         | 3",
      "sqrt(-1)         | sqrt(-1) is not a real number         | 1",
      "x*sqrt( 2-3 )    | sqrt( 2-3 ) is not a real number      | 3",
      "xsqrt(-4)        | sqrt(-4) is not a real number         | 2",
      "sin(sqrt[-1])    | sqrt[-1] is not a real number         | 5",
      "(-1)^(1/2)       | (-1)^(1/2) is not a real number       | 1",
      "(-8)^(1/3)       | (-8)^(1/3) is not a real number       | 1",
      "cot(pi)          | cot(pi) is undefined (a pole)         | 1",
      "tan(pi/2)        | tan(pi/2) is undefined (a pole)       | 1",
      "tan(-pi/2)       | tan(-pi/2) is undefined (a pole)      | 1",
      "csc(-pi)         | csc(-pi) is undefined (a pole)        | 1",
      "sec(3*pi/2)      | sec(3*pi/2) is undefined (a pole)     | 1",
      "csc(2*pi)        | csc(2*pi) is undefined (a pole)       | 1",
      "x*cot(5*pi)      | cot(5*pi) is undefined (a pole)       | 3"})
  void isAnErrorWithItsColumn(String input, String message, int column) {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse(input));
    assertEquals(message, e.getMessage());
    assertEquals(column, e.column());
  }

  /**
   * Constants no rational equals, outside a domain: judged in doubles ({@code ConstantDomain}),
   * so that {@code ln(-pi)*x} is an error as {@code ln(-1)*x} is, not a derivative of a formula
   * undefined everywhere.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ln(-pi)*x           | ln(-pi) is undefined                 | 1",
      "x + ln(1 - pi)      | ln(1 - pi) is undefined              | 5",
      "asin(pi)*x          | asin(pi) is undefined                | 1",
      "acosh(1/e)          | acosh(1/e) is undefined              | 1",
      "x^ln(-e)            | ln(-e) is undefined                  | 3",
      "log(-pi, x)         | log(-pi, x) is undefined             | 1",
      "sqrt(1 - e)*x       | sqrt(1 - e) is not a real number     | 1",
      "x + (-pi)^(1/2)     | (-pi)^(1/2) is not a real number     | 5",
      "(1 - e)^(1/3)       | (1 - e)^(1/3) is not a real number   | 1",
      "(-pi)^pi*x          | (-pi)^pi is not a real number        | 1",
      "ln(-pi/10^10)*x     | ln(-pi/10^10) is undefined           | 1",
      "sqrt(pi - 355/113)*x | sqrt(pi - 355/113) is not a real number | 1",
      "(-pi)^(1.0000000001)*x | (-pi)^(1.0000000001) is not a real number | 1"})
  void constantsOutsideTheDomainAreErrors(String input, String message, int column) {
    isAnErrorWithItsColumn(input, message, column);
  }

  /**
   * Constants inside the domain stay, also where rounding puts a double just past an edge
   * ({@code asin(sin(1)^2 + cos(1)^2)} is {@code asin(1)}), or where a double overflows.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "gamma(-pi)*x                  | gamma(-pi)",
      "ln(pi)*x                      | ln(pi)",
      "(-pi)^2*x                     | pi^2",
      "(-pi)^3*x                     | -pi^3",
      "acosh(cosh(1))*x              | acosh(cosh(1))",
      "asin(sin(1)^2 + cos(1)^2)*x   | pi/2",
      "e^(e^(e^10))*x                | e^(e^(e^10))",
      "cbrt(1 - e)*x                 | cbrt(1 - e)",
      // Sums that cancel: their double may be any number near 0, so they are not judged.
      "sqrt(sin(pi/4) - sqrt(2)/2)*x | sqrt(sin(pi/4) - sqrt(2)/2)",
      "acosh(cosh(30)^2 - sinh(30)^2)*x | acosh(cosh(30)^2 - sinh(30)^2)",
      "ln((e^20 + 1)^2 - e^40 - 2*e^20)*x | ln((e^20 + 1)^2 - 2*e^20 - e^40)",
      // A function whose argument lost its precision passes the loss on: not judged (both are
      // positive: 0.8878 and 0.01535 at 60 digits).
      "ln(sin(10^16*sqrt(2)))*x      | ln(sin(10000000000000000*sqrt(2)))",
      "ln(cos(10^16*sqrt(3)))*x      | ln(cos(10000000000000000*sqrt(3)))",
      // A shift by whole turns is taken out exactly, however large (HalfPiShifts).
      "ln(sin(2*pi + 10^-20))*x      | ln(sin(1/100000000000000000000))",
      "sqrt(sin(10^15*pi + 1/10))*x  | sqrt(sin(1/10))",
      "sqrt(sin(10^17*pi + 1/10))*x  | sqrt(sin(1/10))",
      // Past 2^52 every double is whole: gamma there is not judged at a pole.
      "gamma(-10^17*pi)*x            | gamma(-100000000000000000*pi)",
      "(-pi)^(ln(e^2))*x             | pi^2"})
  void constantsInsideTheDomainStay(String input, String derivative) {
    Expr f = ExprParser.parse(input);
    Expr dfdx = dev.leibniz.diff.Differentiator.derivative(f, "x");
    assertEquals(derivative, PlainPrinter.print(dfdx));
    // The derivative, a constant here, is the slope of f where the double does not overflow.
    double slope = dev.leibniz.eval.Evaluator.evaluate(dfdx, java.util.Map.of());
    if (Double.isFinite(slope)) {
      double h = 1e-4;
      double at1 = dev.leibniz.eval.Evaluator.evaluate(f, java.util.Map.of("x", 1 + h));
      double at0 = dev.leibniz.eval.Evaluator.evaluate(f, java.util.Map.of("x", 1 - h));
      assertEquals(slope, (at1 - at0) / (2 * h), 1e-6 * Math.max(1, Math.abs(slope)));
    }
  }

  /** Exact multiples of pi/2 fold, as {@code sin(pi) = 0} always did. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "tan(pi) | 0", "tan(2*pi) | 0", "tan(-3*pi) | 0", "cot(pi/2) | 0", "cot(3*pi/2) | 0",
      "sin(pi/2) | 1", "sin(3*pi/2) | -1", "sin(-pi/2) | -1", "cos(pi/2) | 0", "cos(2*pi) | 1",
      "cos(3*pi) | -1", "sec(pi) | -1", "sec(4*pi) | 1", "csc(pi/2) | 1", "csc(7*pi/2) | -1",
      "sin(pi/3) | sin(pi/3)", "tan(pi/4) | tan(pi/4)", "acot(0) | acot(0)", "ln(2) | ln(2)",
      "gamma(-1/2) | gamma(-1/2)", "cosh(1000) | cosh(1000)", "(-8)^(2) | 64"})
  void definedConstantsStayOrFold(String input, String printed) {
    Expr e = ExprParser.parse(input);
    assertEquals(printed, PlainPrinter.print(e));
    // The folded value is the double value of the function there.
    double expected = dev.leibniz.eval.Evaluator.evaluate(e, java.util.Map.of());
    assertEquals(expected, dev.leibniz.eval.Evaluator.evaluate(
        ExprParser.parse(input.replace("pi", "(" + Math.PI + ")")), java.util.Map.of()), 1e-9);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1                      | 1", "-3/4 | -3/4",
      "123456789012345678901234 | 123456789012345678901234",
      "1e400                  | 1e400",
      "-1234567e400           | -1.2346e406",
      "1/3e30                 | 3.3333e-31"})
  void numbersInMessagesAreShort(String number, String text) {
    Rational v = ((Num) ExprParser.parse(number)).value();
    assertEquals(text, NumberText.of(v));
  }
}

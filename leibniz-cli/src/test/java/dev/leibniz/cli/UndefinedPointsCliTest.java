package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 10 at the command line: undefined points, partials that do not exist, kinks. */
class UndefinedPointsCliTest {

  /** Command, expression, point, the error line. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "eval | atan(1/x)      | x=0     | error: division by zero at x = 0",
      "eval | e^(-1/x)       | x=0     | error: division by zero at x = 0",
      "grad | 1/(1+1/x)      | x=0     | error: division by zero at x = 0",
      "eval | sqrt(x)^2      | x=-4    | error: sqrt(x) undefined at x = -4",
      "eval | x/x            | x=0     | error: division by zero at x = 0",
      "eval | ln(x) - ln(x)  | x=-1    | error: ln undefined at x = -1",
      "eval | 0*asin(x)      | x=5     | error: asin undefined at x = 5",
      "eval | e^ln(x)        | x=-1    | error: ln undefined at x = -1",
      "eval | log(x, x)      | x=1     | error: division by zero at x = 1",
      "grad | sqrt(x)^2      | x=-4    | error: sqrt(x) undefined at x = -4",
      "hessian | y*sqrt(x)^2 | x=-4,y=1 | error: sqrt(x) undefined at x = -4, y = 1"})
  void anUndefinedPointOrPartialIsAnError(String command, String text, String at,
      String error) {
    CliRun r = CliRun.of(command, text, "--at", at);
    assertEquals(1, r.code(), r.out());
    assertEquals(error, r.err().strip());
    assertEquals("", r.out());
  }

  /**
   * Several expressions, or a Hessian: a row or entry without a value says why in its place, the
   * others are given all the same, and the exit status is 1.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "grad    | x*y, sqrt(x) | x=0,y=1 | x*y = 0.0: d/dx = 1.0, d/dy = 0.0;"
          + "sqrt(x) = 0.0: d/dx: does not exist, d/dy = 0.0",
      "grad    | x/x, x       | x=0     | 1: error: division by zero at x = 0;x = 0.0: d/dx = 1.0",
      "grad    | ln(x), x^2   | x=-1    | ln(x): error: ln undefined at x = -1;"
          + "x^2 = 1.0: d/dx = -2.0",
      "hessian | x^(3/2)      | x=0     | value = 0.0;"
          + "d2/dx2 = 3/(4*sqrt(x)): error: d2/dx2 does not exist at x = 0",
      "hessian | sqrt(x)*y^2  | x=0,y=1 | value = 0.0;"
          + "d2/dx2 = -y^2/(4*x^(3/2)): error: d2/dx2 does not exist at x = 0, y = 1;"
          + "d2/dy dx = y/sqrt(x): error: d2/dy dx does not exist at x = 0, y = 1;"
          + "d2/dy2 = 2*sqrt(x) = 0.0"})
  void everyRowAndEntryIsGivenBesideOneWithoutAValue(String command, String text, String at,
      String lines) {
    CliRun r = CliRun.of(command, text, "--at", at);
    assertEquals(1, r.code(), r.err());
    assertEquals(String.join("\n", lines.split(";")), r.out().strip());
    assertEquals("", r.err());
  }

  /**
   * A Hessian where the value or an entry overflows a double: in the domain, so every entry is
   * given, the overflowing one said in words (exit 0), as grad does; where the tape has no
   * number, the entry's own expression gives it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "e^(1000*x) + y^2 | x=1,y=1 | value: e^(1000*x) overflows at x = 1, y = 1;"
          + "d2/dx2 = 1000000*e^(1000*x): e^(1000*x) overflows at x = 1, y = 1;"
          + "d2/dy dx = 0 = 0.0;d2/dy2 = 2 = 2.0",
      "cbrt(x)^7        | x=0     | value = 0.0;d2/dx2 = 28*cbrt(x)/9 = 0.0"})
  void aHessianGivesEveryEntryBesideAnOverflow(String text, String at, String lines) {
    CliRun r = CliRun.of("hessian", text, "--at", at);
    assertEquals(0, r.code(), r.err());
    assertEquals(String.join("\n", lines.split(";")), r.out().strip());
  }

  /**
   * A partial that does not exist (an infinite slope) is said so in its place; the others are
   * given all the same, the library's numbers (README, "Exit codes": exit 1, as for a partial
   * of diff with vectors that cannot be given).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(x*y)^(1/3) | x=2,y=0 | value = 0.0;d/dx = 0.0;"
          + "d/dy: error: d/dy does not exist at x = 2, y = 0",
      "sqrt(x^2)   | x=0     | value = 0.0;d/dx: error: d/dx does not exist at x = 0",
      "y*cbrt(x)   | x=0,y=3 | value = 0.0;d/dx: error: d/dx does not exist at x = 0, y = 3;"
          + "d/dy = 0.0"})
  void gradGivesEveryPartialItCanBesideOneThatDoesNotExist(String text, String at,
      String lines) {
    CliRun r = CliRun.of("grad", text, "--at", at);
    assertEquals(1, r.code(), r.err());
    assertEquals(String.join("\n", lines.split(";")) + "\n", r.out().replace("\r", ""));
    assertEquals("", r.err());
    Map<String, Double> point = Points.parse(List.of(at));
    Map<String, Double> library = dev.leibniz.Expression.parse(text).gradientAt(point);
    for (String line : lines.split(";")) {
      if (!line.startsWith("d/d")) continue;
      String v = line.substring(3).split("[ :]", 2)[0];
      if (line.contains(": error: ")) {
        assertTrue(Double.isNaN(library.get(v)), line);
      } else {
        double number = Double.parseDouble(line.substring(line.indexOf(" = ") + 3));
        assertEquals(library.get(v), number, 0, line);
        assertEquals(number, Witness.partial(text, point, List.of(v)), 1e-6, line);
      }
    }
  }

  /** Where the input as written is defined, the canonical form's value stands. */
  @Test
  void anInputDefinedAsWrittenKeepsItsValue() {
    CliRun eval = CliRun.of("eval", "sqrt(x)^2", "--at", "x=4");
    assertEquals(0, eval.code(), eval.err());
    assertEquals("4.0\n", eval.out().replace("\r", ""));
    CliRun grad = CliRun.of("grad", "sqrt(x)^2", "--at", "x=4");
    assertEquals(0, grad.code(), grad.err());
    assertEquals("value = 4.0\nd/dx = 1.0\n", grad.out().replace("\r", ""));
    assertEquals(1.0, Witness.partial("sqrt(x)^2", Map.of("x", 4.0), List.of("x")), 1e-6);
  }

  /**
   * A value too large for a double is no undefined point: the partials are given, each that
   * overflows itself said so in words, as the library's gradient gives them (NaN for those).
   */
  @Test
  void anOverflowingValueStillHasItsPartials() {
    CliRun r = CliRun.of("grad", "x^2 + 10^300*y^2", "--at", "x=3,y=1e10");
    assertEquals(0, r.code(), r.err());
    assertEquals("value: overflow at x = 3, y = 10000000000\nd/dx = 6.0\n"
        + "d/dy: overflow at x = 3, y = 10000000000\n", r.out().replace("\r", ""));
    // d/dx = 2x where the y term is small enough for finite differences to see x's.
    assertEquals(6.0, Witness.partial("x^2 + 10^300*y^2", Map.of("x", 3.0, "y", 1e-160),
        List.of("x")), 1e-6);
    CliRun big = CliRun.of("grad", "e^(x^2)", "--at", "x=26.6");
    assertEquals(0, big.code(), big.err());
    assertEquals("value = 1.9471688598027603E307\nd/dx: overflow at x = 26.6\n",
        big.out().replace("\r", ""));
  }

  /**
   * A value surely not 0 that underflows a double is no undefined point either: a value that
   * fails on it says so, as on an overflow ({@code eval} exits 1 with the reason, {@code grad}
   * gives what it can and exits 0), and {@code ln(sigmoid(x))} has its value, -softplus(-x). A
   * point outside the domain stays one: {@code -sigmoid(x)} lies below 0.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "eval | ln(sigmoid(x))  | x=-800  | 0 | -800.0                                   | ''",
      "grad | ln(sigmoid(x))  | x=-800  | 0 | value = -800.0;d/dx = 1.0                | ''",
      "eval | ln(e^x)         | x=-800  | 0 | -800.0                                   | ''",
      "eval | 1/sigmoid(x)    | x=-800  | 1 | ''  | error: sigmoid(x) underflows at x = -800",
      "grad | 1/sigmoid(x)    | x=-800  | 0 | value: sigmoid(x) underflows at x = -800;"
          + "d/dx: sigmoid(x) underflows at x = -800 | ''",
      "eval | ln(x^2)         | x=1e-200 | 1 | '' | error: x^2 underflows at x = 1.0E-200",
      "grad | ln(x^2)         | x=1e-200 | 0 | value: x^2 underflows at x = 1.0E-200;"
          + "d/dx = 2.0E200 | ''",
      "eval | ln(-sigmoid(x)) | x=-800  | 1 | ''  | error: ln undefined at x = -800",
      "grad | ln(-sigmoid(x)) | x=-800  | 1 | ''  | error: ln undefined at x = -800"})
  void anUnderflowIsADoublesLimitAsAnOverflowIs(String command, String text, String at,
      int code, String out, String err) {
    CliRun r = CliRun.of(command, text, "--at", at);
    assertEquals(code, r.code(), r.err());
    assertEquals(out.isEmpty() ? "" : String.join("\n", out.split(";")) + "\n", r.out());
    assertEquals(err, r.err().strip());
  }

  /**
   * The slopes grad gives past an underflow: of ln(sigmoid(x)) against central differences; of
   * ln(x^2), 2/x, against them where a step can see it (at 1e-200 no double step can).
   */
  @Test
  void theSlopesPastAnUnderflowAreTheFunctions() {
    assertEquals(1.0, Witness.partial("ln(sigmoid(x))", Map.of("x", -800.0), List.of("x")), 1e-6);
    Witness.assertPartial("ln(x^2)", List.of("x"), "2/x", Map.of("x", 0.25));
    assertEquals(2e200, Witness.valueOf("2/x", Map.of("x", 1e-200)));
  }

  @Test
  void aPartialPastZeroTimesInfinityIsItsValue() {
    CliRun r = CliRun.of("grad", "sqrt(relu(x))", "--at", "x=-1");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 0.0\nd/dx = 0.0\n", r.out().replace("\r", ""));
  }

  @Test
  void aKinkIsSaidInWords() {
    CliRun r = CliRun.of("grad", "abs(x) + y^2", "--at", "x=0,y=3");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 9.0\nd/dx: none, the point is on the kink of abs (at 0)\n"
        + "d/dy = 6.0\n", r.out().replace("\r", ""));
  }

  /** Differentiable at the kink's point: every side gives the same derivative. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x*abs(x)    | 0.0",
      "relu(x)^2   | 0.0",
      "abs(x)^3    | 0.0",
      "x^2*sign(x) | 0.0",
      "x*sign(x)^2 | 1.0"})
  void aDerivativeThatExistsOnAKinkIsItsValue(String text, double derivative) {
    CliRun r = CliRun.of("grad", text, "--at", "x=0");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 0.0\nd/dx = " + derivative + "\n", r.out().replace("\r", ""));
    assertEquals(derivative, Witness.partial(text, Map.of("x", 0.0), List.of("x")), 1e-4);
  }

  @Test
  void aFunctionThatJumpsHasNoDerivativeOnItsKink() {
    CliRun r = CliRun.of("grad", "sign(x)", "--at", "x=0");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 0.0\nd/dx: none, the point is on the kink of sign (at 0)\n",
        r.out().replace("\r", ""));
  }

  @Test
  void theHessianSaysAKinkInWords() {
    CliRun r = CliRun.of("hessian", "x*abs(x)", "--at", "x=0");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 0.0\nd2/dx2 = 2*sign(x): none, the point is on the kink of sign (at 0)\n",
        r.out().replace("\r", ""));
    CliRun smooth = CliRun.of("hessian", "x^2*abs(x)", "--at", "x=0");
    assertEquals(0, smooth.code(), smooth.err());
    assertEquals("value = 0.0\nd2/dx2 = 6*abs(x) = 0.0\n", smooth.out().replace("\r", ""));
    Witness.assertPartial("x^2*abs(x)", List.of("x", "x"), "6*abs(x)", Map.of("x", 0.5));
    Witness.assertPartial("x^2*abs(x)", List.of("x", "x"), "6*abs(x)", Map.of("x", -0.5));
    assertEquals(0.0, Witness.partial("x^2*abs(x)", Map.of("x", 0.0), List.of("x", "x")), 1e-2);
  }

  @Test
  void theJacobianSaysAKinkInWords() {
    CliRun r = CliRun.of("grad", "abs(x), x*abs(x)", "--at", "x=0");
    assertEquals(0, r.code(), r.err());
    assertEquals("abs(x) = 0.0: d/dx: none, the point is on the kink of abs (at 0)\n"
        + "x*abs(x) = 0.0: d/dx = 0.0\n", r.out().replace("\r", ""));
  }

  /** Input, the error display: message with column, the input, the caret (a divisor's at '/'). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "simplify | 0/0         | error: division by zero at column 2",
      "eval     | 0/0         | error: division by zero at column 2",
      "simplify | (x-x)/(x-x) | error: division by zero at column 6",
      "diff     | x/0         | error: division by zero at column 2",
      "diff     | ln(0)*x     | error: ln(0) is undefined (a pole) at column 1",
      "eval     | cot(pi)     | error: cot(pi) is undefined (a pole) at column 1",
      "print    | sqrt(-1)    | error: sqrt(-1) is not a real number at column 1",
      "diff     | 2*sqrt(-4)+x | error: sqrt(-4) is not a real number at column 3",
      "print    | (-1)^(1/2)  | error: (-1)^(1/2) is not a real number at column 1"})
  void anUndefinedConstantIsAnErrorWithItsColumn(String command, String text, String error) {
    CliRun r = CliRun.of(command, text);
    assertEquals(1, r.code(), r.out());
    int column = Integer.parseInt(error.substring(error.lastIndexOf(' ') + 1));
    assertEquals(error + "\n  " + text + "\n  " + " ".repeat(column - 1) + "^",
        r.err().strip().replace("\r", ""));
    assertEquals("", r.out());
  }

  @Test
  void aHugeNumberIsShortInItsError() {
    CliRun r = CliRun.of("eval", "1e400");
    assertEquals(1, r.code());
    assertEquals("error: the number 1e400 overflows", r.err().strip());
  }

  @Test
  void checkPassesConstantsOnADomainEdge() {
    for (String text : new String[] {"x*acsc(1)", "x*acot(0)", "x + asech(1)", "x*asec(1)"}) {
      CliRun r = CliRun.of("diff", text, "--check");
      assertEquals(0, r.code(), text + ": " + r.out() + r.err());
    }
  }
}

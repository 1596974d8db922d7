package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.parse.ParseException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers: exact rationals never overflow or lose a digit, however large, and their values in
 * double precision are right or honestly infinite. Domains: at the edge of a function's real
 * domain evaluation gives NaN or an infinity, and {@code explainUndefined} says why, in words.
 */
class NumbersAndDomainsTest {

  @Test
  void exactRationalsNeverOverflow() {
    BigInteger two200 = BigInteger.TWO.pow(200);
    BigInteger three150 = BigInteger.valueOf(3).pow(150);
    assertEquals(two200 + "/" + three150, Leibniz.simplify("2^200 * 3^-150"));
    assertEquals("1", Leibniz.simplify("(10^400 + 1) - 10^400"));
    assertEquals("1", Leibniz.simplify("(1/3)^300 * 3^300"));
    assertEquals("1", Leibniz.simplify("1e-9999 * 10^9999"));
    assertEquals(BigInteger.TEN.pow(30) + "*x^" + BigInteger.TEN.pow(30).subtract(BigInteger.ONE),
        Leibniz.derivative("x^(10^30)", "x"));
    assertEquals(two200 + "*x/" + three150, Leibniz.derivative("2^200*3^-150*x^2/2", "x"));
  }

  @Test
  void hugeExactNumbersStaySymbolic() {
    HangGuard.run(() -> {
      assertEquals("2^1000000000", Leibniz.simplify("2^1000000000"));
      Expression d = Expression.parse("2^(1000000000*x)").derivative("x");
      assertEquals(1e9 * Math.log(2), d.evaluate(Map.of("x", 0.0)), 1e-3);
    });
  }

  @Test
  void doubleValuesOfHugeRationalsAreRightOrUndefined() {
    assertEquals(1.0, Leibniz.evaluate("(10^400 + 1)/10^400", Map.of()));
    assertEquals(4.3432e-12, Leibniz.evaluate("2^200 * 3^-150", Map.of()), 1e-15);
    // Too large for a double: no value, rather than an infinite one.
    assertTrue(Double.isNaN(Leibniz.evaluate("10^400", Map.of())));
    assertEquals(0.0, Leibniz.evaluate("10^-400", Map.of()));
    assertEquals(1e-300, Leibniz.evaluate("10^-300", Map.of()), 1e-315);
  }

  @Test
  void hugeExponentsAreAnErrorNotAHangButLongLiteralsAreExact() {
    ParseException e = assertThrows(ParseException.class,
        () -> HangGuard.call(() -> Expression.parse("1e999999999")));
    assertTrue(e.getMessage().contains("number"), e.getMessage());
    // Written out in digits, a number costs only its length: exact, and it prints back.
    String big = "1" + "0".repeat(20_000);
    Expression parsed = HangGuard.call(() -> Expression.parse(big));
    assertEquals(big, parsed.toString());
  }

  /** Expression, value of x, expected value, words the explanation contains. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ln(x)        | 0    | NaN       | ln undefined at x = 0",
      "ln(x)        | -1   | NaN       | ln undefined at x = -1",
      "sqrt(x)      | -1   | NaN       | undefined at x = -1",
      "1/x          | 0    | NaN       | division by zero at x = 0",
      "x^(-2)       | 0    | NaN       | division by zero",
      "x^(1/3)      | -8   | NaN       | undefined at x = -8",
      "asin(x)      | 2    | NaN       | asin undefined at x = 2",
      "acosh(x)     | 0.5  | NaN       | acosh undefined",
      "atanh(x)     | 1    | NaN       | atanh undefined at x = 1",
      "atanh(x)     | -1   | NaN       | atanh undefined",
      "cot(x)       | 0    | NaN       | cot undefined at x = 0",
      "gamma(x)     | 0    | NaN       | gamma undefined at x = 0",
      "gamma(x)     | -1   | NaN       | gamma undefined",
      "digamma(x)   | 0    | NaN       | digamma undefined",
      "log10(x)     | 0    | NaN       | log10 undefined",
      "e^x          | 710  | NaN       | overflows at x = 710",
      "x^x          | -0.5 | NaN       | undefined at x = -0.5",
      "sin(x)/x     | 0    | NaN       | division by zero at x = 0",
      "ln(abs(x))   | 0    | NaN       | ln undefined at x = 0",
      "1/ln(x)      | 1    | NaN       | division by zero at x = 1",
      "sqrt(ln(x))  | 0.5  | NaN       | undefined at x = 0.5"})
  void domainEdgesAreUndefinedAndExplained(String text, double x, double expected,
      String reason) {
    Expression e = Expression.parse(text);
    Map<String, Double> at = Map.of("x", x);
    assertEquals(expected, e.evaluate(at), text);
    Optional<String> why = e.explainUndefined(at);
    assertTrue(why.isPresent() && why.get().contains(reason), () -> text + ": " + why);
  }

  /** Just inside the domain the value is finite and there is nothing to explain. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ln(x) | 1e-300", "sqrt(x) | 0", "asin(x) | 1",
      "atanh(x) | 0.9999999", "cbrt(x) | -8", "x^x | 0", "gamma(x) | 141", "1/x | 1e-300",
      "tan(x) | 1.5707963267948966", "sigmoid(x) | -1000", "softplus(x) | 1000"})
  void justInsideTheDomainIsFiniteWithNothingToExplain(String text, double x) {
    Expression e = Expression.parse(text);
    Map<String, Double> at = Map.of("x", x);
    assertTrue(Double.isFinite(e.evaluate(at)), text + " at " + x);
    assertEquals(Optional.empty(), e.explainUndefined(at));
  }

  /**
   * Gamma is finite up to 171.62 (gamma(171) = 170! = 7.3e306), but commons-math's
   * {@code Gamma.gamma} overflows in its Lanczos formula from 142 on: {@code gamma(142)} (= 141!,
   * 1.9e243) evaluates to Infinity and is explained as "gamma undefined at x = 142".
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|',
      value = {"142 | 1.8981437590761705E243", "171 | 7.257415615307998E306"})
  void gammaIsFiniteWhereTheFactorialIs(double x, double expected) {
    Expression e = Expression.parse("gamma(x)");
    assertEquals(expected, e.evaluate(Map.of("x", x)), expected * 1e-12);
    assertEquals(Optional.empty(), e.explainUndefined(Map.of("x", x)));
  }

  /** The derivative at the edge: NaN or infinite, and explained, never an exception. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"sqrt(x) | 0", "abs(x)^(1/2) | 0", "asin(x) | 1",
      "ln(x) | 0", "x^(1/3) | 0", "acosh(x) | 1"})
  void derivativesAtTheEdgeAreExplainedToo(String text, double x) {
    Expression d = Expression.parse(text).derivative("x");
    Map<String, Double> at = Map.of("x", x);
    double v = d.evaluate(at);
    assertTrue(!Double.isFinite(v), d + " at " + x + " = " + v);
    assertTrue(d.explainUndefined(at).isPresent(), d.toString());
  }
}

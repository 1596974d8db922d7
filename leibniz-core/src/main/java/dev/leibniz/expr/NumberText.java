package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A {@link Rational}'s text. Exactly, as the printers and {@code toString} write it
 * ({@code 3}, {@code -1/2}, {@code 85070591730234615847396907784232501249}): the digits of the
 * numerator, then {@code /} and the denominator's digits unless it is 1, appended without an
 * intermediate string, a one-digit number as one character. And as messages show numbers:
 * exactly while short, else as a decimal with {@link #DIGITS} significant digits and an
 * exponent ({@code 1e400}, {@code 1.2346e-50}), so that an error about {@code 1e400} is one
 * line, not 400 digits.
 */
public final class NumberText {
  /** Longest exact text a message shows. */
  static final int MAX_EXACT = 24;
  /** Significant digits of the short form. */
  static final int DIGITS = 5;

  private NumberText() {}

  /** {@code v} exactly if it is short, else rounded to a few digits with an exponent. */
  public static String of(Rational v) {
    String exact = v.toString();
    if (exact.length() <= MAX_EXACT) return exact;
    BigDecimal value = new BigDecimal(v.numerator())
        .divide(new BigDecimal(v.denominator()), new MathContext(DIGITS));
    return scientific(value);
  }

  /** Appends {@code numerator/denominator}, or the numerator alone for an integer. */
  static StringBuilder append(StringBuilder out, Rational r) {
    if (!r.isSmall()) {
      out.append(r.numerator());
      return r.isInteger() ? out : out.append('/').append(r.denominator());
    }
    long den = r.smallDenominator();
    digits(out, r.smallNumerator());
    return den == 1 ? out : digits(out.append('/'), den);
  }

  /** Appends the digits of {@code |numerator|}: {@code 3} for {@code -3/4}. */
  static StringBuilder appendAbsNumerator(StringBuilder out, Rational r) {
    if (!r.isSmall()) return out.append(r.numerator().abs());
    // A small numerator is never Long.MIN_VALUE, so its negation is exact.
    return digits(out, Math.abs(r.smallNumerator()));
  }

  /** Appends the digits of the denominator: {@code 4} for {@code -3/4}, {@code 1} for 7. */
  static StringBuilder appendDenominator(StringBuilder out, Rational r) {
    return r.isSmall() ? digits(out, r.smallDenominator()) : out.append(r.denominator());
  }

  /** {@code 3}, {@code -1/2}: {@link Rational#toString()}. */
  static String exact(Rational r) {
    if (r.isSmall() && r.smallDenominator() == 1) return Long.toString(r.smallNumerator());
    return append(new StringBuilder(24), r).toString();
  }

  /**
   * Appends {@code v} in decimal, as {@link StringBuilder#append(long)} does; a digit 0 to 9
   * (most numbers a derivative prints) as one character, without sizing the digits first.
   */
  static StringBuilder digits(StringBuilder out, long v) {
    return v >= 0 && v <= 9 ? out.append((char) ('0' + v)) : out.append(v);
  }

  /** {@code 1e400}, {@code -1.2346e-50}: mantissa without trailing zeros, then the exponent. */
  private static String scientific(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - stripped.scale();
    String mantissa = digits.length() == 1 ? digits
        : digits.charAt(0) + "." + digits.substring(1);
    return (stripped.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
  }
}

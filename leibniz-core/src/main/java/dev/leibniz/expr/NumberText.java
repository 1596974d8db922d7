package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A {@link Rational}'s text. Exactly, as {@code toString} writes it ({@code 3}, {@code -1/2},
 * {@code 85070591730234615847396907784232501249}): the digits of the numerator, then {@code /}
 * and the denominator's digits unless it is 1 (the plain printer's {@code TextBuffer} writes
 * the same digits into its buffer, tested against this text). And as messages show numbers:
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

  /** {@code 3}, {@code -1/2}: {@link Rational#toString()}. */
  static String exact(Rational r) {
    if (!r.isSmall()) {
      return r.isInteger() ? r.numerator().toString() : r.numerator() + "/" + r.denominator();
    }
    long den = r.smallDenominator();
    return den == 1 ? Long.toString(r.smallNumerator()) : r.smallNumerator() + "/" + den;
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

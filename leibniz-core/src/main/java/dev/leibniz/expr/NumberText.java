package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as messages show them: exactly while short ({@code -3}, {@code 1/2}), else as a
 * decimal with {@link #DIGITS} significant digits and an exponent ({@code 1e400},
 * {@code 1.2346e-50}), so that an error about {@code 1e400} is one line, not 400 digits.
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

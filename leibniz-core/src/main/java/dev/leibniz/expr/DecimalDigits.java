package dev.leibniz.expr;

/**
 * The quick reading of a short decimal literal ({@code 3}, {@code 2.5}, {@code .25}, {@code 7.})
 * into a {@link Rational} on longs, without a {@code BigDecimal}: the digits as one integer over
 * the power of ten of the digits after the point.
 */
final class DecimalDigits {
  /** At most 18 digits: 10^18 and any 18-digit number fit in a long. */
  private static final int MAX_DIGITS = 18;

  private DecimalDigits() {}

  /** The value of {@code text}, or null if it is not plain digits with at most one point. */
  static Rational parse(String text) {
    long digits = 0;
    long scale = 1;
    int count = 0;
    boolean point = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && !point) {
        point = true;
      } else if (c >= '0' && c <= '9') {
        if (++count > MAX_DIGITS) return null;
        digits = digits * 10 + (c - '0');
        if (point) scale *= 10;
      } else {
        return null;
      }
    }
    return count == 0 ? null : Rational.of(digits, scale);
  }
}

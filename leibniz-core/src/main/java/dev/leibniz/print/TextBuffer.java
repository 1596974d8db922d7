package dev.leibniz.print;

import dev.leibniz.expr.Rational;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text one printer call builds, appended to one character, one string or one number at a
 * time. It holds one byte per character while every character is below 256 (Latin-1: all the
 * printer's own characters, digits, function and constant names, and nearly every variable
 * name), so that an append is a store into an array, not {@link StringBuilder}'s round of
 * questions about the encoding it is in; the string is made from the bytes once, at the end. A
 * name with a character from 256 up moves the text into a {@link StringBuilder} for the rest of
 * the call. Numbers held as longs are written digit by digit, larger ones through
 * {@link Rational#toString()}.
 */
final class TextBuffer {
  private byte[] latin1;
  private int length;
  /** The whole text once a character from 256 up came; then {@code latin1} is unused. */
  private StringBuilder wide;

  TextBuffer(int capacity) {
    latin1 = new byte[Math.max(capacity, 16)];
  }

  TextBuffer append(char c) {
    if (c > 0xFF || wide != null) {
      widen().append(c);
      return this;
    }
    if (length == latin1.length) grow(1);
    latin1[length++] = (byte) c;
    return this;
  }

  TextBuffer append(String s) {
    if (wide != null) {
      wide.append(s);
      return this;
    }
    int n = s.length();
    if (length + n > latin1.length) grow(n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        widen().append(s, i, n);
        return this;
      }
      latin1[length++] = (byte) c;
    }
    return this;
  }

  /** {@code 3}, {@code -1/2}: the number's exact text ({@link Rational#toString()}). */
  TextBuffer number(Rational r) {
    if (!r.isSmall()) return append(r.toString());
    digits(r.smallNumerator());
    return r.isInteger() ? this : append('/').digits(r.smallDenominator());
  }

  /** The digits of the numerator's absolute value: {@code 3} for {@code -3/4}. */
  TextBuffer absNumerator(Rational r) {
    if (!r.isSmall()) return append(r.numerator().abs().toString());
    // A small numerator is never Long.MIN_VALUE: its negation is exact.
    return digits(Math.abs(r.smallNumerator()));
  }

  /** The digits of the denominator: {@code 4} for {@code -3/4}, {@code 1} for an integer. */
  TextBuffer denominator(Rational r) {
    return r.isSmall() ? digits(r.smallDenominator()) : append(r.denominator().toString());
  }

  /** {@code v} in decimal, as {@link Long#toString(long)} spells it. */
  TextBuffer digits(long v) {
    if (v >= 0 && v <= 9) return append((char) ('0' + v));
    if (wide != null || v == Long.MIN_VALUE) return append(Long.toString(v));
    if (v < 0) {
      append('-');
      v = -v;
    }
    int n = 1;
    for (long rest = v / 10; rest != 0; rest /= 10) n++;
    if (length + n > latin1.length) grow(n);
    for (int i = length + n - 1; i >= length; i--, v /= 10) latin1[i] = (byte) ('0' + v % 10);
    length += n;
    return this;
  }

  /** Appends the text to {@code out}. */
  void appendTo(StringBuilder out) {
    out.append(toString());
  }

  @Override
  public String toString() {
    return wide != null ? wide.toString()
        : new String(latin1, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** The text as a {@link StringBuilder} from now on: made from the bytes the first time. */
  private StringBuilder widen() {
    if (wide == null) {
      wide = new StringBuilder(length + 16);
      for (int i = 0; i < length; i++) wide.append((char) (latin1[i] & 0xFF));
    }
    return wide;
  }

  private void grow(int needed) {
    latin1 = Arrays.copyOf(latin1, Math.max(2 * latin1.length, length + needed));
  }
}

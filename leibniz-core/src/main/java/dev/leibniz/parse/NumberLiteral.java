package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Rational;
import org.antlr.v4.runtime.Token;

/** What the parser checks of a number literal: its exponent, and what it is written against. */
final class NumberLiteral {
  /** The largest decimal exponent a number literal may have. */
  static final int MAX_EXPONENT = 10_000;

  /** The literals 0 to 9, by their digit ({@link #oneDigit}). */
  private static final Expr[] DIGITS = new Expr[10];

  static {
    for (int d = 0; d < DIGITS.length; d++) DIGITS[d] = Expr.num(d);
  }

  private NumberLiteral() {}

  /**
   * The value of literal {@code t} of {@code line}.
   *
   * @throws ParseException if its exponent is too large either way ({@link #exponentTooLarge})
   */
  static Expr value(Token t, String line) {
    Expr digit = oneDigit(t);
    if (digit != null) return digit;
    String text = t.getText();
    if (exponentTooLarge(text)) {
      // 1e-99999 is exact but would be as long to write out as 1e99999.
      String which = text.matches(".*[eE]-.*") ? "number too small" : "number too large";
      throw new ParseException(which, line, t.getCharPositionInLine() + 1);
    }
    return Expr.num(Rational.parseDecimal(text));
  }

  /**
   * The value of a literal of one character, which the grammar's NUMBER makes a digit 0 to 9
   * (the mix's every number is one), read from the line's code points: no text taken, no
   * exponent to check, nothing parsed. Null for a longer literal (or another char stream).
   */
  private static Expr oneDigit(Token t) {
    int start = t.getStartIndex();
    if (start != t.getStopIndex() || !(t.getInputStream() instanceof LineCharStream)) return null;
    return DIGITS[((LineCharStream) t.getInputStream()).codePoints()[start] - '0'];
  }

  /**
   * True for a decimal exponent over {@link #MAX_EXPONENT} either way: {@code 1e999999999} would
   * be a billion-digit number, {@code 1e-999999999} a billion-digit denominator. A literal written out in digits costs only its length, so it may be
   * as long as it likes (the printer writes exact numbers out in full, and they must parse back).
   */
  static boolean exponentTooLarge(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (e < 0) return false;
    String digits = text.substring(e + 1).replace("+", "").replace("-", "");
    return digits.length() > 5 || Integer.parseInt(digits) > MAX_EXPONENT;
  }

  /**
   * The problem of a factor {@code start} written against the token before it, or null: a
   * number juxtaposed to a number ({@code 2 3}, {@code 2^3 4}) is a typo, not a product; a
   * number written against a name or bracket from its point ({@code x.5}, {@code (x).5}) is
   * not a decimal.
   */
  static ParseException juxtaposed(Token previousEnd, Token start, String line) {
    if (start.getType() != LeibnizLexer.NUMBER) return null;
    int column = start.getCharPositionInLine() + 1;
    if (previousEnd.getType() == LeibnizLexer.NUMBER) {
      return new ParseException("a number cannot follow a number (write * between them)", line,
          column);
    }
    String text = start.getText();
    boolean againstPoint = text.charAt(0) == '.'
        && start.getStartIndex() == previousEnd.getStopIndex() + 1;
    if (!againstPoint) return null;
    return new ParseException("unexpected '.' after '" + previousEnd.getText()
        + "' (write * before 0" + text + " for a product)", line, column);
  }
}

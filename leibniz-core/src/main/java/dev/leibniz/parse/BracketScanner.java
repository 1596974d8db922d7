package dev.leibniz.parse;

import dev.leibniz.expr.StackGuard;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A pass over the raw text before the parser runs. It refuses input nested deeper than
 * {@link #MAX_NESTING} levels (brackets, chains of powers and of signs) before any recursion can
 * put the stack at risk, and it finds the first unbalanced or mismatched bracket so that the
 * parser can report it in words ({@code missing ')'}, {@code ']' closes '('}).
 */
final class BracketScanner {
  /** The deepest nesting accepted: brackets, plus powers and signs in a row. */
  static final int MAX_NESTING = StackGuard.MAX_NESTING;

  /** The first bracket problem found: message and 1-based column. */
  record Problem(String message, int column) {}

  /** What the scan found: the first bracket problem (or null) and the deepest nesting. */
  record Scan(Problem problem, int depth) {}

  private BracketScanner() {}

  static Scan scan(String text) {
    Deque<int[]> open = new ArrayDeque<>(); // {opener, column, chain depth at this level}
    int chain = 0;
    int chainTotal = 0;
    boolean operandExpected = true;
    int deepest = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) continue;
      int column = i + 1;
      if (isOpener(c)) {
        open.push(new int[] {c, column, chain});
        chain = 0;
        operandExpected = true;
      } else if (isCloser(c)) {
        if (open.isEmpty()) return new Scan(new Problem("unexpected '" + c + "'", column), deepest);
        int[] top = open.pop();
        if (closerOf((char) top[0]) != c) {
          return new Scan(new Problem("'" + c + "' closes '" + (char) top[0]
              + "' opened at column " + top[1] + " (expected '" + closerOf((char) top[0])
              + "')", column), deepest);
        }
        chainTotal -= chain;
        chain = top[2];
        operandExpected = false;
      } else if (c == '^' || (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*')) {
        if (c == '*') i++;
        chain++;
        chainTotal++;
        operandExpected = true;
      } else if (c == '+' || c == '-' || c == '\u2212') {
        if (operandExpected) {
          chain++;
          chainTotal++;
        } else {
          chainTotal -= chain;
          chain = 0;
          operandExpected = true;
        }
      } else if (c == '*' || c == '/' || c == ',') {
        chainTotal -= chain;
        chain = 0;
        operandExpected = true;
      } else {
        operandExpected = false;
      }
      deepest = Math.max(deepest, open.size() + chainTotal);
      if (deepest > MAX_NESTING) {
        throw new ParseException("nesting deeper than " + MAX_NESTING + " levels", text,
            column);
      }
    }
    if (!open.isEmpty()) {
      return new Scan(new Problem("missing '" + closerOf((char) open.peek()[0]) + "'",
          text.length() + 1), deepest);
    }
    return new Scan(null, deepest);
  }

  static boolean isOpener(char c) {
    return c == '(' || c == '<' || c == '[' || c == '{';
  }

  static boolean isCloser(char c) {
    return c == ')' || c == '>' || c == ']' || c == '}';
  }

  static char closerOf(char opener) {
    switch (opener) {
      case '(': return ')';
      case '<': return '>';
      case '[': return ']';
      default: return '}';
    }
  }
}

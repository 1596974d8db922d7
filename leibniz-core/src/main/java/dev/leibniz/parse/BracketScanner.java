package dev.leibniz.parse;

import dev.leibniz.expr.StackGuard;

/**
 * A pass over the raw text. It refuses input nested deeper than {@link #MAX_NESTING} levels
 * (brackets, chains of powers and of signs) before any recursion can put the stack at risk, and
 * it finds the first unbalanced or mismatched bracket so that the parser can report it in words
 * ({@code missing ')'}, {@code ']' closes '('}).
 *
 * <p>A text of at most {@link #MAX_NESTING} characters cannot nest deeper than that (each level
 * takes a character), so {@link ParserKit} runs the scan before the parser only for longer text,
 * and otherwise only when the parser has something to report or the text mixes bracket kinds.
 * An instance keeps its stack between scans and is used by one thread; a scan allocates nothing
 * unless it finds a problem.
 */
final class BracketScanner {
  /** The deepest nesting accepted: brackets, plus powers and signs in a row. */
  static final int MAX_NESTING = StackGuard.MAX_NESTING;

  /** The first bracket problem found: message and 1-based column. */
  record Problem(String message, int column) {}

  /** Per open bracket: its character, its column and the chain depth outside it. */
  private final char[] openers = new char[MAX_NESTING + 2];
  private final int[] columns = new int[MAX_NESTING + 2];
  private final int[] outerChains = new int[MAX_NESTING + 2];

  /**
   * The first bracket problem of {@code text}, or null.
   *
   * @throws ParseException if the text nests deeper than {@link #MAX_NESTING} levels, or, when
   *     it does, for a bracket problem before that point (the text is refused either way, and
   *     the parser must not recurse into it)
   */
  Problem scan(String text) {
    int open = 0;
    int chain = 0;
    int chainTotal = 0;
    boolean operandExpected = true;
    Problem problem = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) continue;
      int column = i + 1;
      if (isOpener(c)) {
        openers[open] = c;
        columns[open] = column;
        outerChains[open] = chain;
        open++;
        chain = 0;
        operandExpected = true;
      } else if (isCloser(c)) {
        if (open == 0) {
          // Stray: reported, and scanned past so that the depth is still bounded.
          if (problem == null) problem = new Problem("unexpected '" + c + "'", column);
          continue;
        }
        open--;
        char opener = openers[open];
        if (closerOf(opener) != c && problem == null) {
          problem = new Problem("'" + c + "' closes '" + opener + "' opened at column "
              + columns[open] + " (expected '" + closerOf(opener) + "')", column);
        }
        chainTotal -= chain;
        chain = outerChains[open];
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
      if (open + chainTotal > MAX_NESTING) {
        if (problem != null) throw new ParseException(problem.message(), text, problem.column());
        throw new ParseException("nesting deeper than " + MAX_NESTING + " levels", text,
            column);
      }
    }
    if (problem == null && open > 0) {
      problem = new Problem("missing '" + closerOf(openers[open - 1]) + "'", text.length() + 1);
    }
    return problem;
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

package dev.leibniz.parse;

import java.util.Arrays;

/**
 * Pairs the bracket tokens of a line as the token source hands them out, each closer with the
 * innermost open bracket, as the {@link BracketScanner} pairs the characters, and notes whether
 * a closer met an opener of another kind ({@code (x]}, which the grammar accepts) or none. After
 * a parse that read the whole line, that is exactly when the scanner finds a problem, so the
 * scanner need not run otherwise.
 */
final class BracketPairs {
  /** The token types of the brackets open at this point of the line, innermost last. */
  private int[] openers = new int[16];
  private int open;
  private boolean mismatched;

  /** Starts on a new line: nothing open, nothing mismatched. */
  void reset() {
    open = 0;
    mismatched = false;
  }

  /** Takes the next token's type: an opener is pushed, a closer paired, any other ignored. */
  void see(int type) {
    int opened = openerOf(type);
    if (opened == type) {
      if (open == openers.length) openers = Arrays.copyOf(openers, 2 * open);
      openers[open++] = type;
    } else if (opened != 0) {
      mismatched |= open == 0 || openers[--open] != opened;
    }
  }

  /** True if a closer seen since {@link #reset} met an opener of another kind, or none. */
  boolean mismatched() {
    return mismatched;
  }

  /** The opener's token type of a bracket token type (itself for an opener); 0 for others. */
  private static int openerOf(int type) {
    switch (type) {
      case LeibnizLexer.LPAREN: case LeibnizLexer.RPAREN: return LeibnizLexer.LPAREN;
      case LeibnizLexer.LANGLE: case LeibnizLexer.RANGLE: return LeibnizLexer.LANGLE;
      case LeibnizLexer.LBRACK: case LeibnizLexer.RBRACK: return LeibnizLexer.LBRACK;
      case LeibnizLexer.LBRACE: case LeibnizLexer.RBRACE: return LeibnizLexer.LBRACE;
      default: return 0;
    }
  }
}

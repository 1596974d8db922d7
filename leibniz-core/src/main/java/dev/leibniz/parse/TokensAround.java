package dev.leibniz.parse;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * What {@link ExprBuilder} asks of the tokens around the rule it completes, for its messages:
 * whether a power follows (the hint in "'sin' needs an argument in parentheses (write
 * sin(x)^2 for a power)") and where a group's commas are (the column of "'sin' takes one
 * argument"). The parser has read, or may read, these tokens: nothing is fetched that a parse
 * would not fetch.
 */
final class TokensAround {
  private TokensAround() {}

  /** True if the tokens after the atom just read, past its transposes, raise it to a power. */
  static boolean raisedToPower(TokenStream tokens) {
    int i = 1;
    while (tokens.LA(i) == LeibnizLexer.APOSTROPHE) i++;
    int type = tokens.LA(i);
    return type == LeibnizLexer.CARET || type == LeibnizLexer.STARSTAR
        || type == LeibnizLexer.DOTCARET;
  }

  /**
   * The column of {@code group}'s comma number {@code index} (from 0) outside inner brackets;
   * the group, read to its closer, has at least that many.
   */
  static int commaColumn(TokenStream tokens, LeibnizParser.GroupContext group, int index) {
    int nesting = 0;
    for (int i = group.getStart().getTokenIndex() + 1; ; i++) {
      Token t = tokens.get(i);
      int type = t.getType();
      if (type == LeibnizLexer.COMMA && nesting == 0 && index-- == 0) {
        return t.getCharPositionInLine() + 1;
      }
      if (type == LeibnizLexer.LPAREN || type == LeibnizLexer.LANGLE
          || type == LeibnizLexer.LBRACK || type == LeibnizLexer.LBRACE) {
        nesting++;
      } else if (type == LeibnizLexer.RPAREN || type == LeibnizLexer.RANGLE
          || type == LeibnizLexer.RBRACK || type == LeibnizLexer.RBRACE) {
        nesting--;
      }
    }
  }
}

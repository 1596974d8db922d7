package dev.leibniz.parse;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Replaces ANTLR's console listener: the first syntax error becomes a {@link ParseException}
 * in words a person understands, never ANTLR's token names. A bracket problem found by
 * {@link BracketScanner} at or before the error's column is reported instead, because it is the
 * cause ({@code sin(x} is "missing ')'", not "unexpected end").
 */
final class ErrorTranslator extends BaseErrorListener {
  private final String line;
  private final BracketScanner.Problem bracketProblem;

  ErrorTranslator(String line, BracketScanner.Problem bracketProblem) {
    this.line = line;
    this.bracketProblem = bracketProblem;
  }

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int lineNumber,
      int charPositionInLine, String msg, RecognitionException e) {
    Token token = offendingSymbol instanceof Token t ? t : null;
    int column = charPositionInLine + 1;
    if (token != null && token.getType() == Token.EOF) column = line.length() + 1;
    if (token != null && token.getType() == LeibnizLexer.BAD_EXPONENT) {
      column += token.getText().length();
    }
    if (bracketProblem != null && bracketProblem.column() <= column) {
      throw new ParseException(bracketProblem.message(), line, bracketProblem.column());
    }
    throw new ParseException(describe(token, recognizer), line, column);
  }

  private String describe(Token token, Recognizer<?, ?> recognizer) {
    if (token == null) return "unexpected character";
    String text = token.getText();
    switch (token.getType()) {
      case Token.EOF:
        return line.isBlank() ? "empty expression" : "expression ends too early";
      case LeibnizLexer.UNKNOWN:
      case LeibnizLexer.ASSIGN:
      case LeibnizLexer.COLON:
        // '=' and ':' belong to programs and declarations; in an expression they are strays.
        return "unexpected character " + quoted(printable(text));
      case LeibnizLexer.BAD_NUMBER:
        return "malformed number '" + text + "'";
      case LeibnizLexer.BAD_EXPONENT:
        return "number expected after '" + text.charAt(text.length() - 2) + "'";
      default:
        return "unexpected '" + text + "'";
    }
  }

  private static String quoted(String c) {
    return c.equals("'") ? "\"'\"" : "'" + c + "'";
  }

  /**
   * The character as a person can read it: control, invalid and invisible characters (a zero
   * width space, a byte order mark, a no-break space) as U+XXXX, which a terminal shows.
   */
  private static String printable(String text) {
    if (text.isEmpty()) return "?";
    int c = text.codePointAt(0);
    return unseen(c) ? String.format("U+%04X", c) : new String(Character.toChars(c));
  }

  /** True for a character a terminal shows as nothing, as blank, or as a box. */
  private static boolean unseen(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.SURROGATE, Character.UNASSIGNED, Character.FORMAT,
          Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.PRIVATE_USE -> true;
      default -> c == 0xFFFD;
    };
  }
}

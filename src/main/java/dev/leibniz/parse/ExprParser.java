package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Reads the expression language (LANGUAGE.md) into a canonical {@link Expr}. The ANTLR parse
 * tree stays inside this package. Thread-safe: every call uses its own lexer and parser.
 *
 * <pre>{@code
 * Expr f = ExprParser.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * }</pre>
 */
public final class ExprParser {
  private ExprParser() {}

  /**
   * Parses one expression.
   *
   * @throws ParseException for the first problem in the text, with its column
   */
  public static Expr parse(String text) {
    if (text.isBlank()) throw new ParseException("empty expression", text, 1);
    BracketScanner.Problem bracketProblem = BracketScanner.scan(text);
    ErrorTranslator errors = new ErrorTranslator(text, bracketProblem);
    LeibnizLexer lexer = new LeibnizLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    LeibnizParser parser = new LeibnizParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    LeibnizParser.StartContext tree = parser.start();
    if (bracketProblem != null) {
      throw new ParseException(bracketProblem.message(), text, bracketProblem.column());
    }
    return new ExprBuilder(text).visit(tree);
  }

  /** The reserved function names of the language, sorted: for completion and help. */
  public static List<String> functionNames() {
    return ReservedNames.functionNames();
  }
}

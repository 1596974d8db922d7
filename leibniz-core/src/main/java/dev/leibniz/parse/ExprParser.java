package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import java.util.List;
import org.antlr.v4.runtime.ANTLRErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Reads the expression language (LANGUAGE.md) into a canonical {@link Expr}. The ANTLR parse
 * tree stays inside this package. Thread-safe: each thread reuses its own lexer and parser.
 *
 * <pre>{@code
 * Expr f = ExprParser.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * }</pre>
 */
public final class ExprParser {
  /** One lexer and parser per thread, reset for each input: cheaper than new ones per line. */
  private static final ThreadLocal<LeibnizLexer> LEXERS = ThreadLocal.withInitial(
      () -> new LeibnizLexer(CharStreams.fromString("")));
  private static final ThreadLocal<LeibnizParser> PARSERS = ThreadLocal.withInitial(
      () -> new LeibnizParser(new CommonTokenStream(LEXERS.get())));

  private ExprParser() {}


  /**
   * Parses one expression.
   *
   * @throws ParseException for the first problem in the text, with its column
   */
  public static Expr parse(String text) {
    if (text.isBlank()) throw new ParseException("empty expression", text, 1);
    // The scan refuses nesting past StackGuard.MAX_NESTING, which bounds the recursion below.
    return parse(text, BracketScanner.scan(text).problem());
  }

  private static Expr parse(String text, BracketScanner.Problem bracketProblem) {
    ErrorTranslator errors = new ErrorTranslator(text, bracketProblem);
    LeibnizParser parser = PARSERS.get();
    LeibnizLexer lexer = LEXERS.get();
    lexer.setInputStream(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(errors);
    parser.setTokenStream(new CommonTokenStream(new RunSplittingTokenSource(lexer, text)));
    parser.removeErrorListeners();
    parser.addErrorListener(errors);
    LeibnizParser.StartContext tree = parseTwoStage(parser, lexer, text);
    if (bracketProblem != null) {
      throw new ParseException(bracketProblem.message(), text, bracketProblem.column());
    }
    return new ExprBuilder(text).visit(tree);
  }

  /**
   * SLL prediction first, which settles the grammar's one deliberate ambiguity (is the group
   * after a function name its argument or a factor?) greedily and fast; only if SLL fails,
   * full LL, whose error listener then reports the first error in words.
   */
  static LeibnizParser.StartContext parseTwoStage(LeibnizParser parser,
      LeibnizLexer lexer, String text) {
    ANTLRErrorListener errors = parser.getErrorListeners().get(0);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.start();
    } catch (ParseCancellationException sllFailed) {
      lexer.setInputStream(CharStreams.fromString(text));
      parser.setTokenStream(new CommonTokenStream(new RunSplittingTokenSource(lexer, text)));
      parser.addErrorListener(errors);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.start();
    }
  }

  /** The reserved function names of the language, sorted: for completion and help. */
  public static List<String> functionNames() {
    return ReservedNames.functionNames();
  }
}

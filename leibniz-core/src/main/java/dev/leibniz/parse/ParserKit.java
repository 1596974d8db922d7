package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One thread's lexer, token source, token stream, parser, expression builder and bracket
 * scanner, set up once and reset for each line, so a parse allocates only what the line itself
 * needs (its tokens, rule contexts and expression). The parser builds no parse tree: its
 * actions hand each rule's result to the {@link ExprBuilder} as the rule completes.
 *
 * <p>A line is parsed with SLL prediction and the bail-out strategy first, which settles the
 * grammar's one deliberate ambiguity (is the group after a function name its argument or a
 * factor?) greedily and fast, with no error listener; only if that fails is it parsed again
 * with full LL and an {@link ErrorTranslator}, which reports the first error in words. The
 * {@link BracketScanner} runs before the parser when the line is longer than the deepest
 * nesting allowed (to bound the parser's recursion), and otherwise only when its opinion is
 * needed: after a failed parse (for the message), or after a successful one in which the token
 * source saw an opener closed by another kind (which the grammar accepts), for the message.
 * A problem the builder found is reported after both, as is one in the declarations.
 */
final class ParserKit {
  private final LineCharStream chars = new LineCharStream();
  private final LeibnizLexer lexer = new LeibnizLexer(chars);
  private final RunSplittingTokenSource source = new RunSplittingTokenSource(lexer);
  private final LineTokenStream tokens = new LineTokenStream(source);
  private final LeibnizParser parser = new LeibnizParser(tokens);
  private final ExprBuilder builder = new ExprBuilder(parser);
  private final BracketScanner scanner = new BracketScanner();
  private final BailErrorStrategy bail = new BailErrorStrategy();
  private String text = "";
  /** True while a parse is running: a parse started meanwhile needs a kit of its own. */
  boolean busy;

  ParserKit() {
    lexer.setInterpreter(new DfaWalkingLexerSimulator(lexer));
    lexer.removeErrorListeners();
    // Every character is some token (the grammar's UNKNOWN), so the lexer never reports; were
    // it to, the line would be refused at that column.
    lexer.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
          int charPositionInLine, String msg, RecognitionException e) {
        throw new ParseException("unexpected character", text, charPositionInLine + 1);
      }
    });
    parser.removeErrorListeners();
    parser.setErrorHandler(bail);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setBuildParseTree(false);
    parser.build = builder;
  }

  /** The canonical expression of {@code line}, which is not blank. */
  Expr parse(String line) {
    busy = true;
    try {
      text = line;
      BracketScanner.Problem problem = null;
      boolean scanned = line.length() > BracketScanner.MAX_NESTING;
      if (scanned) problem = scanner.scan(line);
      restart();
      LeibnizParser.StartContext start;
      try {
        start = parser.start();
      } catch (ParseCancellationException sllFailed) {
        if (!scanned) problem = scanner.scan(line);
        scanned = true;
        start = parseWithFullLl(line, problem);
      }
      if (!scanned && source.sawMismatchedBrackets()) problem = scanner.scan(line);
      if (problem != null) throw new ParseException(problem.message(), line, problem.column());
      if (start.declared != null) refuseNonScalars(line);
      return builder.result();
    } finally {
      busy = false;
    }
  }

  /** Points the lexer, token source, parser and builder at the start of {@link #text}. */
  private void restart() {
    pointAt(text);
    builder.reset(text);
  }

  /** Points the lexer, token source and parser at the start of {@code line}. */
  private void pointAt(String line) {
    chars.reset(line);
    lexer.reset();
    source.reset(line);
    tokens.reset();
    parser.setTokenStream(tokens);
  }

  /** The second stage: full LL with error reporting, back to the first stage's setup after. */
  private LeibnizParser.StartContext parseWithFullLl(String line,
      BracketScanner.Problem problem) {
    restart();
    ErrorTranslator errors = new ErrorTranslator(line, problem);
    parser.addErrorListener(errors);
    parser.setErrorHandler(new DefaultErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    try {
      return parser.start();
    } finally {
      parser.removeErrorListeners();
      parser.setErrorHandler(bail);
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    }
  }

  /**
   * Declarations of scalars change nothing; a vector or matrix needs the matrix reader. They
   * are rare here, so the line is read again, into a parse tree, with the builder off.
   */
  private void refuseNonScalars(String line) {
    LeibnizParser.StartContext tree;
    parser.setBuildParseTree(true);
    parser.build = ExprBuilder.OFF;
    try {
      pointAt(line);
      tree = parser.start();
    } finally {
      parser.setBuildParseTree(false);
      parser.build = builder;
    }
    LeibnizParser.DeclarationsContext declarations = tree.declarations();
    for (var e : Declarations.read(declarations, line, false).entrySet()) {
      if (!e.getValue().isScalar()) {
        throw ParseException.nonScalar("'" + e.getKey() + "' is declared " + e.getValue(),
            "a vector or matrix expression, which the scalar reader does not take", line,
            declarations.getStart().getCharPositionInLine() + 1);
      }
    }
  }
}

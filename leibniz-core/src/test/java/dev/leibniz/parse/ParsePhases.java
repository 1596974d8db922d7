package dev.leibniz.parse;

import dev.leibniz.bench.ThreadClock;
import dev.leibniz.bench.Workloads;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * The parse of mix-10k in layers, by the thread's CPU clock (BENCHMARKS.md, "Parsing at the
 * grammar's floor"): the ANTLR lexer alone; with the run-splitting token source; with the parser
 * reading the tokens (SLL, bail-out, no parse tree, the builder off); and {@link ExprParser#parse}
 * whole, which adds the expression's canonical construction; then the lecture example's parse.
 * A line refused (a syntax error, {@code sqrt(-1)}) counts as read.
 * It lives in this package because the layers are package-private.
 *
 * <pre>{@code bench/parse 12      # twelve passes, the last six printed}</pre>
 */
public final class ParsePhases {

  private ParsePhases() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    List<String> lines = Workloads.mix();
    LineCharStream chars = new LineCharStream();
    LeibnizLexer lexer = new LeibnizLexer(chars);
    lexer.setInterpreter(new DfaWalkingLexerSimulator(lexer));
    CommonTokenStream lexed = new CommonTokenStream(lexer);
    RunSplittingTokenSource source = new RunSplittingTokenSource(lexer);
    LineTokenStream tokens = new LineTokenStream(source);
    LeibnizParser parser = new LeibnizParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setBuildParseTree(false);
    for (int pass = 0; pass < passes; pass++) {
      long check = 0;
      long t0 = ThreadClock.cpu();
      for (String line : lines) {
        chars.reset(line);
        lexer.reset();
        source.reset(line); // the lexer's tokens are the source's to reuse
        lexed.setTokenSource(lexer);
        lexed.fill();
        check += lexed.size();
      }
      long t1 = ThreadClock.cpu();
      for (String line : lines) {
        chars.reset(line);
        lexer.reset();
        source.reset(line);
        tokens.reset();
        while (tokens.LA(1) != LeibnizLexer.EOF) tokens.consume();
        check += tokens.size();
      }
      long t2 = ThreadClock.cpu();
      for (String line : lines) {
        chars.reset(line);
        lexer.reset();
        source.reset(line);
        tokens.reset();
        parser.setTokenStream(tokens);
        try {
          check += parser.start().getRuleIndex();
        } catch (RuntimeException refused) {
          check--;
        }
      }
      long t3 = ThreadClock.cpu();
      long bytes = ThreadClock.allocated();
      for (String line : lines) {
        try {
          check += ExprParser.parse(line).hashCode() & 1;
        } catch (ParseException refused) {
          check--;
        }
      }
      long t4 = ThreadClock.cpu();
      bytes = ThreadClock.allocated() - bytes;
      for (int i = 0; i < lines.size(); i++) {
        check += ExprParser.parse(Workloads.LECTURE).hashCode() & 1;
      }
      long t5 = ThreadClock.cpu();
      double perLine = lines.size() * 1000.0;
      if (pass >= passes / 2) {
        System.out.printf("lexer %.2f  +token source %.2f  +parser %.2f  ExprParser.parse %.2f"
            + " µs/line  %,d B/line  lecture parse %.2f µs  (%d)%n", (t1 - t0) / perLine,
            (t2 - t1) / perLine, (t3 - t2) / perLine, (t4 - t3) / perLine,
            bytes / lines.size(), (t5 - t4) / perLine, check);
      }
    }
  }
}

package dev.leibniz.parse;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * The grammar's lexer over many lines, as the scalar reader runs it (one reused character
 * stream and token pool), with ANTLR's own simulator or the one that walks the DFA
 * ({@link DfaWalkingLexerSimulator}): the workload of {@code LexerBench}, public here because
 * the lexer's parts are package-private.
 */
public final class LexerLoop {
  private final LineCharStream chars = new LineCharStream();
  private final LeibnizLexer lexer;
  private final TokenPool pool = TokenPool.reusing();

  private LexerLoop(boolean walking) {
    lexer = lexer(chars, walking);
    lexer.setTokenFactory(pool);
  }

  /** The grammar's lexer of {@code chars}, on the walking simulator or on ANTLR's own. */
  static LeibnizLexer lexer(LineCharStream chars, boolean walking) {
    LeibnizLexer lexer = new LeibnizLexer(chars);
    lexer.setInterpreter(walking ? new DfaWalkingLexerSimulator(lexer)
        : new LexerATNSimulator(lexer, lexer.getATN(), LeibnizLexer._decisionToDFA,
            LeibnizLexer._sharedContextCache));
    return lexer;
  }

  /** A loop on ANTLR's own simulator. */
  public static LexerLoop antlr() {
    return new LexerLoop(false);
  }

  /** A loop on the simulator that walks the DFA. */
  public static LexerLoop walking() {
    return new LexerLoop(true);
  }

  /** Lexes every line to its EOF and returns the tokens' types and stops added up. */
  public long lex(List<String> lines) {
    long sum = 0;
    for (String line : lines) {
      chars.reset(line);
      lexer.reset();
      pool.reset();
      for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
        sum += t.getType() + t.getStopIndex();
      }
    }
    return sum;
  }
}

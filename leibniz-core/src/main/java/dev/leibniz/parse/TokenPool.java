package dev.leibniz.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Makes the lexer's tokens and the tokens of a run's names ({@link PieceToken}), reusing one
 * line's tokens for the next: the scalar reader keeps no token past its line (the expression
 * and the messages hold values and columns, never tokens), so after {@link #reset} the tokens
 * of the line before are made again, with every field set anew, instead of allocated. A pool
 * keeps at most {@link #MOST} tokens (a longer line's tokens beyond them are new ones, left to
 * the collector). {@link #fresh} makes a factory that never reuses, for a reader that keeps
 * its tokens in a parse tree. One pool serves one thread's lexer.
 */
final class TokenPool implements TokenFactory<PieceToken> {
  /** The most tokens kept for reuse. */
  static final int MOST = 1024;

  private final int most;
  private PieceToken[] tokens;
  /** How many of {@link #tokens} have been handed out since {@link #reset}. */
  private int used;

  private TokenPool(int most) {
    this.most = most;
    this.tokens = new PieceToken[Math.min(most, 64)];
  }

  /** A pool for a reader that keeps no token past its line. */
  static TokenPool reusing() {
    return new TokenPool(MOST);
  }

  /** A factory whose every token is new. */
  static TokenPool fresh() {
    return new TokenPool(0);
  }

  /** The next line may take back every token handed out so far. */
  void reset() {
    used = 0;
  }

  @Override
  public PieceToken create(Pair<TokenSource, CharStream> source, int type, String text,
      int channel, int start, int stop, int line, int charPositionInLine) {
    return next().lexed(source, type, text, channel, start, stop, line, charPositionInLine);
  }

  @Override
  public PieceToken create(int type, String text) {
    return new PieceToken(type, text);
  }

  /** The token of {@code piece} of the run read as {@code run}. */
  PieceToken piece(PieceToken run, NameSplitter.Piece piece) {
    return next().pieceOf(run, piece);
  }

  /** A token to set: one handed out before the last reset, or a new one. */
  private PieceToken next() {
    if (used >= most) return new PieceToken();
    if (used == tokens.length) tokens = Arrays.copyOf(tokens, Math.min(2 * used, most));
    PieceToken t = tokens[used];
    if (t == null) tokens[used] = t = new PieceToken();
    used++;
    return t;
  }
}

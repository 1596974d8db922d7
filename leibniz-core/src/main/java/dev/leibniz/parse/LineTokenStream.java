package dev.leibniz.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens of one line for the parser: what ANTLR's {@code CommonTokenStream} does for a
 * source whose tokens are all on one channel (the grammar skips blanks), without its walks
 * over channels on every look. Tokens are fetched as the parser first looks at them, so a
 * token the source refuses is refused only when the parse reaches it, and kept in an array
 * that is reused from line to line.
 */
final class LineTokenStream implements TokenStream {
  private final RunSplittingTokenSource source;
  private PieceToken[] tokens = new PieceToken[64];
  /** The fetched tokens' types, so that the parser's many {@code LA(1)} read an array. */
  private int[] types = new int[64];
  /** How many tokens have been fetched; the last is EOF once {@link #ended}. */
  private int fetched;
  private boolean ended;
  /** The index of the current token, {@code LT(1)}. */
  private int p;

  LineTokenStream(RunSplittingTokenSource source) {
    this.source = source;
  }

  /**
   * Starts again on the source's next line: no tokens fetched. The array keeps the tokens of the
   * line before, so that {@link #fetchThrough} can skip the store of a token already in its
   * place; the pool keeps its first {@link TokenPool#MOST} tokens anyway. Tokens past those are
   * new ones, which a line of more tokens than that leaves here: its arrays are made anew, so
   * that they are not kept alive (a shorter line can leave a few hundred).
   */
  void reset() {
    if (tokens.length > TokenPool.MOST) {
      tokens = new PieceToken[64];
      types = new int[64];
    }
    fetched = 0;
    ended = false;
    p = 0;
  }

  @Override
  public Token LT(int k) {
    if (k == 1 && p < fetched) return tokens[p];
    if (k > 0) {
      int i = p + k - 1;
      if (i >= fetched) fetchThrough(i);
      return tokens[Math.min(i, fetched - 1)];
    }
    int i = p + k;
    return k == 0 || i < 0 ? null : tokens[i];
  }

  @Override
  public int LA(int i) {
    if (i == 1 && p < fetched) return types[p];
    Token t = LT(i);
    return t == null ? Token.INVALID_TYPE : t.getType();
  }

  /** {@code LT(1)} without the interface call: the token the parser is looking at. */
  PieceToken current() {
    return p < fetched ? tokens[p] : (PieceToken) LT(1);
  }

  /** {@code LT(-1)} without the interface call: the token last consumed, null at the start. */
  Token previous() {
    return p > 0 ? tokens[p - 1] : null;
  }

  /**
   * Fetches tokens until the one at {@code index}, or EOF, is in the array. The source is the
   * final class and hands out its own token class, so the fetch makes no interface call and no
   * cast, and reads and writes the token's fields directly.
   */
  private void fetchThrough(int index) {
    while (fetched <= index && !ended) {
      PieceToken t = source.next();
      int n = fetched;
      if (n == tokens.length) grow();
      int type = t.at(n);
      types[n] = type;
      // The pool hands out the same tokens in the same order line after line, so the token is
      // usually in its place already. The array lives as long as its thread: under G1 a store
      // into it costs a memory fence (see the grammar's parser members), a load and compare not.
      if (tokens[n] != t) tokens[n] = t;
      fetched = n + 1;
      ended = type == Token.EOF;
    }
  }

  /** Doubles the arrays of fetched tokens and their types. */
  private void grow() {
    tokens = Arrays.copyOf(tokens, tokens.length * 2);
    types = Arrays.copyOf(types, types.length * 2);
  }

  /** Moves past the current token, which the parser has looked at (so it has been fetched). */
  @Override
  public void consume() {
    int type = p < fetched ? types[p] : LA(1);
    if (type == Token.EOF) throw new IllegalStateException("cannot consume EOF");
    p++;
  }

  @Override
  public Token get(int index) {
    if (index >= fetched) fetchThrough(index);
    return tokens[index];
  }

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = index;
  }

  @Override
  public int size() {
    return fetched;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public String getText(Interval interval) {
    StringBuilder text = new StringBuilder();
    int stop = Math.min(interval.b, fetched - 1);
    for (int i = Math.max(interval.a, 0); i <= stop; i++) {
      if (tokens[i].getType() != Token.EOF) text.append(tokens[i].getText());
    }
    return text.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(0, fetched - 1));
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    if (start == null || stop == null) return "";
    return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }
}

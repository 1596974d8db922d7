package dev.leibniz.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Splits each run of letters the lexer finds into one NAME token per name
 * ({@link NameSplitter}), so that the grammar's precedence applies to each name alone:
 * {@code xy^2} is {@code x*y^2}, {@code a/bc} is {@code (a/b)*c}, {@code xsin(x)^2} is
 * {@code x*sin(x)^2}. Function names become FUNCTION tokens, the only names that take a group
 * as an argument ({@code x(x+1)} is a product). A run written against '(' that reads as a
 * misspelt function ({@code sine(x)}), a capitalised reserved name ({@code Ln}, {@code PI}) or a
 * foreign spelling ({@code tg(x)}) is refused here, while the whole run is still in view.
 */
final class RunSplittingTokenSource implements TokenSource {
  private final LeibnizLexer lexer;
  private final String line;
  private final Deque<Token> pending = new ArrayDeque<>();
  /** Declared names read whole, never split ({@code output}, {@code h1} in a program). */
  private final Set<String> wholeNames;

  RunSplittingTokenSource(LeibnizLexer lexer, String line) {
    this(lexer, line, Set.of());
  }

  RunSplittingTokenSource(LeibnizLexer lexer, String line, Set<String> wholeNames) {
    this.lexer = lexer;
    this.line = line;
    this.wholeNames = wholeNames;
  }

  @Override
  public Token nextToken() {
    if (!pending.isEmpty()) return pending.poll();
    Token t = lexer.nextToken();
    if (t.getType() != LeibnizLexer.NAME) return t;
    String run = t.getText();
    if (!wholeNames.isEmpty() && wholeNames.contains(run)) return t;
    int column = t.getCharPositionInLine() + 1;
    int next = t.getStopIndex() + 1;
    Misspellings.refuseForeign(run, line, column, Misspellings.opensGroup(line, next));
    List<NameSplitter.Piece> pieces = NameSplitter.split(run, line, column);
    if (pieces.size() == 1) return pieces.get(0).isFunction() ? asFunction(t) : t;
    if (readsAsUnknownFunction(run, pieces, next)) {
      throw new ParseException("unknown function '" + run + "'", line, column);
    }
    for (NameSplitter.Piece p : pieces) {
      CommonToken piece = new CommonToken(t);
      piece.setText(p.text());
      piece.setStartIndex(t.getStartIndex() + p.offset());
      piece.setStopIndex(t.getStartIndex() + p.offset() + p.text().length() - 1);
      piece.setCharPositionInLine(t.getCharPositionInLine() + p.offset());
      if (p.isFunction()) piece.setType(LeibnizParser.FUNCTION);
      pending.add(piece);
    }
    return pending.poll();
  }

  /** A reserved function name: the only name the grammar lets take a group as its argument. */
  private static Token asFunction(Token t) {
    CommonToken function = new CommonToken(t);
    function.setType(LeibnizParser.FUNCTION);
    return function;
  }

  /**
   * {@code sine(x)}, {@code foo(x)}: a run written directly against '(' that does not end in a
   * function name but reads as a word (three or more plain letters, or a function name with one
   * or two letters after it) is meant as a function the language does not have. Longer tails
   * keep the plainer message: {@code 2absqrt(5)} is "'abs' needs an argument".
   */
  private boolean readsAsUnknownFunction(String run, List<NameSplitter.Piece> pieces, int next) {
    if (next >= line.length() || line.charAt(next) != '(') return false;
    if (pieces.get(pieces.size() - 1).isFunction()) return false;
    for (NameSplitter.Piece p : pieces) {
      if (p.isFunction()) return run.length() - p.offset() - p.text().length() <= 2;
    }
    if (run.length() < 3) return false;
    for (NameSplitter.Piece p : pieces) {
      boolean plainLetter = p.text().length() == 1 && p.text().charAt(0) < 128;
      if (!plainLetter) return false;
    }
    return true;
  }

  @Override
  public int getLine() {
    return lexer.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexer.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexer.getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexer.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexer.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexer.getTokenFactory();
  }
}

package dev.leibniz.parse;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * Splits each run of letters the lexer finds into one NAME token per name
 * ({@link NameSplitter}), so that the grammar's precedence applies to each name alone:
 * {@code xy^2} is {@code x*y^2}, {@code a/bc} is {@code (a/b)*c}, {@code xsin(x)^2} is
 * {@code x*sin(x)^2}. Function names become FUNCTION tokens before a group, the only names
 * that take a group as an argument ({@code x(x+1)} is a product), and BARE_FUNCTION elsewhere.
 * A run written against '(' that reads as a misspelt function ({@code sine(x)}), a capitalised
 * reserved name ({@code Ln}, {@code PI}) or a foreign spelling ({@code tg(x)}) is refused here,
 * while the whole run is still in view.
 *
 * <p>Each name token carries its piece ({@link PieceToken}), so the builder does not split the
 * run again, and each spelling is split once: its reading is kept for the next run spelt so.
 * One instance serves one thread's lexer, {@link #reset} for each line.
 */
final class RunSplittingTokenSource implements TokenSource {
  private final LeibnizLexer lexer;
  /** Makes the lexer's tokens and the names' ({@link #reset} lets it reuse a line's). */
  private final TokenPool tokens;
  /** The names of a split run not handed out yet: {@code pending[nextPending, pendingEnd)}. */
  private PieceToken[] pending = new PieceToken[8];
  private int nextPending;
  private int pendingEnd;
  private String line = "";
  private final BracketPairs brackets = new BracketPairs();
  /** Declared names read whole, never split ({@code output}, {@code h1} in a program). */
  private Set<String> wholeNames = Set.of();
  /** The readings of the runs met so far, by spelling. */
  private final SpellingTable<Reading> readings = new SpellingTable<>();
  /** The readings of one-letter ASCII runs, by letter: most names are one. */
  private final Reading[] oneLetters = new Reading[128];
  /** The line's code points, by the lexer's indices, and its chars, by the String's. */
  private int[] codePoints;
  private char[] chars;
  private int length;

  /**
   * A source for {@link #reset} to start on each line, with no declared names, whose tokens
   * are reused from line to line: the reader must keep none past its line.
   */
  RunSplittingTokenSource(LeibnizLexer lexer) {
    this(lexer, TokenPool.reusing());
  }

  /** A source for {@code line} alone, reading {@code wholeNames} whole; its tokens are new. */
  RunSplittingTokenSource(LeibnizLexer lexer, String line, Set<String> wholeNames) {
    this(lexer, TokenPool.fresh());
    reset(line);
    this.wholeNames = wholeNames;
  }

  private RunSplittingTokenSource(LeibnizLexer lexer, TokenPool tokens) {
    this.lexer = lexer;
    this.tokens = tokens;
    lexer.setTokenFactory(tokens);
  }

  /**
   * Starts on {@code line}, which the lexer has been given as its input (and been reset to);
   * the tokens of the line before may be made again.
   */
  void reset(String line) {
    this.line = line;
    tokens.reset();
    nextPending = pendingEnd = 0;
    brackets.reset();
    LineCharStream input = (LineCharStream) lexer.getInputStream();
    codePoints = input.codePoints();
    chars = input.chars();
    length = line.length();
  }

  /**
   * True if a closer read since {@link #reset} met an opener of another kind, or none
   * ({@link BracketPairs}): after a parse that read the whole line, exactly when the
   * {@link BracketScanner} finds a problem.
   */
  boolean sawMismatchedBrackets() {
    return brackets.mismatched();
  }

  @Override
  public Token nextToken() {
    return next();
  }

  /** The next token, as {@link #nextToken}, in the class every token here has. */
  PieceToken next() {
    if (nextPending < pendingEnd) return pending[nextPending++];
    PieceToken t = (PieceToken) lexer.nextToken();
    int type = t.getType();
    if (type != LeibnizLexer.NAME) {
      brackets.see(type);
      return t;
    }
    Reading reading = knownReading(t);
    String run = reading != null ? reading.spelling() : t.getText();
    if (!wholeNames.isEmpty() && wholeNames.contains(run)) return t;
    int column = t.getCharPositionInLine() + 1;
    int next = t.getStopIndex() + 1;
    String foreign = reading != null ? reading.foreignMeaning() : Misspellings.foreignMeaning(run);
    if (foreign != null && Misspellings.opensGroup(line, next)) {
      throw Misspellings.foreignCall(run, foreign, line, column);
    }
    if (reading == null) reading = read(run, foreign, column);
    List<NameSplitter.Piece> pieces = reading.pieces();
    boolean beforeGroup = groupFollows(next);
    if (pieces.size() == 1) return t.reads(pieces.get(0), beforeGroup);
    boolean againstParenthesis = next < length && chars[next] == '(';
    if (againstParenthesis && reading.word()) {
      throw new ParseException("unknown function '" + run + "'", line, column);
    }
    int last = pieces.size() - 1;
    if (pending.length <= last) pending = new PieceToken[2 * (last + 1)];
    for (int i = 0; i <= last; i++) {
      pending[i] = tokens.piece(t, pieces.get(i)).reads(pieces.get(i), i == last && beforeGroup);
    }
    nextPending = 1;
    pendingEnd = last + 1;
    return pending[0];
  }

  /**
   * What a spelling of a run reads as, apart from what follows it: its pieces, the function it
   * is a foreign spelling of (or null), and whether, written against '(', it reads as the name
   * of a function the language does not have ({@link #readsAsWord}).
   */
  private record Reading(String spelling, List<NameSplitter.Piece> pieces, String foreignMeaning,
      boolean word) {}

  /** Splits {@code run} and keeps the reading for the run's next appearance. */
  private Reading read(String run, String foreignMeaning, int column) {
    List<NameSplitter.Piece> pieces = NameSplitter.split(run, line, column);
    Reading reading = new Reading(run, pieces, foreignMeaning, readsAsWord(run, pieces));
    readings.put(run, reading);
    if (run.length() == 1 && run.charAt(0) < oneLetters.length) oneLetters[run.charAt(0)] = reading;
    return reading;
  }

  /**
   * The reading of {@code t}'s run if it has been read before, found by its code points in the
   * line without taking the token's text: one ASCII letter by the letter alone (no hashing), a
   * longer run by its spelling ({@link SpellingTable}); else null.
   */
  private Reading knownReading(Token t) {
    int start = t.getStartIndex();
    int stop = t.getStopIndex();
    if (start == stop) {
      int c = codePoints[start];
      if (c < oneLetters.length) return oneLetters[c];
    }
    return readings.get(codePoints, start, stop + 1);
  }

  /**
   * True if the first character at or after {@code from} that the lexer does not skip opens a
   * group: a function name there takes the group as its argument (the greedy reading).
   */
  private boolean groupFollows(int from) {
    int i = from;
    while (i < length && isSkipped(chars[i])) i++;
    return i < length && BracketScanner.isOpener(chars[i]);
  }

  /** True for the blanks the lexer skips (the grammar's WS). */
  private static boolean isSkipped(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * {@code sine(x)}, {@code foo(x)}: a run written directly against '(' that does not end in a
   * function name but reads as a word (three or more plain letters, or a function name with one
   * or two letters after it) is meant as a function the language does not have. Longer tails
   * keep the plainer message: {@code 2absqrt(5)} is "'abs' needs an argument".
   */
  private static boolean readsAsWord(String run, List<NameSplitter.Piece> pieces) {
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

package dev.leibniz.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * One line's characters for the lexer, reused from line to line, for a line with no surrogate
 * pairs (one char per code point, as ANTLR counts): no copy of the line is made.
 *
 * <p>Past its end the stream shows {@link #END}, a NUL character, instead of EOF. ANTLR's lexer
 * caches its DFA moves on characters up to 127 but never a move on EOF, so a line's last token,
 * which ends on EOF, made it work the move out afresh (a new configuration set) on every line.
 * A move on NUL is cached like any other. The lexer reads the NUL as a token of its own (the
 * grammar's UNKNOWN), which {@link RunSplittingTokenSource} turns into EOF.
 */
final class LineCharStream implements CharStream {
  /** What the stream shows past the end of the line. */
  static final int END = 0;

  private String line = "";
  private int position;

  /** True if {@code line} can be read through this stream: it has no surrogate pairs. */
  static boolean fits(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isSurrogate(line.charAt(i))) return false;
    }
    return true;
  }

  /** This stream, at the start of {@code line}, which {@link #fits}. */
  LineCharStream reset(String line) {
    this.line = line;
    position = 0;
    return this;
  }

  @Override
  public int LA(int i) {
    if (i > 0) {
      int index = position + i - 1;
      return index < line.length() ? line.charAt(index) : END;
    }
    int index = position + i;
    return i == 0 ? 0 : index < 0 ? IntStream.EOF : line.charAt(index);
  }

  @Override
  public void consume() {
    position++;
  }

  @Override
  public int index() {
    return position;
  }

  @Override
  public void seek(int index) {
    position = index;
  }

  @Override
  public int size() {
    return line.length();
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, line.length());
    int stop = Math.min(interval.b + 1, line.length());
    return start >= stop ? "" : line.substring(start, stop);
  }
}

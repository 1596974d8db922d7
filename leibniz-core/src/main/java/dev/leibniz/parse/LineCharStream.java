package dev.leibniz.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * One line's characters for the lexer, as code points (a surrogate pair is one), what ANTLR's
 * {@code CharStreams.fromString} gives, in a buffer reused from line to line: {@code
 * fromString} copies the line twice (into a {@code CharBuffer}, then into a code-point buffer)
 * and allocates five objects per line, and a new stream also costs the lexer two new
 * token-source pairs. The lexer keeps this one stream and is only {@link #reset} with it.
 */
final class LineCharStream implements CharStream {
  /** A buffer grown past this many chars is kept only while the lines stay longer. */
  private static final int LONG = 4096;
  private char[] chars = new char[64];
  private int[] codePoints = new int[64];
  private int size;
  /** The line, whose indices are the code points' when it has no surrogate pairs. */
  private String line = "";
  /** The index of the current character, {@code LA(1)}. */
  private int p;

  /** A stream of {@code line} alone. */
  static LineCharStream of(String line) {
    LineCharStream chars = new LineCharStream();
    chars.reset(line);
    return chars;
  }

  /** Starts on {@code line}, at its first character. */
  void reset(String line) {
    int length = line.length();
    // A buffer grown for a long line is not kept for the short ones after it.
    if (chars.length < length || (chars.length > LONG && length <= LONG)) {
      chars = new char[Math.max(length, 64)];
      codePoints = new int[chars.length];
    }
    line.getChars(0, length, chars, 0);
    int n = 0;
    for (int i = 0; i < length; n++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < length
          && Character.isLowSurrogate(chars[i + 1])) {
        codePoints[n] = Character.toCodePoint(c, chars[i + 1]);
        i += 2;
      } else {
        codePoints[n] = c;
        i++;
      }
    }
    size = n;
    p = 0;
    this.line = line;
  }

  /**
   * The line's chars, valid from 0 to its length (exclusive), the String's indices: for the
   * token source's looks at the line, which then read an array, not the String.
   */
  char[] chars() {
    return chars;
  }

  /**
   * The line's code points, valid from 0 to {@link #size()} (exclusive), the lexer's indices:
   * for the token source's look-ups, which then read an array, not the String.
   */
  int[] codePoints() {
    return codePoints;
  }

  /** The character {@code i} ahead ({@code LA(1)} the current one, which the lexer asks most). */
  @Override
  public int LA(int i) {
    if (i == 1) return p < size ? codePoints[p] : IntStream.EOF;
    if (i == 0) return 0; // undefined, as in ANTLR's streams
    int index = i > 0 ? p + i - 1 : p + i;
    return index >= 0 && index < size ? codePoints[index] : IntStream.EOF;
  }

  @Override
  public void consume() {
    if (p >= size) throw new IllegalStateException("cannot consume EOF");
    p++;
  }

  @Override
  public int index() {
    return p;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public void seek(int index) {
    p = Math.min(index, size);
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.min(interval.a, size);
    int stop = Math.min(interval.b, size - 1);
    if (stop < start) return "";
    return size == line.length() ? line.substring(start, stop + 1)
        : new String(codePoints, start, stop - start + 1);
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }

  @Override
  public String toString() {
    return line;
  }
}

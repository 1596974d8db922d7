package dev.leibniz.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text, read robustly: UTF-8 with every invalid byte sequence replaced by U+FFFD
 * (never an error), a leading byte-order mark dropped, and a last line with or without its
 * newline. Only LF and CRLF end a line: a lone CR stays inside its line, where the expression
 * language reads it as white space, so that output line n always answers input line n (a
 * {@code BufferedReader} would split the line there and shift every answer after it).
 *
 * <p>A {@code #} starts a comment that runs to the end of the line, after an expression or
 * alone ({@link #withoutComment}): the language has no {@code #}.
 */
final class InputLines implements Closeable {
  private static final char BOM = '\uFEFF';

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean first = true;

  private InputLines(Reader in) {
    this.in = in;
  }

  /** The lines of {@code in}, decoded as UTF-8 with malformed input replaced. */
  static InputLines of(InputStream in) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputLines(new InputStreamReader(in, decoder));
  }

  /** The next line without its LF or CRLF, or null at the end of the text. */
  String next() throws IOException {
    StringBuilder partial = null;
    while (true) {
      if (position == limit && !fill()) {
        return partial == null ? null : finish(partial.toString());
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') position++;
      if (position < limit) {
        String line = partial == null ? new String(buffer, start, position - start)
            : partial.append(buffer, start, position - start).toString();
        position++;
        return finish(line);
      }
      if (partial == null) partial = new StringBuilder();
      partial.append(buffer, start, limit - start);
    }
  }

  /**
   * The part of {@code line} before its comment: {@code x^2 # a square} gives {@code x^2 },
   * a comment line gives the empty string.
   */
  static String withoutComment(String line) {
    return dev.leibniz.BatchLine.expressionOf(line);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  /** Drops the CR of a CRLF (or of a last line ending in CR) and the first line's BOM. */
  private String finish(String line) {
    if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
    if (first && !line.isEmpty() && line.charAt(0) == BOM) line = line.substring(1);
    first = false;
    return line;
  }
}

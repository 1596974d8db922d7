package dev.leibniz.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reading lines of text robustly: UTF-8 with every invalid byte sequence replaced by U+FFFD
 * (never an error), LF, CRLF or CR line ends, a last line with or without its newline, and a
 * leading byte-order mark dropped.
 */
final class InputLines {
  private static final char BOM = '\uFEFF';

  private InputLines() {}

  /** A buffered UTF-8 reader over {@code in} that replaces malformed input. */
  static BufferedReader reader(InputStream in) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
  }

  /** The first line of a text without its byte-order mark. */
  static String stripBom(String line) {
    return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
  }
}

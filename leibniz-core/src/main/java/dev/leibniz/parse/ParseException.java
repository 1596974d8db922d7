package dev.leibniz.parse;

import dev.leibniz.error.LeibnizException;

/**
 * Text that is not an expression of the language: the first problem found, with its column.
 * The message names the problem as a person would ({@code missing ')'},
 * {@code unknown function 'sine'}), never by grammar token names.
 */
public class ParseException extends LeibnizException {
  private static final long serialVersionUID = 1L;

  /** A problem at the 1-based {@code column} of {@code input}. */
  public ParseException(String message, String input, int column) {
    super(message, input, column);
  }
}

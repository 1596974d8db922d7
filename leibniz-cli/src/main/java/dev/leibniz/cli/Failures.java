package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;

/**
 * How a front end words a failure: a {@link LeibnizException} as its own message (with the caret
 * display where a whole screen is available), anything else as one line that names no Java
 * class, so that no stack trace or exception name ever reaches the user.
 */
final class Failures {
  private Failures() {}

  /** The full message for standard error: {@link LeibnizException#display()} or one line. */
  static String describe(Throwable e) {
    if (e instanceof LeibnizException le) return le.display();
    return headline(e);
  }

  /** One line starting with {@code error: }, for batch output and summaries. */
  static String headline(Throwable e) {
    if (e instanceof LeibnizException le) return le.headline();
    return internal(e);
  }

  /**
   * The line for a failure that is not the user's input being wrong in a known way: the stack
   * or memory running out, or a bug of ours.
   */
  static String internal(Throwable e) {
    if (e instanceof StackOverflowError) return "error: expression too deeply nested";
    if (e instanceof OutOfMemoryError) return "error: out of memory";
    String message = e.getMessage();
    if (message == null || message.isBlank()) message = "unexpected " + kind(e);
    return "error: internal error: " + firstLine(message);
  }

  private static String kind(Throwable e) {
    // "NullPointerException" -> "null pointer": the class name in words, not in Java.
    String name = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

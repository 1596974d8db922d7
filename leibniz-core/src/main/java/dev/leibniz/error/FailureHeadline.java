package dev.leibniz.error;

/**
 * A failure in one line that starts with {@code error: }, for output that answers many inputs
 * one line each (batch output, a Spark row): a {@link LeibnizException} as its
 * {@link LeibnizException#headline() headline}, anything else in words that name no Java class,
 * so that no stack trace or exception name ever reaches the user.
 */
public final class FailureHeadline {
  private FailureHeadline() {}

  /** {@code error: unexpected ')' at column 7}, {@code error: out of memory}, ... */
  public static String of(Throwable e) {
    if (e instanceof LeibnizException le) return le.headline();
    return internal(e);
  }

  /**
   * The line for a failure that is not the user's input being wrong in a known way: the stack
   * or memory running out, or a bug of ours.
   */
  public static String internal(Throwable e) {
    if (e instanceof StackOverflowError) return "error: expression too deeply nested";
    if (e instanceof OutOfMemoryError) return "error: out of memory";
    String message = e.getMessage();
    if (message == null || message.isBlank()) message = "unexpected " + kind(e);
    return "error: internal error: " + firstLine(message);
  }

  /** The column a failure points at (1-based), or 0 when it points at none. */
  public static int column(Throwable e) {
    return e instanceof LeibnizException le ? le.column() : 0;
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

package dev.leibniz.error;

/**
 * A problem with what the user asked for: a malformed expression, an unknown variable, a result
 * too large. It carries the input and the 1-based column it points at (0 when it points at no
 * column), and {@link #display()} renders the message the way every front end shows it:
 *
 * <pre>
 * error: unexpected ')' at column 7
 *   sin(x))
 *         ^
 * </pre>
 *
 * <p>No front end ever shows a stack trace for one of these.
 */
public class LeibnizException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final int column;

  /** A problem that points at no particular column. */
  public LeibnizException(String message) {
    this(message, null, 0);
  }

  /**
   * A problem at {@code column} (1-based) of {@code input}.
   *
   * @param message what is wrong, in words a person understands, without the column
   * @param input the line the user typed, or null
   * @param column the 1-based column, or 0 for none
   */
  public LeibnizException(String message, String input, int column) {
    super(message);
    this.input = input;
    this.column = column;
  }

  /** The line the problem is in, or null. */
  public String input() {
    return input;
  }

  /** The 1-based column the problem is at, or 0 when it has none. */
  public int column() {
    return column;
  }

  /** One line: {@code error: unexpected ')' at column 7}. */
  public String headline() {
    return "error: " + getMessage() + (column > 0 ? " at column " + column : "");
  }

  /**
   * The headline, then (when there is a column) the input and a caret under the column. A long
   * input is shown as a window of {@link #WINDOW} characters either side of the column.
   */
  public String display() {
    if (column <= 0 || input == null || input.indexOf('\n') >= 0) return headline();
    int from = Math.max(0, column - 1 - WINDOW);
    int to = Math.min(input.length(), column - 1 + WINDOW);
    String prefix = from > 0 ? "..." : "";
    String shown = prefix + input.substring(from, to) + (to < input.length() ? "..." : "");
    StringBuilder caret = new StringBuilder(" ".repeat(prefix.length()));
    for (int i = from; i < column - 1 && i < input.length(); i++) {
      caret.append(input.charAt(i) == '\t' ? '\t' : ' ');
    }
    return headline() + "\n  " + shown + "\n  " + caret + "^";
  }

  private static final int WINDOW = 60;
}

package dev.leibniz.parse;

/**
 * The problem a line's builder reports: the first found in reading order, except that a
 * problem of a group's own shape (too many arguments, a comma in a grouped value) is named
 * before anything inside the group, as a reader checks a call before its arguments
 * ({@code sin(1/0, 2)} is "'sin' takes one argument"). Held, not thrown, while the parse goes
 * on ({@link ExprBuilder}); one per builder, cleared for each line.
 */
final class FirstProblem {
  private ParseException held;

  void clear() {
    held = null;
  }

  /** True while no problem is held. */
  boolean none() {
    return held == null;
  }

  /** Holds {@code e} unless a problem is held already: later ones are not looked for. */
  void hold(ParseException e) {
    if (held == null) held = e;
  }

  /**
   * Holds {@code e}, a problem of the shape of a group whose opener is at {@code groupColumn}:
   * it replaces a problem found inside the group (at or after its opener).
   */
  void holdBefore(int groupColumn, ParseException e) {
    if (held == null || held.column() >= groupColumn) held = e;
  }

  /** Throws the problem held, if there is one. */
  void throwIfAny() {
    if (held != null) throw held;
  }
}

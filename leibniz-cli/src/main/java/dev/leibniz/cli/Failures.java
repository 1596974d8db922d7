package dev.leibniz.cli;

import dev.leibniz.MatrixExpression;
import dev.leibniz.error.FailureHeadline;
import dev.leibniz.error.LeibnizException;
import java.util.Set;

/**
 * How a front end words a failure: a {@link LeibnizException} as its own message (with the caret
 * display where a whole screen is available), anything else as one line that names no Java
 * class ({@link FailureHeadline}), so that no stack trace or exception name ever reaches the user.
 */
final class Failures {
  /** The commands that read vectors and matrices as well as scalars. */
  private static final Set<String> TAKE_MATRICES = Set.of("diff", "grad", "batch", "repl",
      "backprop");

  private Failures() {}

  /** The full message for standard error: {@link LeibnizException#display()} or one line. */
  static String describe(Throwable e) {
    if (e instanceof LeibnizException le) return le.display();
    return headline(e);
  }

  /**
   * As {@link #describe(Throwable)}, for a failure of {@code command}: a vector or matrix
   * expression given to a command of scalars says which commands take one, not which Java
   * method would.
   */
  static String describe(Throwable e, String command) {
    if (e instanceof LeibnizException le) {
      return MatrixExpression.withAdvice(le, "a vector or matrix expression, which "
          + (TAKE_MATRICES.contains(command) ? "the scalar reader" : command)
          + " does not take (diff, grad, batch and the REPL do)").display();
    }
    return describe(e);
  }

  /** One line starting with {@code error: }, for batch output and summaries. */
  static String headline(Throwable e) {
    return FailureHeadline.of(e);
  }

  /**
   * The line for a failure that is not the user's input being wrong in a known way: the stack
   * or memory running out, or a bug of ours.
   */
  static String internal(Throwable e) {
    return FailureHeadline.internal(e);
  }
}

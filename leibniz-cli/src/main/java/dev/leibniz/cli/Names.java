package dev.leibniz.cli;

import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;

/**
 * Variable names as the user types them after {@code --wrt}, in {@code --at} or in the REPL,
 * read as inside an expression ({@link Leibniz#variableName}): {@code θ} and {@code theta} are
 * one variable.
 */
final class Names {
  private Names() {}

  /**
   * The variable {@code text} names.
   *
   * @throws LeibnizException if {@code text} is not a single variable
   */
  static String variable(String text) {
    return Leibniz.variableName(text);
  }
}

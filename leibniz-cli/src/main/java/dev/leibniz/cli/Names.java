package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Var;

/**
 * Variable names as the user types them after {@code --wrt}, in {@code --at} or in the REPL,
 * read by the parser so that they mean what they mean inside an expression: {@code θ} and
 * {@code theta} are one variable.
 */
final class Names {
  private Names() {}

  /**
   * The variable {@code text} names.
   *
   * @throws LeibnizException if {@code text} is not a single variable
   */
  static String variable(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) throw new LeibnizException("missing variable name");
    Expression e;
    try {
      e = Expression.parse(trimmed);
    } catch (LeibnizException ex) {
      throw notAVariable(trimmed);
    }
    if (e.tree() instanceof Var v) return v.name();
    throw notAVariable(trimmed);
  }

  private static LeibnizException notAVariable(String text) {
    return new LeibnizException("'" + text + "' is not a variable name");
  }
}

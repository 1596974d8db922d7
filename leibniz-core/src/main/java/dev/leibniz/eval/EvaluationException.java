package dev.leibniz.eval;

import dev.leibniz.error.LeibnizException;

/** An expression that cannot be evaluated at the point given, such as a variable without value. */
public class EvaluationException extends LeibnizException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}, e.g. {@code no value for variable 'x'}. */
  public EvaluationException(String message) {
    super(message);
  }
}

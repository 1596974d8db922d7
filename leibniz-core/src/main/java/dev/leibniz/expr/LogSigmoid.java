package dev.leibniz.expr;

import java.util.List;

/**
 * The log-sigmoid {@code ln(sigmoid(u))} of machine-learning losses, computed as
 * {@code -softplus(-u)}: the same number for every real u, since
 * {@code ln(1/(1 + e^-u)) = -ln(1 + e^-u)}, but without the underflow of {@code sigmoid(u)} to
 * 0 below u = -745, which makes the logarithm of it {@code -Infinity}. So
 * {@code ln(sigmoid(x))} at {@code x = -800} is {@code -800.0}, not undefined. The evaluator and
 * the tape (and so the compiled gradient and generated code) compute it so; the tree, and what
 * prints, stay {@code ln(sigmoid(u))}.
 *
 * <pre>{@code
 * Expr u = LogSigmoid.argumentOf(call);        // x, for ln(sigmoid(x)); null for ln(x)
 * double v = LogSigmoid.value(-800);           // -800.0
 * Expr stable = LogSigmoid.stableForm(u);      // -softplus(-x), for the tape to compile
 * }</pre>
 */
public final class LogSigmoid {
  private LogSigmoid() {}

  /** The u of {@code ln(sigmoid(u))}; null when {@code e} is not of that form. */
  public static Expr argumentOf(Expr e) {
    if (e instanceof Call c && c.function() == MathFunction.LN
        && c.argument() instanceof Call inner && inner.function() == MathFunction.SIGMOID) {
      return inner.argument();
    }
    return null;
  }

  /** {@code ln(sigmoid(u)) = -softplus(-u)}, finite for every finite u. */
  public static double value(double u) {
    return -RealFunctions.softplus(-u);
  }

  /**
   * {@code -softplus(-u)} as a tree, built as written (raw constructors, {@code u} itself inside,
   * not a copy with its sign distributed), so that a tape computes exactly {@link #value} of the
   * node it already has for {@code u}.
   */
  public static Expr stableForm(Expr u) {
    Expr softplus = new Call(MathFunction.SOFTPLUS, new Product(List.of(Num.MINUS_ONE, u)));
    return new Product(List.of(Num.MINUS_ONE, softplus));
  }
}

package dev.leibniz.expr;

import java.util.List;

/**
 * The log-sigmoid {@code ln(sigmoid(u))} of machine-learning losses, computed as
 * {@code -softplus(-u)}: the same number for every real u, since
 * {@code ln(1/(1 + e^-u)) = -ln(1 + e^-u)}, but without the underflow of {@code sigmoid(u)} to
 * 0 below u = -745, which makes the logarithm of it {@code -Infinity}. So
 * {@code ln(sigmoid(x))} at {@code x = -800} is {@code -800.0}, not undefined. Its partner in the
 * binary cross-entropy, {@code ln(1 - sigmoid(u)) = ln(sigmoid(-u))}, is {@code -softplus(u)}:
 * in doubles {@code 1 - sigmoid(40)} is 0 (sigmoid(40) rounds to 1), and its logarithm would be
 * called undefined at an ordinary logit. The evaluator and the tape (and so the compiled gradient
 * and generated code) compute them so; the tree, and what prints, stay as written.
 *
 * <pre>{@code
 * Expr s = LogSigmoid.argumentOf(call);        // -x for ln(sigmoid(x)), x for ln(1 - sigmoid(x))
 * double v = LogSigmoid.value(800);            // -800.0: ln(sigmoid(-800)) and ln(1 - sigmoid(800))
 * Expr stable = LogSigmoid.stableForm(s);      // -softplus(s), for the tape to compile
 * }</pre>
 */
public final class LogSigmoid {
  private LogSigmoid() {}

  /**
   * The s for which {@code e} is {@code -softplus(s)}: {@code -u} (built as written, around u
   * itself) of {@code ln(sigmoid(u))}, and u of {@code ln(1 - sigmoid(u))}; null when {@code e}
   * is neither.
   */
  public static Expr argumentOf(Expr e) {
    if (!(e instanceof Call c) || c.function() != MathFunction.LN) return null;
    Expr u = sigmoidArgument(c.argument());
    if (u != null) return new Product(List.of(Num.MINUS_ONE, u));
    if (c.argument() instanceof Sum s && s.termCount() == 2) {
      // 1 - sigmoid(u), in canonical order (the number last) or as written (first)
      int one = s.term(1).isOne() ? 1 : s.term(0).isOne() ? 0 : -1;
      return one < 0 ? null : negatedSigmoidArgument(s.term(1 - one));
    }
    return null;
  }

  /** The u of {@code -sigmoid(u)}; else null. */
  private static Expr negatedSigmoidArgument(Expr e) {
    return e instanceof Product p && p.factorCount() == 2 && p.factor(0).equals(Num.MINUS_ONE)
        ? sigmoidArgument(p.factor(1)) : null;
  }

  private static Expr sigmoidArgument(Expr e) {
    return e instanceof Call c && c.function() == MathFunction.SIGMOID ? c.argument() : null;
  }

  /** {@code -softplus(s)}, the value of the logarithm whose {@link #argumentOf} is s. */
  public static double value(double s) {
    return -RealFunctions.softplus(s);
  }

  /**
   * {@code -softplus(s)} as a tree, built as written (raw constructors, {@code s} itself inside),
   * so that a tape computes exactly {@link #value} of the node it already has for {@code s}.
   */
  public static Expr stableForm(Expr s) {
    return new Product(List.of(Num.MINUS_ONE, new Call(MathFunction.SOFTPLUS, s)));
  }
}

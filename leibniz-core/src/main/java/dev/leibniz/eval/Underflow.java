package dev.leibniz.eval;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.NumberText;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Rational;
import dev.leibniz.print.PlainPrinter;

/**
 * A value surely not 0 that a double holds as 0: {@code sigmoid(x)} at {@code x = -800} is
 * {@code e^-800}, about {@code 1e-348}, below the smallest double. Which side of 0 it lies on,
 * and how {@link UndefinedExplainer} words it: {@code sigmoid(x) underflows}.
 */
final class Underflow {
  private Underflow() {}

  /**
   * The double nearest 0 on the side where a value that a double holds as {@code zero} lies:
   * its exact value's sign where known, else the zero's own ({@code -sigmoid(x)} is
   * {@code -0.0}), for asking whether an operation is defined just beside 0 there.
   */
  static double besideZero(double zero, Rational exact) {
    double sign = exact != null && exact.signum() != 0 ? exact.signum() : zero;
    return Math.copySign(Double.MIN_VALUE, sign);
  }

  /**
   * {@code sigmoid(x) underflows}, {@code x^2 underflows}, {@code the number 1e-400 underflows}:
   * the reason for what failed on the underflowed node.
   */
  static String reason(Expr underflowed) {
    if (underflowed instanceof Num n) {
      return "the number " + NumberText.of(n.value()) + " underflows";
    }
    String node = underflowed instanceof Power p ? PlainPrinter.printLiterally(p)
        : PlainPrinter.print(underflowed);
    return node + " underflows";
  }
}

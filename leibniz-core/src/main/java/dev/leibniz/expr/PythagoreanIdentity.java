package dev.leibniz.expr;

import java.util.List;

/**
 * {@code c*sin(u)^2 + c*cos(u)^2 = c}: applied while a sum collects its terms. Where the two
 * coefficients differ, the common part is folded and the rest kept:
 * {@code 3*sin(u)^2 + cos(u)^2 = 2*sin(u)^2 + 1}.
 */
final class PythagoreanIdentity {
  private PythagoreanIdentity() {}

  /**
   * Cancels matched pairs in the table of rests and coefficients (setting their coefficients
   * to what remains) and returns the constant they add up to.
   */
  static Rational collect(KeyedTable rests, List<Rational> coefficients) {
    Rational constant = Rational.ZERO;
    for (int i = 0; i < rests.size(); i++) {
      Expr u = squareOf(rests.key(i), MathFunction.SIN);
      if (u == null) continue;
      int j = rests.find(new Power(new Call(MathFunction.COS, u), Num.TWO));
      if (j < 0) continue;
      Rational a = coefficients.get(i);
      Rational b = coefficients.get(j);
      if (a.isZero() || b.isZero() || a.signum() != b.signum()) continue;
      Rational common = a.abs().compareTo(b.abs()) <= 0 ? a : b;
      coefficients.set(i, a.subtract(common));
      coefficients.set(j, b.subtract(common));
      constant = constant.add(common);
    }
    return constant;
  }

  private static Expr squareOf(Expr e, MathFunction f) {
    if (e instanceof Power p && p.exponent().equals(Num.TWO) && p.base() instanceof Call c
        && c.function() == f) {
      return c.argument();
    }
    return null;
  }
}

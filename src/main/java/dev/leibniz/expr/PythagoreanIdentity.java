package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code c*sin(u)^2 + c*cos(u)^2 = c}: applied while a sum collects its terms. Where the two
 * coefficients differ, the common part is folded and the rest kept:
 * {@code 3*sin(u)^2 + cos(u)^2 = 2*sin(u)^2 + 1}.
 */
final class PythagoreanIdentity {
  private PythagoreanIdentity() {}

  /** Removes matched pairs from {@code coefficients} and returns the constant they add up to. */
  static Rational collect(Map<Expr, Rational> coefficients) {
    List<Expr> sines = new ArrayList<>();
    for (Expr rest : coefficients.keySet()) {
      if (squareOf(rest, MathFunction.SIN) != null) sines.add(rest);
    }
    Rational constant = Rational.ZERO;
    for (Expr sinSquared : sines) {
      Expr u = squareOf(sinSquared, MathFunction.SIN);
      Expr cosSquared = new Power(new Call(MathFunction.COS, u), Num.TWO);
      Rational a = coefficients.get(sinSquared);
      Rational b = coefficients.get(cosSquared);
      if (b == null || a.isZero() || b.isZero() || a.signum() != b.signum()) continue;
      Rational common = a.abs().compareTo(b.abs()) <= 0 ? a : b;
      coefficients.put(sinSquared, a.subtract(common));
      coefficients.put(cosSquared, b.subtract(common));
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

package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The content of a {@link Poly}: what divides every one of its terms. The monomial content is the
 * smallest exponent of each generator over all terms ({@code x^2*y + x^3} has {@code x^2}); the
 * numeric content is the rational {@code c} such that {@code p/c} has integer coefficients with
 * no common factor and a positive leading coefficient (its primitive part, {@link Poly#primitive}).
 */
final class PolyContent {
  private PolyContent() {}

  /** The smallest exponent of each generator over all terms: the monomial that divides all. */
  static int[] monomial(Poly p) {
    int arity = p.arity();
    if (p.isZero()) return new int[arity];
    int[] min = Arrays.copyOf(p.rawExponents(), arity);
    for (int t = 1; t < p.termCount(); t++) {
      for (int v = 0; v < arity; v++) min[v] = Math.min(min[v], p.exponent(t, v));
    }
    return min;
  }

  /**
   * The rational number that makes {@code p} primitive: dividing by it leaves integer
   * coefficients with no common factor and a positive leading coefficient.
   */
  static Rational numeric(Poly p) {
    if (p.isZero()) return Rational.ONE;
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (int t = 0; t < p.termCount(); t++) {
      Rational c = p.coefficient(t);
      num = num.gcd(c.numerator());
      den = den.multiply(c.denominator()).divide(den.gcd(c.denominator()));
    }
    Rational content = Rational.of(num, den);
    return p.leadingCoefficient().signum() < 0 ? content.negate() : content;
  }
}

package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The {@link BigInteger} side of {@link Rational}: the arithmetic of numbers too large for two
 * longs, and of small numbers whose result is not small. Every result goes back through
 * {@link Rational#reduced}, which picks the form by the value.
 */
final class BigRationals {
  private BigRationals() {}

  static Rational add(Rational a, Rational b) {
    BigInteger an = a.numerator();
    BigInteger ad = a.denominator();
    BigInteger bn = b.numerator();
    BigInteger bd = b.denominator();
    if (ad.equals(BigInteger.ONE) && bd.equals(BigInteger.ONE)) {
      BigInteger sum = an.add(bn);
      return sum.signum() == 0 ? Rational.ZERO : Rational.reduced(sum, BigInteger.ONE);
    }
    if (ad.equals(bd)) return Rational.of(an.add(bn), ad);
    return Rational.of(an.multiply(bd).add(bn.multiply(ad)), ad.multiply(bd));
  }

  static Rational multiply(Rational a, Rational b) {
    BigInteger n = a.numerator().multiply(b.numerator());
    if (a.isInteger() && b.isInteger()) {
      return n.signum() == 0 ? Rational.ZERO : Rational.reduced(n, BigInteger.ONE);
    }
    return Rational.of(n, a.denominator().multiply(b.denominator()));
  }

  /** {@code r^n}; a negative n of zero throws {@link ArithmeticException}. */
  static Rational pow(Rational r, int n) {
    BigInteger num = r.numerator();
    BigInteger den = r.denominator();
    if (n >= 0) return Rational.reduced(num.pow(n), den.pow(n));
    return Rational.of(den.pow(-n), num.pow(-n));
  }

  /** The exact real q-th root of r, if r is a perfect q-th power; empty otherwise. */
  static Optional<Rational> root(Rational r, int q) {
    if (q == 1) return Optional.of(r);
    if (r.signum() < 0) {
      if (q % 2 == 0) return Optional.empty();
      return root(r.negate(), q).map(Rational::negate);
    }
    Optional<BigInteger> n = integerRoot(r.numerator(), q);
    Optional<BigInteger> d = integerRoot(r.denominator(), q);
    if (n.isEmpty() || d.isEmpty()) return Optional.empty();
    return Optional.of(Rational.of(n.get(), d.get()));
  }

  private static Optional<BigInteger> integerRoot(BigInteger v, int q) {
    if (v.signum() == 0 || v.equals(BigInteger.ONE)) return Optional.of(v);
    if (v.bitLength() > 4096 || q > 64) return Optional.empty();
    BigInteger guess;
    if (q == 2) {
      guess = v.sqrt();
    } else {
      double approx = Math.pow(v.doubleValue(), 1.0 / q);
      if (Double.isInfinite(approx)) return Optional.empty();
      guess = BigDecimal.valueOf(Math.rint(approx)).toBigInteger();
    }
    for (BigInteger c = guess.subtract(BigInteger.ONE); c.compareTo(guess.add(BigInteger.ONE)) <= 0;
        c = c.add(BigInteger.ONE)) {
      if (c.signum() >= 0 && c.pow(q).equals(v)) return Optional.of(c);
    }
    return Optional.empty();
  }

  /**
   * {@code BigInteger.valueOf(v).hashCode()} without the BigInteger, for v other than
   * {@link Long#MIN_VALUE}: the magnitude's 32-bit words folded by 31, times the sign.
   */
  static int hashOf(long v) {
    long magnitude = Math.abs(v);
    int high = (int) (magnitude >>> 32);
    int low = (int) magnitude;
    int h = high == 0 ? low : 31 * high + low;
    return h * Long.signum(v);
  }
}

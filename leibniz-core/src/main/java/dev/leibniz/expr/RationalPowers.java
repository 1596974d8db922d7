package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The powers and roots of a {@link Rational}: {@code r^n} for an integer n, exactly (on two
 * longs while the result fits, else on {@link BigInteger}), the bits such a power would take,
 * and the exact {@code q}-th root of a perfect power.
 */
final class RationalPowers {
  /** Exponents the long path tries; beyond them every base but 0 and ±1 overflows a long. */
  private static final int LONG_EXPONENTS = 64;

  private RationalPowers() {}

  /** {@code r^n}; a negative n of zero throws {@link ArithmeticException}. */
  static Rational pow(Rational r, int n) {
    if (r.isSmall() && n < 0 && n >= -LONG_EXPONENTS) return pow(r.reciprocal(), -n);
    if (r.isSmall() && n >= 0 && n <= LONG_EXPONENTS) {
      long num = r.smallNumerator();
      long den = r.smallDenominator();
      try {
        long p = 1;
        long q = 1;
        for (int i = 0; i < n; i++) {
          p = Math.multiplyExact(p, num);
          q = Math.multiplyExact(q, den);
        }
        return q == 1 ? Rational.of(p) : Rational.of(p, q);
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.pow(r, n);
  }

  /** {@code |n|} times the larger bit length of r's numerator and denominator. */
  static long powerBits(Rational r, long n) {
    long bits = r.isSmall()
        ? Math.max(bitLength(r.smallNumerator()), bitLength(r.smallDenominator()))
        : Math.max(r.numerator().bitLength(), r.denominator().bitLength());
    return Math.abs(n) * bits;
  }

  /** {@link BigInteger#bitLength()} of a long. */
  static int bitLength(long v) {
    return 64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v);
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
}

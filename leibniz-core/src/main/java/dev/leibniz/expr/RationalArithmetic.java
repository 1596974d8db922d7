package dev.leibniz.expr;

import java.math.BigInteger;

/**
 * The arithmetic of {@link Rational}s (a reduced fraction, sum, product, reciprocal, order and
 * gcd), exact: on two longs with {@code Math.*Exact}
 * while both operands are small, and again on {@code BigInteger} ({@link BigRationals}) when
 * they are not or a step overflows. Results are reduced ({@link Rational#of(long, long)}).
 */
final class RationalArithmetic {
  private RationalArithmetic() {}

  /** The fraction {@code n/d}, reduced ({@link Rational#of(long, long)}). */
  static Rational fraction(long n, long d) {
    if (d == 0) throw new ArithmeticException("division by zero");
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return Rational.of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (d == 1) return Rational.of(n);
    if (n == 0) return Rational.ZERO;
    long g = gcd(Math.abs(n), d);
    return g == 1 ? Rational.ofReduced(n, d) : Rational.ofReduced(n / g, d / g);
  }

  /** {@code a + b}: {@code (an*(bd/g) + bn*(ad/g)) / (ad*(bd/g))} with g = gcd(ad, bd). */
  static Rational add(Rational a, Rational b) {
    if (a.isZero()) return b;
    if (b.isZero()) return a;
    if (a.isSmall() && b.isSmall()) {
      long an = a.smallNumerator();
      long ad = a.smallDenominator();
      long bn = b.smallNumerator();
      long bd = b.smallDenominator();
      try {
        if (ad == bd) return Rational.of(Math.addExact(an, bn), ad);
        long g = gcd(ad, bd);
        long left = Math.multiplyExact(an, bd / g);
        long right = Math.multiplyExact(bn, ad / g);
        return Rational.of(Math.addExact(left, right), Math.multiplyExact(ad, bd / g));
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.add(a, b);
  }

  /**
   * {@code a * b}, cross-cancelled before multiplying so that no gcd of the products is needed:
   * {@code (an/g1)*(bn/g2) / ((ad/g2)*(bd/g1))} with g1 = gcd(|an|, bd), g2 = gcd(|bn|, ad).
   */
  static Rational multiply(Rational a, Rational b) {
    if (a.isOne()) return b;
    if (b.isOne()) return a;
    if (a.isSmall() && b.isSmall()) {
      long an = a.smallNumerator();
      long ad = a.smallDenominator();
      long bn = b.smallNumerator();
      long bd = b.smallDenominator();
      try {
        if (ad == 1 && bd == 1) return Rational.of(Math.multiplyExact(an, bn));
        long g1 = gcd(Math.abs(an), bd);
        long g2 = gcd(Math.abs(bn), ad);
        long n = Math.multiplyExact(an / g1, bn / g2);
        long d = Math.multiplyExact(ad / g2, bd / g1);
        return d == 1 ? Rational.of(n) : Rational.of(n, d);
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.multiply(a, b);
  }

  /** {@code 1/r} of a number other than zero. */
  static Rational reciprocal(Rational r) {
    if (!r.isSmall()) return Rational.of(r.denominator(), r.numerator());
    long num = r.smallNumerator();
    long den = r.smallDenominator();
    if (num == 0) throw new ArithmeticException("division by zero");
    // Already in lowest terms: only the sign moves, no gcd.
    return Rational.ofReduced(num < 0 ? -den : den, Math.abs(num));
  }

  /** The order of a and b: {@code an*bd} against {@code bn*ad} (denominators are positive). */
  static int compare(Rational a, Rational b) {
    if (a.isSmall() && b.isSmall()) {
      long ad = a.smallDenominator();
      long bd = b.smallDenominator();
      if (ad == bd) return Long.compare(a.smallNumerator(), b.smallNumerator());
      try {
        return Long.compare(Math.multiplyExact(a.smallNumerator(), bd),
            Math.multiplyExact(b.smallNumerator(), ad));
      } catch (ArithmeticException overflow) {
        // Compared exactly below.
      }
    }
    return BigRationals.compare(a, b);
  }

  /** The greatest common divisor of two non-negative longs, not both zero. */
  static long gcd(long a, long b) {
    // Most denominators are 1 or 2: no division for those.
    if (a == 1 || b == 1) return 1;
    if (b == 2 || a == 2) return ((a | b) & 1) == 0 ? 2 : 1;
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}

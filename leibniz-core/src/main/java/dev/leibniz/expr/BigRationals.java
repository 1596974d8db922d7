package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The {@link BigInteger} side of {@link Rational}: the arithmetic of numbers too large for two
 * longs, and of small numbers whose result is not small. Every result goes back through
 * {@link Rational#reduced}, which picks the form by the value.
 */
final class BigRationals {
  private BigRationals() {}

  /** The fraction {@code n/d}, reduced ({@link Rational#of(BigInteger, BigInteger)}). */
  static Rational of(BigInteger n, BigInteger d) {
    if (d.signum() == 0) throw new ArithmeticException("division by zero");
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (n.signum() == 0) return Rational.ZERO;
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return Rational.reduced(n, d);
  }

  /** A decimal literal the quick path ({@link DecimalDigits}) does not take, exactly. */
  static Rational parseDecimal(String text) {
    BigDecimal d = new BigDecimal(text);
    if (d.scale() <= 0) return of(d.toBigIntegerExact(), BigInteger.ONE);
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** The nearest double to r (correctly rounded while both parts have at most 53 bits). */
  static double doubleValue(Rational r) {
    BigInteger n = r.numerator();
    BigInteger d = r.denominator();
    if (n.bitLength() <= 53 && d.bitLength() <= 53) return n.doubleValue() / d.doubleValue();
    return new BigDecimal(n).divide(new BigDecimal(d), MathContext.DECIMAL128).doubleValue();
  }

  /** The order of a and b by cross-multiplication (both denominators are positive). */
  static int compare(Rational a, Rational b) {
    return a.numerator().multiply(b.denominator())
        .compareTo(b.numerator().multiply(a.denominator()));
  }

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

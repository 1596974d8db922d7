package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Optional;

/**
 * An exact rational number {@code numerator/denominator} on {@link BigInteger}, always in lowest
 * terms with a positive denominator, so that equal numbers have equal representations.
 *
 * <p>Arithmetic never overflows and never rounds. Integer powers are exact; {@link #root(int)}
 * finds exact roots of perfect powers and otherwise reports that there is none.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);
  public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);
  public static final Rational HALF = new Rational(BigInteger.ONE, BigInteger.TWO);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** The integer {@code n}. */
  public static Rational of(long n) {
    if (n == 0) return ZERO;
    if (n == 1) return ONE;
    if (n == -1) return MINUS_ONE;
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  /** The fraction {@code n/d}, reduced; {@code d} must not be zero. */
  public static Rational of(long n, long d) {
    return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  /** An integer: no gcd to take. */
  private static Rational integer(BigInteger n) {
    return n.signum() == 0 ? ZERO : new Rational(n, BigInteger.ONE);
  }

  /** The fraction {@code n/d}, reduced; {@code d} must not be zero. */
  public static Rational of(BigInteger n, BigInteger d) {
    if (d.signum() == 0) throw new ArithmeticException("division by zero");
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (n.signum() == 0) return ZERO;
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE)) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return new Rational(n, d);
  }

  /**
   * Reads a decimal literal exactly: {@code 3}, {@code 2.5}, {@code .5}, {@code 1e-3},
   * {@code 6.02E23}. {@code 2.5} is 5/2, not the nearest double.
   */
  public static Rational parseDecimal(String text) {
    BigDecimal d = new BigDecimal(text);
    if (d.scale() <= 0) return of(d.toBigIntegerExact(), BigInteger.ONE);
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isZero() {
    return numerator.signum() == 0;
  }

  public boolean isOne() {
    return equals(ONE);
  }

  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  public Rational add(Rational o) {
    if (isZero()) return o;
    if (o.isZero()) return this;
    if (isInteger() && o.isInteger()) return integer(numerator.add(o.numerator));
    if (denominator.equals(o.denominator)) return of(numerator.add(o.numerator), denominator);
    return of(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (isOne()) return o;
    if (o.isOne()) return this;
    if (isInteger() && o.isInteger()) return integer(numerator.multiply(o.numerator));
    return of(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** {@code this / o}; throws {@link ArithmeticException} when {@code o} is zero. */
  public Rational divide(Rational o) {
    return of(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  public Rational negate() {
    return numerator.signum() == 0 ? this : new Rational(numerator.negate(), denominator);
  }

  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** {@code this^n} for an integer n; a negative n of zero throws {@link ArithmeticException}. */
  public Rational pow(int n) {
    if (n >= 0) return new Rational(numerator.pow(n), denominator.pow(n));
    return of(denominator.pow(-n), numerator.pow(-n));
  }

  /** Bits a power {@code this^n} would take: a guard against building gigantic numbers. */
  public long powerBits(long n) {
    return Math.abs(n) * Math.max(numerator.bitLength(), denominator.bitLength());
  }

  /**
   * The exact real {@code q}-th root, if this number is a perfect q-th power (of a non-negative
   * number, or of a negative one when q is odd); empty otherwise.
   */
  public Optional<Rational> root(int q) {
    if (q == 1) return Optional.of(this);
    if (signum() < 0) {
      if (q % 2 == 0) return Optional.empty();
      return negate().root(q).map(Rational::negate);
    }
    Optional<BigInteger> n = integerRoot(numerator, q);
    Optional<BigInteger> d = integerRoot(denominator, q);
    if (n.isEmpty() || d.isEmpty()) return Optional.empty();
    return Optional.of(of(n.get(), d.get()));
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

  /** The nearest double (correctly rounded for ordinary sizes). */
  public double doubleValue() {
    if (numerator.bitLength() <= 53 && denominator.bitLength() <= 53) {
      return numerator.doubleValue() / denominator.doubleValue();
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  /** The value as an int if it is an integer that fits, else empty. */
  public Optional<Integer> intValue() {
    if (!isInteger() || numerator.bitLength() > 31) return Optional.empty();
    return Optional.of(numerator.intValue());
  }

  @Override
  public int compareTo(Rational o) {
    if (denominator.equals(o.denominator)) return numerator.compareTo(o.numerator);
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && numerator.equals(r.numerator)
        && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** {@code 3}, {@code -1/2}: exact, in the output language. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}

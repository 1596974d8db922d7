package dev.leibniz.expr;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An exact rational number {@code numerator/denominator}, always in lowest terms with a positive
 * denominator, so that equal numbers have equal representations.
 *
 * <p>Numbers whose numerator and denominator fit in a {@code long} (the numerator never
 * {@link Long#MIN_VALUE}) are held as two longs and computed with {@code Math.*Exact}; any result
 * that does not fit is recomputed on {@link BigInteger} ({@link BigRationals}) and held there.
 * Which form a number takes depends only on its value, so {@code equals} compares like with like.
 * Arithmetic never overflows and never rounds. Integer powers are exact; {@link #root(int)}
 * finds exact roots of perfect powers and otherwise reports that there is none.
 *
 * <p>Here: the two forms, construction, equality, questions. The work is in package-private
 * helpers: {@link RationalArithmetic} (on longs), {@link BigRationals} (on BigInteger),
 * {@link RationalPowers} (powers and roots) and {@link NumberText} (the text).
 */
public final class Rational implements Comparable<Rational> {
  /** The integers from {@link #CACHE_LOW} to {@link #CACHE_HIGH}, made once and shared. */
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 1024;
  private static final Rational[] INTEGERS = integers();

  public static final Rational ZERO = of(0);
  public static final Rational ONE = of(1);
  public static final Rational MINUS_ONE = of(-1);
  public static final Rational TWO = of(2);
  public static final Rational HALF = new Rational(1, 2, null);

  /** Small form: the value num/den; {@code big} is null. */
  private final long num;
  private final long den;
  /** Large form: {numerator, denominator}, or null for the small form. */
  private final BigInteger[] big;

  /** The small form {@code num/den} with {@code big} null, or the large form {@code big}. */
  private Rational(long num, long den, BigInteger[] big) {
    this.num = num;
    this.den = den;
    this.big = big;
  }

  private static Rational[] integers() {
    Rational[] cache = new Rational[CACHE_HIGH - CACHE_LOW + 1];
    for (int i = 0; i < cache.length; i++) cache[i] = new Rational(i + CACHE_LOW, 1, null);
    return cache;
  }

  /** The integer {@code n}; small ones are shared. */
  public static Rational of(long n) {
    if (n >= CACHE_LOW && n <= CACHE_HIGH) return INTEGERS[(int) n - CACHE_LOW];
    if (n != Long.MIN_VALUE) return new Rational(n, 1, null);
    return new Rational(0, 0, new BigInteger[] {BigInteger.valueOf(n), BigInteger.ONE});
  }

  /** The fraction {@code n/d}, reduced; {@code d} must not be zero. */
  public static Rational of(long n, long d) {
    return RationalArithmetic.fraction(n, d);
  }

  /**
   * The number {@code n/d}, already in lowest terms with {@code d > 0} and n other than
   * {@link Long#MIN_VALUE}: held as it is, an integer shared if it is a small one.
   */
  static Rational ofReduced(long n, long d) {
    return d == 1 ? of(n) : new Rational(n, d, null);
  }

  /** The fraction {@code n/d}, reduced; {@code d} must not be zero. */
  public static Rational of(BigInteger n, BigInteger d) {
    return BigRationals.of(n, d);
  }

  /** The number {@code n/d}, already in lowest terms with {@code d > 0}, in its form. */
  static Rational reduced(BigInteger n, BigInteger d) {
    if (n.bitLength() < 64 && d.bitLength() < 64 && n.longValue() != Long.MIN_VALUE) {
      long small = n.longValue();
      return d.equals(BigInteger.ONE) ? of(small) : new Rational(small, d.longValue(), null);
    }
    return new Rational(0, 0, new BigInteger[] {n, d});
  }

  /**
   * Reads a decimal literal exactly: {@code 3}, {@code 2.5}, {@code .5}, {@code 1e-3},
   * {@code 6.02E23}. {@code 2.5} is 5/2, not the nearest double.
   */
  public static Rational parseDecimal(String text) {
    Rational quick = DecimalDigits.parse(text);
    return quick != null ? quick : BigRationals.parseDecimal(text);
  }

  public BigInteger numerator() {
    return big == null ? BigInteger.valueOf(num) : big[0];
  }

  public BigInteger denominator() {
    return big == null ? BigInteger.valueOf(den) : big[1];
  }

  /** True when the number is held as two longs: {@link #smallNumerator()}, ... are its parts. */
  public boolean isSmall() {
    return big == null;
  }

  /**
   * The numerator of a {@link #isSmall() small} number, without a {@code BigInteger}.
   *
   * @throws IllegalStateException if the number is not small
   */
  public long smallNumerator() {
    if (big != null) throw notSmall();
    return num;
  }

  /**
   * The denominator of a {@link #isSmall() small} number, without a {@code BigInteger}.
   *
   * @throws IllegalStateException if the number is not small
   */
  public long smallDenominator() {
    if (big != null) throw notSmall();
    return den;
  }

  private IllegalStateException notSmall() {
    return new IllegalStateException(this + " is not held as two longs");
  }

  public int signum() {
    return big == null ? Long.signum(num) : big[0].signum();
  }

  public boolean isZero() {
    return big == null && num == 0;
  }

  public boolean isOne() {
    return big == null && num == 1 && den == 1;
  }

  public boolean isInteger() {
    return big == null ? den == 1 : big[1].equals(BigInteger.ONE);
  }

  public Rational add(Rational o) {
    return RationalArithmetic.add(this, o);
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    return RationalArithmetic.multiply(this, o);
  }

  /** {@code this / o}; throws {@link ArithmeticException} when {@code o} is zero. */
  public Rational divide(Rational o) {
    if (o.isZero()) throw new ArithmeticException("division by zero");
    return multiply(o.reciprocal());
  }

  /** {@code 1/this} of a number other than zero. */
  Rational reciprocal() {
    return RationalArithmetic.reciprocal(this);
  }

  public Rational negate() {
    if (big == null) return ofReduced(-num, den);
    return reduced(big[0].negate(), big[1]);
  }

  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** {@code this^n} for an integer n; a negative n of zero throws {@link ArithmeticException}. */
  public Rational pow(int n) {
    return RationalPowers.pow(this, n);
  }

  /** Bits a power {@code this^n} would take: a guard against building gigantic numbers. */
  public long powerBits(long n) {
    return RationalPowers.powerBits(this, n);
  }

  /**
   * The exact real {@code q}-th root, if this number is a perfect q-th power (of a non-negative
   * number, or of a negative one when q is odd); empty otherwise.
   */
  public Optional<Rational> root(int q) {
    return RationalPowers.root(this, q);
  }

  /** The nearest double (correctly rounded for ordinary sizes). */
  public double doubleValue() {
    if (big == null && RationalPowers.bitLength(num) <= 53
        && RationalPowers.bitLength(den) <= 53) return (double) num / den;
    return BigRationals.doubleValue(this);
  }

  /** The value if it is an integer held as a long, else {@code otherwise}; no allocation. */
  long smallIntegerOr(long otherwise) {
    return big == null && den == 1 ? num : otherwise;
  }

  /** The value as an int if it is an integer that fits, else empty. */
  public Optional<Integer> intValue() {
    if (big != null || den != 1 || num != (int) num) return Optional.empty();
    return Optional.of((int) num);
  }

  @Override
  public int compareTo(Rational o) {
    return RationalArithmetic.compare(this, o);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Rational r)) return false;
    if (big == null || r.big == null) return big == r.big && num == r.num && den == r.den;
    return big[0].equals(r.big[0]) && big[1].equals(r.big[1]);
  }

  /** As {@code 31 * numerator().hashCode() + denominator().hashCode()}, in either form. */
  @Override
  public int hashCode() {
    if (big != null) return 31 * big[0].hashCode() + big[1].hashCode();
    return 31 * BigRationals.hashOf(num) + BigRationals.hashOf(den);
  }

  /** True if the numerator is 1 or -1 ({@code 1/2}, {@code -3/4} is not). */
  public boolean hasUnitNumerator() {
    return big == null ? num == 1 || num == -1 : big[0].abs().equals(BigInteger.ONE);
  }

  /** {@code 3}, {@code -1/2}: exact, in the output language ({@link NumberText}). */
  @Override
  public String toString() {
    return NumberText.exact(this);
  }
}

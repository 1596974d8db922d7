package dev.leibniz.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
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
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(0, 1);
  public static final Rational ONE = new Rational(1, 1);
  public static final Rational MINUS_ONE = new Rational(-1, 1);
  public static final Rational TWO = new Rational(2, 1);
  public static final Rational HALF = new Rational(1, 2);

  /** The integers from {@link #CACHE_LOW} to {@link #CACHE_HIGH}, made once and shared. */
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 1024;
  private static final Rational[] INTEGERS = integers();

  /** Small form: the value num/den; {@code big} is null. */
  private final long num;
  private final long den;
  /** Large form: {numerator, denominator}, or null for the small form. */
  private final BigInteger[] big;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.big = null;
  }

  private Rational(BigInteger numerator, BigInteger denominator) {
    this.num = 0;
    this.den = 0;
    this.big = new BigInteger[] {numerator, denominator};
  }

  private static Rational[] integers() {
    Rational[] cache = new Rational[CACHE_HIGH - CACHE_LOW + 1];
    for (int i = 0; i < cache.length; i++) {
      long n = i + CACHE_LOW;
      cache[i] = n == 0 ? ZERO : n == 1 ? ONE : n == -1 ? MINUS_ONE : n == 2 ? TWO
          : new Rational(n, 1);
    }
    return cache;
  }

  /** The integer {@code n}; small ones are shared. */
  public static Rational of(long n) {
    if (n >= CACHE_LOW && n <= CACHE_HIGH) return INTEGERS[(int) n - CACHE_LOW];
    return n == Long.MIN_VALUE ? new Rational(BigInteger.valueOf(n), BigInteger.ONE)
        : new Rational(n, 1);
  }

  /** The fraction {@code n/d}, reduced; {@code d} must not be zero. */
  public static Rational of(long n, long d) {
    if (d == 0) throw new ArithmeticException("division by zero");
    if (n == Long.MIN_VALUE || d == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (d == 1) return of(n);
    if (n == 0) return ZERO;
    long g = gcd(Math.abs(n), d);
    return g == 1 ? new Rational(n, d) : of(n / g, d / g);
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
    return reduced(n, d);
  }

  /** The number {@code n/d}, already in lowest terms with {@code d > 0}, in its form. */
  static Rational reduced(BigInteger n, BigInteger d) {
    if (n.bitLength() < 64 && d.bitLength() < 64 && n.longValue() != Long.MIN_VALUE) {
      long small = n.longValue();
      return d.equals(BigInteger.ONE) ? of(small) : new Rational(small, d.longValue());
    }
    return new Rational(n, d);
  }

  /**
   * Reads a decimal literal exactly: {@code 3}, {@code 2.5}, {@code .5}, {@code 1e-3},
   * {@code 6.02E23}. {@code 2.5} is 5/2, not the nearest double.
   */
  public static Rational parseDecimal(String text) {
    Rational quick = DecimalDigits.parse(text);
    if (quick != null) return quick;
    BigDecimal d = new BigDecimal(text);
    if (d.scale() <= 0) return of(d.toBigIntegerExact(), BigInteger.ONE);
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  public BigInteger numerator() {
    return big == null ? BigInteger.valueOf(num) : big[0];
  }

  public BigInteger denominator() {
    return big == null ? BigInteger.valueOf(den) : big[1];
  }

  /** True when the number is held as two longs ({@link #smallNumerator()}, ...). */
  boolean isSmall() {
    return big == null;
  }

  /** The numerator of a {@link #isSmall() small} number. */
  long smallNumerator() {
    return num;
  }

  /** The denominator of a {@link #isSmall() small} number. */
  long smallDenominator() {
    return den;
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
    if (isZero()) return o;
    if (o.isZero()) return this;
    if (big == null && o.big == null) {
      try {
        if (den == o.den) return of(Math.addExact(num, o.num), den);
        long g = gcd(den, o.den);
        long left = Math.multiplyExact(num, o.den / g);
        long right = Math.multiplyExact(o.num, den / g);
        return of(Math.addExact(left, right), Math.multiplyExact(den, o.den / g));
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.add(this, o);
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (isOne()) return o;
    if (o.isOne()) return this;
    if (big == null && o.big == null) {
      try {
        if (den == 1 && o.den == 1) return of(Math.multiplyExact(num, o.num));
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        long n = Math.multiplyExact(num / g1, o.num / g2);
        long d = Math.multiplyExact(den / g2, o.den / g1);
        return d == 1 ? of(n) : of(n, d);
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.multiply(this, o);
  }

  /** {@code this / o}; throws {@link ArithmeticException} when {@code o} is zero. */
  public Rational divide(Rational o) {
    if (o.isZero()) throw new ArithmeticException("division by zero");
    return multiply(o.reciprocal());
  }

  private Rational reciprocal() {
    if (big == null && num != 0 && num != Long.MIN_VALUE) {
      // Already in lowest terms: only the sign moves, no gcd.
      long n = num < 0 ? -den : den;
      long d = Math.abs(num);
      return d == 1 ? of(n) : new Rational(n, d);
    }
    if (big == null) return of(den, num);
    return of(big[1], big[0]);
  }

  public Rational negate() {
    if (big == null) {
      if (den == 1) return of(-num);
      return new Rational(-num, den);
    }
    return reduced(big[0].negate(), big[1]);
  }

  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  /** {@code this^n} for an integer n; a negative n of zero throws {@link ArithmeticException}. */
  public Rational pow(int n) {
    if (big == null && n < 0 && n >= -64) return reciprocal().pow(-n);
    if (big == null && n >= 0 && n <= 64) {
      try {
        long p = 1;
        long q = 1;
        for (int i = 0; i < n; i++) {
          p = Math.multiplyExact(p, num);
          q = Math.multiplyExact(q, den);
        }
        return q == 1 ? of(p) : of(p, q);
      } catch (ArithmeticException overflow) {
        // Recomputed exactly below.
      }
    }
    return BigRationals.pow(this, n);
  }

  /** Bits a power {@code this^n} would take: a guard against building gigantic numbers. */
  public long powerBits(long n) {
    long bits = big == null ? Math.max(bitLength(num), bitLength(den))
        : Math.max(big[0].bitLength(), big[1].bitLength());
    return Math.abs(n) * bits;
  }

  /** {@link BigInteger#bitLength()} of a long. */
  static int bitLength(long v) {
    return 64 - Long.numberOfLeadingZeros(v < 0 ? ~v : v);
  }

  /**
   * The exact real {@code q}-th root, if this number is a perfect q-th power (of a non-negative
   * number, or of a negative one when q is odd); empty otherwise.
   */
  public Optional<Rational> root(int q) {
    return BigRationals.root(this, q);
  }

  /** The nearest double (correctly rounded for ordinary sizes). */
  public double doubleValue() {
    if (big == null && bitLength(num) <= 53 && bitLength(den) <= 53) return (double) num / den;
    BigInteger n = numerator();
    BigInteger d = denominator();
    if (n.bitLength() <= 53 && d.bitLength() <= 53) return n.doubleValue() / d.doubleValue();
    return new BigDecimal(n).divide(new BigDecimal(d), MathContext.DECIMAL128).doubleValue();
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
    if (big == null && o.big == null) {
      if (den == o.den) return Long.compare(num, o.num);
      try {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
      } catch (ArithmeticException overflow) {
        // Compared exactly below.
      }
    }
    return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
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

  /** Appends {@link #toString()}, {@code 3} or {@code -1/2}, without building a string. */
  public StringBuilder appendTo(StringBuilder out) {
    if (big != null) return out.append(this);
    out.append(num);
    return den == 1 ? out : out.append('/').append(den);
  }

  /** True if the numerator is 1 or -1 ({@code 1/2}, {@code -3/4} is not). */
  public boolean hasUnitNumerator() {
    return big == null ? num == 1 || num == -1 : big[0].abs().equals(BigInteger.ONE);
  }

  /** Appends the numerator's absolute value: {@code 3} for {@code -3/4}. */
  public StringBuilder appendAbsNumerator(StringBuilder out) {
    if (big != null) return out.append(big[0].abs());
    return num < 0 ? out.append(-num) : out.append(num);
  }

  /** Appends the denominator: {@code 4} for {@code -3/4}, {@code 1} for an integer. */
  public StringBuilder appendDenominator(StringBuilder out) {
    return big != null ? out.append(big[1]) : out.append(den);
  }

  /** {@code 3}, {@code -1/2}: exact, in the output language. */
  @Override
  public String toString() {
    if (big == null) return den == 1 ? Long.toString(num) : num + "/" + den;
    return isInteger() ? big[0].toString() : big[0] + "/" + big[1];
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

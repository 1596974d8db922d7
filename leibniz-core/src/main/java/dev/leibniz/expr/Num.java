package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/** An exact rational constant such as {@code 3} or {@code 5/2}. */
public record Num(Rational value) implements Expr {
  public static final Num ZERO = new Num(Rational.ZERO);
  public static final Num ONE = new Num(Rational.ONE);
  public static final Num MINUS_ONE = new Num(Rational.MINUS_ONE);
  public static final Num TWO = new Num(Rational.TWO);
  public static final Num HALF = new Num(Rational.HALF);

  public Num {
    Objects.requireNonNull(value);
  }

  /** The integers from {@link #CACHE_LOW} to {@link #CACHE_HIGH}, made once and shared. */
  private static final int CACHE_LOW = -128;
  private static final int CACHE_HIGH = 256;
  private static final Num[] INTEGERS = integers();

  private static Num[] integers() {
    Num[] cache = new Num[CACHE_HIGH - CACHE_LOW + 1];
    for (int i = 0; i < cache.length; i++) {
      Rational n = Rational.of(i + CACHE_LOW);
      cache[i] = n.isZero() ? ZERO : n.isOne() ? ONE : n.equals(Rational.MINUS_ONE) ? MINUS_ONE
          : n.equals(Rational.TWO) ? TWO : new Num(n);
    }
    return cache;
  }

  /** The node for {@code value}, sharing the small integers and one half. */
  public static Num of(Rational value) {
    if (value.isInteger()) {
      long n = value.smallIntegerOr(Long.MIN_VALUE);
      if (n >= CACHE_LOW && n <= CACHE_HIGH) return INTEGERS[(int) n - CACHE_LOW];
    } else if (value.equals(Rational.HALF)) {
      return HALF;
    }
    return new Num(value);
  }

  public static Num of(long n) {
    return of(Rational.of(n));
  }

  @Override
  public String toString() {
    return value.toString();
  }

  @Override
  public List<Expr> children() {
    return Operands.empty();
  }
}

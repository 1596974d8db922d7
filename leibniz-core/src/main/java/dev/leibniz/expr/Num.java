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

  /** The node for {@code value}, sharing the common small constants. */
  public static Num of(Rational value) {
    if (value.isZero()) return ZERO;
    if (value.isOne()) return ONE;
    if (value.equals(Rational.MINUS_ONE)) return MINUS_ONE;
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
    return List.of();
  }
}

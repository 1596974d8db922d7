package dev.leibniz.eval;

import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The exact values of the input as written at a point, where they can be had: a variable's
 * double is the decimal it stands for, numbers are exact, and sums, products, integer powers,
 * rational roots, {@code abs}, {@code sign}, {@code step}, {@code relu}, {@code cbrt} and a
 * function's integer value at 0 or 1 ({@code e^0}, {@code cos(0)}, {@code ln(1)}) keep them
 * exact. What tells a point outside a domain ({@code (x/3 - 1/3)/(x/3 - 1/3)} at 1: the divisor
 * is exactly 0) from one that only rounding or underflow put on its edge ({@code x^2/x^2} at
 * {@code 1e-200}, where {@code x^2} is a double 0 but exactly {@code 1e-400}). Null stands for
 * no exact value.
 */
final class ExactValues {
  /** The largest integer exponent computed exactly (the bits grow with it). */
  private static final int MOST_EXPONENT = 64;
  /** The most bits of a numerator or denominator kept: past them there is no exact value. */
  private static final int MOST_BITS = 4096;

  private ExactValues() {}

  /**
   * The rational a finite double stands for: its shortest decimal, as the user wrote it
   * ({@code --at x=0.1} is 1/10, not the binary fraction nearest it).
   */
  static Rational of(double v) {
    BigDecimal d = new BigDecimal(Double.toString(v));
    BigInteger unscaled = d.unscaledValue();
    int scale = d.scale();
    return scale >= 0 ? Rational.of(unscaled, BigInteger.TEN.pow(scale))
        : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * {@code base^exponent} exactly, or null: an integer exponent up to {@link #MOST_EXPONENT}
   * (not of 0 when negative), or a rational one of a base at least 0 whose root is rational.
   */
  static Rational power(Rational base, Rational exponent) {
    if (base == null || exponent == null) return null;
    if (exponent.isInteger()) {
      Optional<Integer> k = exponent.intValue();
      if (k.isEmpty() || Math.abs(k.get()) > MOST_EXPONENT || (k.get() < 0 && base.isZero())
          || base.powerBits(k.get()) > MOST_BITS) {
        return null;
      }
      return base.pow(k.get());
    }
    if (base.signum() < 0 || !exponent.denominator().equals(BigInteger.TWO)
        && !exponent.denominator().equals(BigInteger.valueOf(3))) {
      return null;
    }
    Optional<Rational> root = base.root(exponent.denominator().intValue());
    Rational p = Rational.of(exponent.numerator(), BigInteger.ONE);
    return root.isEmpty() ? null : power(root.get(), p);
  }

  /** {@code r}, or null (no exact value) when it has grown past {@link #MOST_BITS}. */
  static Rational bounded(Rational r) {
    if (r == null || r.isSmall()) return r;
    return Math.max(r.numerator().bitLength(), r.denominator().bitLength()) > MOST_BITS ? null
        : r;
  }

  /**
   * True when exact {@code u} is outside the domain of {@code f} (a pole included: {@code ln(0)},
   * {@code cot(0)}, {@code gamma(-2)}), false when it is inside, null for a function whose domain
   * is not known here (its double decides).
   */
  static Boolean outsideDomain(MathFunction f, Rational u) {
    int sign = u.signum();
    int toOne = u.abs().compareTo(Rational.ONE);
    switch (f) {
      case LN:
        return sign <= 0;
      case ASIN:
      case ACOS:
        return toOne > 0;
      case ACOSH:
        return u.compareTo(Rational.ONE) < 0;
      case ATANH:
        return toOne >= 0;
      case ACOTH:
        return toOne <= 0;
      case ASEC:
      case ACSC:
        return toOne < 0;
      case ASECH:
        return sign <= 0 || u.compareTo(Rational.ONE) > 0;
      case ACSCH:
      case COT:
      case CSC:
      case COTH:
      case CSCH:
        return sign == 0;
      case GAMMA:
      case DIGAMMA:
      case TRIGAMMA:
        return sign <= 0 && u.isInteger();
      case SIN: case COS: case TAN: case SEC: case SINH: case COSH: case TANH: case SECH:
      case ASINH: case ATAN: case ACOT: case CBRT: case ABS: case SIGN: case STEP: case SIGMOID:
      case RELU: case SOFTPLUS: case ERF:
        return false;
      default:
        return null;
    }
  }

  /** {@code f(u)} exactly, or null; {@code v} is its double value. */
  static Rational call(MathFunction f, Rational u, double v) {
    if (u == null) return null;
    switch (f) {
      case ABS:
        return u.abs();
      case SIGN:
        return Rational.of(u.signum());
      case STEP:
        return u.signum() > 0 ? Rational.ONE : Rational.ZERO;
      case RELU:
        return u.signum() > 0 ? u : Rational.ZERO;
      case CBRT:
        return u.root(3).orElse(null);
      default:
        boolean special = u.isZero() || u.isOne();
        return special && Double.isFinite(v) && v == Math.rint(v) ? Rational.of((long) v) : null;
    }
  }
}

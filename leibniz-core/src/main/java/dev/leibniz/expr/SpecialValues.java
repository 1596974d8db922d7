package dev.leibniz.expr;

import java.math.BigInteger;

/**
 * Exact values of reserved functions that canonical form folds: {@code sin(0) = 0},
 * {@code cos(pi) = -1}, {@code tan(pi) = 0}, {@code sin(3*pi/2) = -1}, {@code ln(1) = 0},
 * {@code ln(e^u) = u}, {@code abs(-3) = 3}, {@code gamma(5) = 24}, {@code cbrt(-8) = -2}, and
 * shifts by a multiple of pi/2 ({@code sin(x + pi/2) = cos(x)}, {@link HalfPiShifts}). Only
 * exact results: never a rounded double.
 *
 * <p>A function at an exact point where it has no real value is an {@link UndefinedException}:
 * outside the domain ({@code ln(-1)}, {@code asin(2)}: the value is NaN) or at a pole
 * ({@code ln(0)}, {@code cot(0)}, {@code atanh(1)}, {@code gamma(-2)}: the value is infinite at
 * an integer at most 1; elsewhere an infinite value is an overflow, left to evaluation), and
 * the six trigonometric functions at multiples of {@code pi/2} ({@code tan(pi/2)},
 * {@code cot(pi)}, {@code csc(2*pi)}).
 */
final class SpecialValues {
  private SpecialValues() {}

  /** The exact value of {@code f(u)}, or null when there is none to fold. */
  static Expr of(MathFunction f, Expr u) {
    if (u instanceof Num n) {
      requireDefined(f, n.value());
      return atNumber(f, n.value());
    }
    Rational halfTurns = halfPiMultiple(u);
    if (halfTurns != null) return atHalfPiMultiple(f, halfTurns);
    if (u instanceof Sum s) return HalfPiShifts.of(f, s);
    if (f == MathFunction.LN) {
      if (u == Constant.E) return Num.ONE;
      if (u instanceof Power p && p.base() == Constant.E) return p.exponent();
    }
    if (f == MathFunction.ABS && u instanceof Call c
        && (c.function() == MathFunction.ABS || c.function() == MathFunction.RELU)) {
      return u;
    }
    return null;
  }

  private static Expr atNumber(MathFunction f, Rational v) {
    if (v.isZero()) {
      switch (f) {
        case SIN: case TAN: case ASIN: case ATAN: case SINH: case TANH: case ASINH: case ATANH:
        case ERF: case CBRT: case SIGN: case RELU: case ABS: case STEP:
          return Num.ZERO;
        case COS: case COSH: case SEC: case SECH:
          return Num.ONE;
        case SIGMOID:
          return Num.HALF;
        case ACOS:
          return Expr.product(Num.HALF, Constant.PI);
        default:
          return null;
      }
    }
    switch (f) {
      case ABS: return Num.of(v.abs());
      case SIGN: return Num.of(v.signum());
      case STEP: return v.signum() > 0 ? Num.ONE : Num.ZERO;
      case RELU: return v.signum() > 0 ? Num.of(v) : Num.ZERO;
      case CBRT: return v.root(3).<Expr>map(Num::of).orElse(null);
      case GAMMA: return gammaOfInteger(v);
      default: break;
    }
    if (v.isOne()) {
      switch (f) {
        case LN: case LOG10: case LOG2: case ACOSH: case ACOS: return Num.ZERO;
        case ATAN: return Expr.product(Num.of(Rational.of(1, 4)), Constant.PI);
        case ASIN: return Expr.product(Num.HALF, Constant.PI);
        default: return null;
      }
    }
    return null;
  }

  /**
   * Throws if {@code f} has no real value at {@code v}: NaN there, or infinite at an integer at
   * most 1 (a pole). A number too large for a double is left to evaluation to report.
   */
  static void requireDefined(MathFunction f, Rational v) {
    double x = v.doubleValue();
    if (!Double.isFinite(x)) return;
    double y = f.value(x);
    boolean pole = Double.isInfinite(y) && v.isInteger() && v.compareTo(Rational.ONE) <= 0;
    if (Double.isNaN(y) || pole) throw UndefinedException.functionAt(f, NumberText.of(v), pole);
  }

  /** {@code n} for {@code u = n*pi/2} with n an integer, e.g. 2 for {@code pi}; else null. */
  static Rational halfPiMultiple(Expr u) {
    Rational k = null;
    if (u == Constant.PI) k = Rational.ONE;
    if (u instanceof Product p && p.factorCount() == 2 && p.factor(1) == Constant.PI
        && p.factor(0) instanceof Num n) {
      k = n.value();
    }
    if (k == null) return null;
    Rational n = k.multiply(Rational.TWO);
    return n.isInteger() ? n : null;
  }

  /**
   * The six trigonometric functions at {@code n*pi/2}: sine and cosine cycle through
   * {@code 0, 1, 0, -1}; tangent, cotangent, secant and cosecant are their quotients, with a pole
   * where the divisor is 0.
   */
  private static Expr atHalfPiMultiple(MathFunction f, Rational n) {
    int quarter = n.numerator().mod(BigInteger.valueOf(4)).intValue();
    int[] sines = {0, 1, 0, -1};
    int sin = sines[quarter];
    int cos = sines[(quarter + 1) % 4];
    switch (f) {
      case SIN: return Num.of(sin);
      case COS: return Num.of(cos);
      case TAN: return quotient(f, n, sin, cos);
      case COT: return quotient(f, n, cos, sin);
      case SEC: return quotient(f, n, 1, cos);
      case CSC: return quotient(f, n, 1, sin);
      default: return null;
    }
  }

  /** {@code a/b} for a and b in {-1, 0, 1}; a pole where b is 0. */
  private static Expr quotient(MathFunction f, Rational n, int a, int b) {
    if (b == 0) throw UndefinedException.functionAt(f, halfPiText(n), true);
    return Num.of(a * b);
  }

  /** {@code pi/2}, {@code pi}, {@code 3*pi/2}, {@code 2*pi} for n = 1, 2, 3, 4. */
  private static String halfPiText(Rational n) {
    boolean whole = !n.numerator().testBit(0);
    BigInteger times = whole ? n.numerator().shiftRight(1) : n.numerator();
    String pi = times.equals(BigInteger.ONE) ? "pi"
        : times.equals(BigInteger.ONE.negate()) ? "-pi"
        : NumberText.of(Rational.of(times, BigInteger.ONE)) + "*pi";
    return whole ? pi : pi + "/2";
  }

  /** {@code gamma(n) = (n-1)!} for a positive integer n up to 100. */
  private static Expr gammaOfInteger(Rational v) {
    if (!v.isInteger() || v.signum() <= 0 || v.compareTo(Rational.of(100)) > 0) return null;
    BigInteger result = BigInteger.ONE;
    for (int k = 2; k < v.numerator().intValue(); k++) result = result.multiply(BigInteger.valueOf(k));
    return Num.of(Rational.of(result, BigInteger.ONE));
  }
}

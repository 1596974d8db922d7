package dev.leibniz.expr;

import java.math.BigInteger;

/**
 * Exact values of reserved functions that canonical form folds: {@code sin(0) = 0},
 * {@code cos(pi) = -1}, {@code ln(1) = 0}, {@code ln(e^u) = u}, {@code abs(-3) = 3},
 * {@code gamma(5) = 24}, {@code cbrt(-8) = -2}. Only exact results: never a rounded double.
 */
final class SpecialValues {
  private SpecialValues() {}

  /** The exact value of {@code f(u)}, or null when there is none to fold. */
  static Expr of(MathFunction f, Expr u) {
    if (u instanceof Num n) return atNumber(f, n.value());
    if (u == Constant.PI) return atPi(f);
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

  private static Expr atPi(MathFunction f) {
    switch (f) {
      case SIN: case TAN: return Num.ZERO;
      case COS: return Num.MINUS_ONE;
      default: return null;
    }
  }

  /** {@code gamma(n) = (n-1)!} for a positive integer n up to 100. */
  private static Expr gammaOfInteger(Rational v) {
    if (!v.isInteger() || v.signum() <= 0 || v.compareTo(Rational.of(100)) > 0) return null;
    BigInteger result = BigInteger.ONE;
    for (int k = 2; k < v.numerator().intValue(); k++) result = result.multiply(BigInteger.valueOf(k));
    return Num.of(Rational.of(result, BigInteger.ONE));
  }
}

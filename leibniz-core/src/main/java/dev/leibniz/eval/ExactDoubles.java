package dev.leibniz.eval;

import dev.leibniz.expr.Rational;

/**
 * Whether a double computed from exact doubles is itself exact: the error-free test of each
 * operation (the rounding error of a sum by Knuth's two-sum, of a product by a fused multiply-add),
 * with an underflow counted as inexact. What tells a value that is outside a domain at a point
 * ({@code x/x} at 0: the divisor is exactly 0) from one that only rounding or underflow put
 * there ({@code x^2/x^2} at {@code 1e-200}, where {@code x^2} underflows to 0;
 * {@code sqrt(sin(x)^2 + cos(x)^2 - 1)}, whose argument rounds to {@code -1e-16}).
 */
final class ExactDoubles {
  private ExactDoubles() {}

  /**
   * True when {@code r} as a double ({@code v}) is {@code r}: a numerator of at most 53 bits over
   * a power of two ({@code 3/2}, {@code 5}; not {@code 1/3}, nor {@code 0.1}).
   */
  static boolean number(Rational r, double v) {
    if (v == 0) return true;
    return Double.isFinite(v) && Math.abs(v) >= Double.MIN_NORMAL
        && r.denominator().bitCount() == 1 && r.numerator().abs().bitLength() <= 53;
  }

  /** True when {@code a + b}, rounded to {@code s}, lost nothing. */
  static boolean sum(double a, double b, double s) {
    double bVirtual = s - a;
    double error = (a - (s - bVirtual)) + (b - bVirtual);
    return error == 0 && Double.isFinite(s);
  }

  /** True when {@code a * b}, rounded to {@code p}, lost nothing (no underflow either). */
  static boolean product(double a, double b, double p) {
    if (a == 0 || b == 0) return true;
    if (!Double.isFinite(p) || Math.abs(p) < Double.MIN_NORMAL) return false;
    return Math.fma(a, b, -p) == 0;
  }

  /**
   * True when a function's value {@code v} at an exact argument {@code u} is exact: only the
   * integer values at 0 and 1 ({@code sin(0)}, {@code cos(0)}, {@code e^0}, {@code ln(1)}).
   */
  static boolean call(double u, double v) {
    return (u == 0 || u == 1) && v == Math.rint(v) && Double.isFinite(v);
  }
}

package dev.leibniz.expr;

/**
 * Digamma and trigamma to about 1e-15 relative, replacing commons-math3's {@code Gamma.digamma},
 * which is off by ~3e-9 near 1. Both use the recurrences {@code psi(x) = psi(x+1) - 1/x} and
 * {@code psi1(x) = psi1(x+1) + 1/x^2} to reach x >= 20, then the asymptotic series (Abramowitz
 * and Stegun 6.3.18 and 6.4.12); negative arguments use the reflection formulas, with
 * {@code tan(pi x)} and {@code sin(pi x)} taken of {@code x - round(x)}, exact in doubles:
 * {@code Math.tan(Math.PI * x)} rounds {@code pi x} first and so loses up to 1e-7 of the
 * value next to a pole (x = -1 + 1e-9) and 5e-14 at x = -170.5.
 */
final class Polygamma {
  private static final double SHIFT = 20;

  private Polygamma() {}

  static double digamma(double x) {
    if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) return Double.NaN;
    if (x <= 0 && x == Math.floor(x)) return Double.NaN;
    if (x < 0) return digamma(1 - x) - Math.PI / tanPi(x);
    double result = 0;
    while (x < SHIFT) {
      result -= 1 / x;
      x += 1;
    }
    double inv2 = 1 / (x * x);
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2
        * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return result + Math.log(x) - 0.5 / x - series;
  }

  static double trigamma(double x) {
    if (Double.isNaN(x) || x == Double.NEGATIVE_INFINITY) return Double.NaN;
    if (x <= 0 && x == Math.floor(x)) return Double.NaN;
    if (x < 0) {
      double s = Math.PI / sinPiUpToSign(x);
      return -trigamma(1 - x) + s * s;
    }
    double result = 0;
    while (x < SHIFT) {
      result += 1 / (x * x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv + inv2 / 2 + inv * inv2 * (1.0 / 6 - inv2 * (1.0 / 30 - inv2
        * (1.0 / 42 - inv2 * (1.0 / 30))));
    return result + series;
  }

  /** {@code tan(pi x)}, which has period 1, from the exact remainder {@code x - round(x)}. */
  private static double tanPi(double x) {
    return Math.tan(Math.PI * (x - Math.rint(x)));
  }

  /** {@code |sin(pi x)|} up to its sign, from the exact remainder {@code x - round(x)}. */
  private static double sinPiUpToSign(double x) {
    return Math.sin(Math.PI * (x - Math.rint(x)));
  }
}

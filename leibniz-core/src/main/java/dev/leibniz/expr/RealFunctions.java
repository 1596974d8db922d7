package dev.leibniz.expr;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Values of the reserved functions that {@link Math} lacks, accurate to a few units in the last
 * place over the whole real domain, NaN outside it. The textbook formulas lose digits or
 * overflow ({@code asinh(u) = ln(u + sqrt(u^2 + 1))} is 0 to nine digits at u = 1e-12 and
 * infinite at 1e200), so each is written in a form without cancellation, the forms of fdlibm's
 * {@code e_acosh.c}, {@code s_asinh.c} and {@code e_atanh.c}:
 *
 * <ul>
 *   <li>{@code asinh(a) = log1p(a + a^2/(1 + sqrt(1 + a^2)))} for a <= 2,
 *       {@code ln(2a + 1/(a + sqrt(a^2 + 1)))} up to 2^28, {@code ln(a) + ln(2)} beyond;
 *   <li>{@code acosh(u) = log1p(t + sqrt(2t + t^2))} with t = u - 1 (exact near 1) for u <= 2,
 *       {@code ln(2u - 1/(u + sqrt(u^2 - 1)))} up to 2^28, {@code ln(u) + ln(2)} beyond;
 *   <li>{@code atanh(a) = log1p(2a + 2a^2/(1 - a))/2} below 1/2, {@code log1p(2a/(1 - a))/2}
 *       above; {@code acoth(a) = log1p(2/(a - 1))/2};
 *   <li>{@code asech(u) = log1p((1 - u + sqrt((1 - u)(1 + u)))/u)},
 *       {@code acsch(u) = asinh(1/u)}, {@code asec} and {@code acsc} through {@code atan} of
 *       {@code sqrt((a - 1)(a + 1))} near 1 (where {@code acos(1/u)} loses half the digits);
 *   <li>{@code sech} and {@code csch} as {@code 2e^-|u|} past 20, where {@code cosh} overflows
 *       long before the value underflows.
 * </ul>
 *
 * Odd functions are computed on |u| and take u's sign. {@code acot(u) = atan(1/u)} with
 * {@code acot(0) = pi/2}: the range is (-pi/2, pi/2], and both zeros give pi/2.
 */
final class RealFunctions {
  private static final double LN2 = 0.6931471805599453;
  private static final double SQRT2 = 1.4142135623730951;
  /** Past 2^28, {@code sqrt(u^2 + 1)} and u are the same double. */
  private static final double HUGE = 0x1p28;
  /** Past 20, {@code e^-2u} is below half an ulp of 1. */
  private static final double EXP_TAIL = 20;

  /** gamma(171.7) exceeds the largest double; gamma(-185.5) is below the smallest. */
  private static final double GAMMA_OVERFLOW = 171.7;
  private static final double GAMMA_UNDERFLOW = -185;

  private RealFunctions() {}

  static double asinh(double u) {
    double a = Math.abs(u);
    double r;
    if (a > HUGE) {
      r = Math.log(a) + LN2;
    } else if (a > 2) {
      r = Math.log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
    } else {
      double a2 = a * a;
      r = Math.log1p(a + a2 / (1 + Math.sqrt(1 + a2)));
    }
    return Math.copySign(r, u);
  }

  static double acosh(double u) {
    if (!(u >= 1)) return Double.NaN;
    if (u > HUGE) return Math.log(u) + LN2;
    if (u > 2) return Math.log(2 * u - 1 / (u + Math.sqrt(u * u - 1)));
    double t = u - 1;
    return Math.log1p(t + Math.sqrt(2 * t + t * t));
  }

  static double atanh(double u) {
    double a = Math.abs(u);
    double r = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a))
        : 0.5 * Math.log1p(2 * a / (1 - a));
    return Math.copySign(r, u);
  }

  /** {@code acoth(u) = atanh(1/u)}, defined for |u| > 1. */
  static double acoth(double u) {
    double a = Math.abs(u);
    if (!(a >= 1)) return Double.NaN;
    return Math.copySign(0.5 * Math.log1p(2 / (a - 1)), u);
  }

  /** {@code asech(u) = acosh(1/u)}, defined for 0 < u <= 1. */
  static double asech(double u) {
    if (!(u >= 0 && u <= 1)) return Double.NaN;
    if (u < 1 / HUGE) return LN2 - Math.log(u);
    double d = 1 - u;
    return Math.log1p((d + Math.sqrt(d * (1 + u))) / u);
  }

  /** {@code acsch(u) = asinh(1/u)}; below 2^-28, {@code ln(2/|u|)} to the last bit. */
  static double acsch(double u) {
    double a = Math.abs(u);
    double r = a < 1 / HUGE ? LN2 - Math.log(a) : asinh(1 / a);
    return Math.copySign(r, u);
  }

  /** {@code acot(u) = atan(1/u)}, and {@code acot(0) = acot(-0) = pi/2}. */
  static double acot(double u) {
    return u == 0 ? Math.PI / 2 : Math.atan(1 / u);
  }

  /** {@code asec(u) = acos(1/u)}, defined for |u| >= 1, in [0, pi]. */
  static double asec(double u) {
    double a = Math.abs(u);
    if (!(a >= 1)) return Double.NaN;
    double r = a > 2 ? Math.acos(1 / a) : Math.atan(Math.sqrt((a - 1) * (a + 1)));
    return u < 0 ? Math.PI - r : r;
  }

  /** {@code acsc(u) = asin(1/u)}, defined for |u| >= 1, in [-pi/2, pi/2]. */
  static double acsc(double u) {
    double a = Math.abs(u);
    if (!(a >= 1)) return Double.NaN;
    double r = a > 2 ? Math.asin(1 / a) : Math.atan(1 / Math.sqrt((a - 1) * (a + 1)));
    return Math.copySign(r, u);
  }

  static double sech(double u) {
    double a = Math.abs(u);
    return a > EXP_TAIL ? 2 * Math.exp(-a) : 1 / Math.cosh(a);
  }

  static double csch(double u) {
    double a = Math.abs(u);
    return a > EXP_TAIL ? Math.copySign(2 * Math.exp(-a), u) : 1 / Math.sinh(u);
  }

  /**
   * {@code log2(u) = k + ln(m)/ln(2)} with {@code u = m*2^k}, m in [1/sqrt(2), sqrt(2)): exact
   * at powers of two, and no cancellation near 1.
   */
  static double log2(double u) {
    if (!(u > 0 && u < Double.POSITIVE_INFINITY)) return Math.log(u) / LN2;
    if (u < Double.MIN_NORMAL) return log2(u * 0x1p54) - 54;
    int k = Math.getExponent(u);
    double m = Math.scalb(u, -k);
    if (m > SQRT2) {
      m /= 2;
      k++;
    }
    return k + Math.log(m) / LN2;
  }

  static double sigmoid(double u) {
    if (u >= 0) return 1 / (1 + Math.exp(-u));
    double e = Math.exp(u);
    return e / (1 + e);
  }

  /** {@code softplus(u) = ln(1 + e^u) = max(u, 0) + log1p(e^-|u|)}, which never overflows. */
  static double softplus(double u) {
    return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
  }

  /**
   * commons-math3's erf, except near 0, where it squares its argument (so erf(1e-200) would
   * underflow to 0): there {@code erf(u) = 2u/sqrt(pi) * (1 - u^2/3)} to the last bit.
   */
  static double erf(double u) {
    if (Math.abs(u) < 1e-8) return 1.1283791670955126 * u;
    return Erf.erf(u);
  }

  /**
   * {@code gamma(u)}: commons-math3's between -20 and 20 and its Lanczos form beyond. Past
   * 141, where that form's {@code u^(u + 1/2)} overflows though gamma is finite up to 171.62,
   * the recurrence {@code gamma(u) = (u - 1)*gamma(u - 1)} steps down below 141; below -141,
   * {@code gamma(u) = gamma(u + n)/(u(u + 1)...(u + n - 1))} steps up, so the values down to
   * -171, still normal doubles, are not lost to 0. Below -185 the value is a 0 of its sign
   * ({@code -0.0} at -200.5), so that what fails on it knows which side of 0 it lies.
   */
  static double gamma(double u) {
    if (u > GAMMA_OVERFLOW) return Double.POSITIVE_INFINITY;
    if (u < GAMMA_UNDERFLOW) {
      if (u == Math.floor(u)) return Double.NaN; // -infinity included
      // A value too small for a double, with its sign: gamma is below 0 on (-1, 0), (-3, -2), ...
      return (long) Math.floor(-u) % 2 == 0 ? -0.0 : 0.0;
    }
    if (u > 141) {
      double product = 1;
      double v = u;
      while (v > 141) {
        v -= 1;
        product *= v;
      }
      return product * Gamma.gamma(v);
    }
    if (u < -141) {
      if (u == Math.floor(u)) return Double.NaN;
      double divisor = 1;
      double v = u;
      while (v < -141) {
        divisor *= v;
        v += 1;
      }
      return Gamma.gamma(v) / divisor;
    }
    return Gamma.gamma(u);
  }
}

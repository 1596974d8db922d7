package dev.leibniz.check;

import java.util.function.DoubleUnaryOperator;

/**
 * Central finite differences with one step of Richardson extrapolation: with
 * {@code D(h) = (f(x+h) - f(x-h))/(2h)}, the estimate {@code (4*D(h/2) - D(h))/3} has error
 * O(h^4). It is the witness that knows nothing but values, as the lecture's "finite difference
 * method". Also reports whether the estimate is trustworthy at this point: near a pole the
 * estimates at two step sizes disagree, at a kink the one-sided slopes do, and the point should
 * be resampled.
 */
final class FiniteDifferences {
  /**
   * An estimate, whether two step sizes (and the one-sided slopes) agreed on it, and the
   * rounding noise it carries: values of f are only known to an ulp, and a difference quotient
   * with step h magnifies that by 1/h. A large constant term ({@code x + 10^9}) makes the noise
   * large without making the derivative wrong.
   */
  record Estimate(double value, boolean wellConditioned, double noise) {}

  private FiniteDifferences() {}

  static Estimate derivative(DoubleUnaryOperator f, double x) {
    double h = 1e-3 * Math.max(1, Math.abs(x));
    double fx = f.applyAsDouble(x);
    // Richardson's combination sums ~6 quotients of step >= h/8: a few dozen ulps over h.
    double noise = 64 * Math.ulp(Math.abs(fx)) / h;
    double coarse = richardson(f, x, h);
    double fine = richardson(f, x, h / 4);
    double scale = Math.max(1, Math.max(Math.abs(coarse), Math.abs(fine)));
    boolean ok = Double.isFinite(coarse) && Double.isFinite(fine)
        && Math.abs(coarse - fine) <= 1e-6 * scale + 4 * noise
        && smoothAt(f, x, fx, h / 10, noise);
    return new Estimate(fine, ok, noise);
  }

  /**
   * At a kink the central difference is the average of two different one-sided slopes (relu'
   * at 0 would read 1/2) while agreeing with itself at every step size: so the one-sided
   * slopes must agree too, to within what curvature and rounding explain.
   */
  private static boolean smoothAt(DoubleUnaryOperator f, double x, double fx, double h,
      double noise) {
    double right = (f.applyAsDouble(x + h) - fx) / h;
    double left = (fx - f.applyAsDouble(x - h)) / h;
    double scale = Math.max(1, Math.max(Math.abs(right), Math.abs(left)));
    return Math.abs(right - left) <= 1e-2 * scale + 100 * noise;
  }

  private static double richardson(DoubleUnaryOperator f, double x, double h) {
    return (4 * central(f, x, h / 2) - central(f, x, h)) / 3;
  }

  private static double central(DoubleUnaryOperator f, double x, double h) {
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }
}

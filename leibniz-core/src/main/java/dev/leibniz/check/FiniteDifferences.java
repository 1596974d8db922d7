package dev.leibniz.check;

import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.FiniteDifferencesDifferentiator;

/**
 * Finite differences: the witness that knows nothing but values, as the lecture's "finite
 * difference method", and the one implementation Leibniz and its tests use.
 *
 * <p>The estimate is commons-math3's {@link FiniteDifferencesDifferentiator} on five points
 * {@code x-2h, ..., x+2h}, which is the stencil
 * {@code D(h) = (f(x-2h) - 8f(x-h) + 8f(x+h) - f(x+2h)) / 12h} with error {@code O(h^4)} (the
 * same as one Richardson step on central differences, {@code (4 C(h) - C(2h)) / 3}), at
 * {@code h = 1e-3*max(1,|x|)}: small against x's scale, large against rounding. {@link #estimate}
 * also says whether the estimate can be trusted at this point: near a pole the estimates at two
 * step sizes disagree, at a kink the one-sided slopes do, and the point should be resampled.
 */
public final class FiniteDifferences {
  /**
   * An estimate, whether two step sizes (and the one-sided slopes) agreed on it, and the
   * rounding noise it carries: values of f are only known to an ulp, and a difference quotient
   * with step h magnifies that by 1/h. A large constant term ({@code x + 10^9}) makes the noise
   * large without making the derivative wrong.
   */
  public record Estimate(double value, boolean wellConditioned, double noise) {}

  private FiniteDifferences() {}

  /** The step for a point x: {@code 1e-3*max(1,|x|)}. */
  public static double step(double x) {
    return 1e-3 * Math.max(1, Math.abs(x));
  }

  /** {@code f'(x)} by the five-point stencil with step {@code h}, error {@code O(h^4)}. */
  public static double fivePoint(DoubleUnaryOperator f, double x, double h) {
    FiniteDifferencesDifferentiator differentiator = new FiniteDifferencesDifferentiator(5, h);
    return differentiator.differentiate(f::applyAsDouble)
        .value(new DerivativeStructure(1, 1, 0, x)).getPartialDerivative(1);
  }

  /** {@code f'(x)} by the five-point stencil at the step of {@link #step}. */
  public static double derivative(DoubleUnaryOperator f, double x) {
    return fivePoint(f, x, step(x) / 2);
  }

  /**
   * The gradient of {@code f} at {@code point}, one {@link #derivative} per coordinate, the
   * others held.
   */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] point) {
    double[] result = new double[point.length];
    double[] moved = point.clone();
    for (int j = 0; j < point.length; j++) {
      int coordinate = j;
      result[j] = derivative(t -> {
        moved[coordinate] = t;
        double value = f.applyAsDouble(moved);
        moved[coordinate] = point[coordinate];
        return value;
      }, point[j]);
    }
    return result;
  }

  /** The forward and backward differences {@code (f(x+h)-f(x))/h}, {@code (f(x)-f(x-h))/h}. */
  public static double[] oneSided(DoubleUnaryOperator f, double x, double h) {
    double fx = f.applyAsDouble(x);
    return new double[] {(f.applyAsDouble(x + h) - fx) / h, (fx - f.applyAsDouble(x - h)) / h};
  }

  /** {@code f'(x)}, with whether two step sizes and the one-sided slopes agree on it. */
  public static Estimate estimate(DoubleUnaryOperator f, double x) {
    double h = step(x);
    double fx = f.applyAsDouble(x);
    // The stencil sums ~6 quotients of step >= h/8: a few dozen ulps over h.
    double noise = 64 * Math.ulp(Math.abs(fx)) / h;
    double coarse = fivePoint(f, x, h / 2);
    double fine = fivePoint(f, x, h / 8);
    double scale = Math.max(1, Math.max(Math.abs(coarse), Math.abs(fine)));
    boolean ok = Double.isFinite(coarse) && Double.isFinite(fine)
        && Math.abs(coarse - fine) <= 1e-6 * scale + 4 * noise
        && smoothAt(f, x, h / 10, noise);
    return new Estimate(fine, ok, noise);
  }

  /**
   * At a kink the central difference is the average of two different one-sided slopes (relu'
   * at 0 would read 1/2) while agreeing with itself at every step size: so the one-sided
   * slopes must agree too, to within what curvature and rounding explain.
   */
  private static boolean smoothAt(DoubleUnaryOperator f, double x, double h, double noise) {
    double[] slopes = oneSided(f, x, h);
    double scale = Math.max(1, Math.max(Math.abs(slopes[0]), Math.abs(slopes[1])));
    return Math.abs(slopes[0] - slopes[1]) <= 1e-2 * scale + 100 * noise;
  }
}

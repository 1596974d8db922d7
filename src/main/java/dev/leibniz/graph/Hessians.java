package dev.leibniz.graph;

/**
 * Numerical Hessians from reverse-mode gradients: column {@code j} is the central difference
 * {@code (grad f(x + h e_j) - grad f(x - h e_j)) / 2h} with {@code h = 1e-5 * max(1, |x_j|)},
 * and the result is symmetrized, {@code H = (H + H^T)/2}. Since the gradients are exact up to
 * rounding, the error is about {@code h^2} times the third derivatives plus rounding of order
 * {@code 1e-16/h} times the gradient: some 1e-10 relative for well-scaled functions. Costs
 * {@code 2n} gradients for {@code n} variables.
 *
 * <p>Forward-over-reverse (a tangent carried through both sweeps) would be exact, but needs
 * second derivatives of the reserved functions, which the function table does not hold; symbolic
 * Hessians come from differentiating twice.
 *
 * <p>Holds its own buffers, allocated once, so it belongs to its tape and its tape's thread.
 */
final class Hessians {
  private static final double STEP = 1e-5;

  private final double[] shifted;
  private final double[] plus;
  private final double[] minus;

  Hessians(int variables) {
    shifted = new double[variables];
    plus = new double[variables];
    minus = new double[variables];
  }

  /** The Hessian of the tape's first output at {@code point} into {@code out}; its value. */
  double compute(Tape tape, double[] point, double[][] out) {
    int n = shifted.length;
    if (point.length != n) {
      throw new IllegalArgumentException("expected " + n + " values, got " + point.length);
    }
    System.arraycopy(point, 0, shifted, 0, n);
    for (int j = 0; j < n; j++) {
      double x = point[j];
      double h = STEP * Math.max(1, Math.abs(x));
      shifted[j] = x + h;
      double width = shifted[j];
      tape.gradient(shifted, plus);
      shifted[j] = x - h;
      width -= shifted[j];
      tape.gradient(shifted, minus);
      shifted[j] = x;
      for (int i = 0; i < n; i++) out[i][j] = (plus[i] - minus[i]) / width;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double mean = (out[i][j] + out[j][i]) / 2;
        out[i][j] = mean;
        out[j][i] = mean;
      }
    }
    // End with a sweep at the point itself, so the tape's values and adjoints are the point's.
    return tape.gradient(point, plus);
  }
}

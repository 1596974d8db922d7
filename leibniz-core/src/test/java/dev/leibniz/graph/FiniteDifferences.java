package dev.leibniz.graph;

/** Central differences of a tape's value: the independent witness for its gradient. */
final class FiniteDifferences {
  private FiniteDifferences() {}

  /** {@code (f(x + h e_j) - f(x - h e_j)) / 2h} for each j, with {@code h = 1e-6*max(1,|x_j|)}. */
  static double[] gradient(Tape tape, double[] point) {
    double[] shifted = point.clone();
    double[] result = new double[point.length];
    for (int j = 0; j < point.length; j++) {
      double h = 1e-6 * Math.max(1, Math.abs(point[j]));
      shifted[j] = point[j] + h;
      double up = tape.value(shifted);
      shifted[j] = point[j] - h;
      double down = tape.value(shifted);
      shifted[j] = point[j];
      result[j] = (up - down) / (2 * h);
    }
    return result;
  }
}

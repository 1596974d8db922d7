package dev.leibniz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every first partial derivative at a point ({@link Leibniz#gradient}), each a number or NaN
 * where it does not exist: by reverse mode over the compiled tape; where the tape's value or
 * partial is not finite (an overflowing value makes a tape's every node past it undefined; a
 * slope of cbrt at 0 times 0 is NaN on the tape), by the partial's own expression, as the
 * CLI's {@code grad} does, since neither says the partial does not exist; on a kink, the value
 * every side agrees on, or NaN ({@link Derivative#onKink}).
 */
final class PointGradient {
  private PointGradient() {}

  /** The partials of {@code f} at {@code point}, by variable in name order. */
  static Map<String, Double> of(Expression f, Map<String, Double> point) {
    CompiledGradient compiled = f.compile();
    List<String> variables = compiled.variables();
    double[] x = compiled.point(point);
    double[] g = new double[x.length];
    double value = compiled.gradient(x, g);
    Map<String, Double> result = new LinkedHashMap<>();
    boolean defined = f.isDefinedAt(point);
    for (int j = 0; j < g.length; j++) {
      String v = variables.get(j);
      double partial;
      if (!defined) {
        partial = Double.NaN;
      } else if (!Double.isFinite(value) || !Double.isFinite(g[j])) {
        // The tape has no number to give: its own expression may (cbrt(x)^4 at 0 is 0).
        partial = symbolic(f, v, point);
      } else {
        partial = compiled.kink(j) == null ? g[j] : onKink(f, v, point, g[j]);
      }
      result.put(v, Double.isFinite(partial) ? partial : Double.NaN);
    }
    return result;
  }

  /** The partial by {@code v} from its expression; on a kink, as {@link #onKink} says. */
  private static double symbolic(Expression f, String v, Map<String, Double> point) {
    return onKink(f, v, point, f.derivative(v).evaluate(point));
  }

  /**
   * {@code convention}, the partial by {@code v} as computed, unless the point is on a kink:
   * then the value every side gives, or NaN where they disagree.
   */
  private static double onKink(Expression f, String v, Map<String, Double> point,
      double convention) {
    Optional<OnKink> kink = f.derivation(List.of(v), false).onKink(point);
    if (kink.isEmpty()) return convention;
    return kink.get().exists() ? kink.get().value().getAsDouble() : Double.NaN;
  }
}

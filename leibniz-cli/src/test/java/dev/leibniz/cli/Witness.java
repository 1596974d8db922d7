package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Central differences, the independent witness for a printed derivative: the partial of a
 * function by each variable of a chain in turn, one nested difference per variable, with a step
 * that grows with the order so that rounding stays below the truncation error.
 */
final class Witness {
  private Witness() {}

  /** d/d(chain[k-1]) ... d/d(chain[0]) of {@code f} at {@code point}, by central differences. */
  static double partial(String f, Map<String, Double> point, List<String> chain) {
    Expression e = Expression.parse(f);
    double h = chain.size() == 1 ? 1e-5 : chain.size() == 2 ? 1e-3 : 1e-2;
    return nested(e, new HashMap<>(point), chain, chain.size(), h);
  }

  /** The value of {@code printed}, an answer in the output language, at {@code point}. */
  static double valueOf(String printed, Map<String, Double> point) {
    return Expression.parse(printed).evaluate(point);
  }

  /** Asserts that {@code printed} is the partial of {@code f} by {@code chain} at the point. */
  static void assertPartial(String f, List<String> chain, String printed,
      Map<String, Double> point) {
    double expected = partial(f, point, chain);
    double actual = valueOf(printed, point);
    double tolerance = (chain.size() == 1 ? 1e-6 : chain.size() == 2 ? 1e-5 : 1e-3)
        * Math.max(1, Math.abs(expected));
    org.junit.jupiter.api.Assertions.assertEquals(expected, actual, tolerance,
        () -> printed + " against central differences of " + f + " by " + chain);
  }

  private static double nested(Expression f, Map<String, Double> point, List<String> chain,
      int order, double h) {
    if (order == 0) return f.evaluate(point);
    String v = chain.get(order - 1);
    double at = point.get(v);
    point.put(v, at + h);
    double up = nested(f, point, chain, order - 1, h);
    point.put(v, at - h);
    double down = nested(f, point, chain, order - 1, h);
    point.put(v, at);
    return (up - down) / (2 * h);
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

/** Finite-difference witnesses for the facade's tests: central differences along one variable. */
final class Numeric {
  private Numeric() {}

  /** d/d{@code variable} of {@code f} at {@code point}, by a central difference. */
  static double difference(Expression f, String variable, Map<String, Double> point) {
    double x = point.get(variable);
    double h = 1e-5 * Math.max(1, Math.abs(x));
    return (f.evaluate(moved(point, variable, x + h)) - f.evaluate(moved(point, variable, x - h)))
        / (2 * h);
  }

  /** Asserts that {@code derivative} is d/d{@code variable} of {@code f} at {@code point}. */
  static void assertDerivative(Expression f, String variable, Expression derivative,
      Map<String, Double> point) {
    double expected = difference(f, variable, point);
    double actual = derivative.evaluate(point);
    assertTrue(Math.abs(expected - actual) <= 1e-6 * Math.max(1, Math.abs(expected)),
        () -> "d/d" + variable + " " + f + " = " + derivative + " at " + point + ": " + actual
            + ", finite differences " + expected);
  }

  private static Map<String, Double> moved(Map<String, Double> point, String variable,
      double value) {
    Map<String, Double> moved = new HashMap<>(point);
    moved.put(variable, value);
    return moved;
  }
}

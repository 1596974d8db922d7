package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Points such as {@code x=2,z=3} or {@code x=2 z=3}: a value for each variable. A value may be
 * any constant expression ({@code -1}, {@code 1e-3}, {@code pi/2}, {@code sqrt(2)}).
 */
final class Points {
  private Points() {}

  /**
   * The point the given words describe, in the order given; later values win.
   *
   * @throws LeibnizException for a word that is not {@code name=value}
   */
  static Map<String, Double> parse(List<String> words) {
    Map<String, Double> point = new LinkedHashMap<>();
    for (String word : words) {
      for (String assignment : word.split("[,;\\s]+")) {
        if (!assignment.isEmpty()) assign(assignment, point);
      }
    }
    return point;
  }

  /** The point written the way the REPL shows it: {@code x = 2, z = 3}. */
  static String show(Map<String, Double> point) {
    StringJoiner joiner = new StringJoiner(", ");
    point.forEach((name, value) -> joiner.add(name + " = " + number(value)));
    return joiner.toString();
  }

  /** A value without a needless {@code .0}: {@code 2}, {@code 2.5}, {@code 1.0E-9}. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return Double.toString(value);
  }

  private static void assign(String assignment, Map<String, Double> point) {
    int equals = assignment.indexOf('=');
    if (equals <= 0 || equals == assignment.length() - 1) {
      throw new LeibnizException("expected name=value, got '" + assignment + "'");
    }
    String name = Names.variable(assignment.substring(0, equals));
    String text = assignment.substring(equals + 1);
    Expression value;
    try {
      value = Expression.parse(text);
    } catch (LeibnizException e) {
      throw new LeibnizException("the value of " + name + " is not a number: '" + text + "'");
    }
    if (!value.variables().isEmpty()) {
      throw new LeibnizException("the value of " + name + " must be a number, not '" + text + "'");
    }
    point.put(name, EvalCommand.value(value, Map.of()));
  }
}

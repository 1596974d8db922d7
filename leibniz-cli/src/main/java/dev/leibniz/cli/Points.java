package dev.leibniz.cli;

import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Map;

/**
 * Points such as {@code x=2,z=3}, {@code x=2 z=3} or {@code x = 2}: a value for each variable,
 * each a closed expression ({@code -1}, {@code 1e-3}, {@code pi/2}, {@code log(2, 3)}); read by
 * {@link PointParser}, shown the way the REPL shows them.
 */
final class Points {
  private Points() {}

  /**
   * The point the given texts describe, in the order given.
   *
   * @throws LeibnizException for text that is not {@code name=value} assignments, a value that is
   *     not a closed expression, or a variable given twice
   */
  static Map<String, Double> parse(List<String> texts) {
    return PointParser.parse(texts);
  }

  /** The point as messages write it, in name order: {@code x = 2, z = 3}. */
  static String show(Map<String, Double> point) {
    return Leibniz.describePoint(point);
  }
}

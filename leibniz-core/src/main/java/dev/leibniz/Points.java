package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A point as a caller gives it, by name, its keys read as variable names are read everywhere
 * else ({@link VariableNames}): {@code Map.of("θ", 3.0)} gives {@code theta} its value, as
 * {@code derivative("θ")} differentiates by {@code theta}. The one place where the facade reads a
 * point's keys; a key that names no variable ({@code "x y"}) is kept as given, and names
 * nothing.
 */
final class Points {
  private Points() {}

  /**
   * {@code point} with each key replaced by the variable it names; {@code point} itself when
   * every key already is one (the usual case, which allocates nothing).
   *
   * @throws IllegalArgumentException if {@code point} is null
   * @throws LeibnizException if two keys name one variable with two values
   *     ({@code θ} and {@code theta})
   */
  static Map<String, Double> read(Map<String, Double> point) {
    Arguments.notNull(point, "point");
    for (String key : point.keySet()) {
      String name = key == null ? null : VariableNames.orNull(key);
      if (name != null && !name.equals(key)) return renamed(point);
    }
    return point;
  }

  private static Map<String, Double> renamed(Map<String, Double> point) {
    Map<String, Double> byName = new HashMap<>();
    Map<String, String> keyOf = new HashMap<>();
    for (Map.Entry<String, Double> e : point.entrySet()) {
      String name = e.getKey() == null ? null : VariableNames.orNull(e.getKey());
      if (name == null) name = e.getKey();
      String other = keyOf.put(name, e.getKey());
      Double before = byName.put(name, e.getValue());
      if (other != null && !Objects.equals(before, e.getValue())) {
        boolean inOrder = other.compareTo(e.getKey()) < 0;
        throw new LeibnizException("'" + (inOrder ? other : e.getKey()) + "' and '"
            + (inOrder ? e.getKey() : other) + "' are one variable, " + name
            + ", given two values");
      }
    }
    return byName;
  }
}

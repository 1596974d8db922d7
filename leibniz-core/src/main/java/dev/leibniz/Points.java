package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.DeclaredNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Values a caller gives by name, each under the name its key stands for ({@link DeclaredNames},
 * as names are read everywhere else): {@code Map.of("θ", 3.0)} gives {@code theta} its value,
 * as {@code derivative("θ")} differentiates by {@code theta}. The one place where the facade
 * reads the keys of a point, and, through {@link GivenValues}, of matrix values; a key that
 * names no variable ({@code "x y"}) is kept as given, and names nothing.
 */
final class Points {
  private Points() {}

  /**
   * {@code point} with each key replaced by the variable it names; {@code point} itself when
   * every key already is one (the usual case: an ASCII key is its own name, with no look-up).
   *
   * @throws IllegalArgumentException if {@code point} is null
   * @throws LeibnizException if two keys name one variable with two values
   *     ({@code θ} and {@code theta})
   */
  static Map<String, Double> read(Map<String, Double> point) {
    return byName(Arguments.notNull(point, "point"),
        key -> key == null ? null : DeclaredNames.canonical(key));
  }

  /**
   * {@code values} under the names {@code nameOf} reads their keys as, in their order;
   * {@code values} itself when every key is its name.
   *
   * @throws LeibnizException if two keys name one variable with two values
   */
  static <V> Map<String, V> byName(Map<String, V> values, UnaryOperator<String> nameOf) {
    boolean renamed = false;
    for (String key : values.keySet()) {
      if (!Objects.equals(nameOf.apply(key), key)) {
        renamed = true;
        break;
      }
    }
    if (!renamed) return values;
    Map<String, V> out = new LinkedHashMap<>();
    Map<String, String> keyOf = new HashMap<>();
    for (Map.Entry<String, V> e : values.entrySet()) {
      String name = nameOf.apply(e.getKey());
      String other = keyOf.put(name, e.getKey());
      V before = out.put(name, e.getValue());
      if (other != null && !Objects.deepEquals(before, e.getValue())) {
        boolean inOrder = other.compareTo(e.getKey()) < 0;
        throw new LeibnizException("'" + (inOrder ? other : e.getKey()) + "' and '"
            + (inOrder ? e.getKey() : other) + "' are one variable, " + name
            + ", given two values");
      }
    }
    return out;
  }
}

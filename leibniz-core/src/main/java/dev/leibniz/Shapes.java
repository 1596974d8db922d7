package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.Shape;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shape maps as the facade takes them (name to {@code "3x4"}) read into shapes. */
final class Shapes {
  private Shapes() {}

  static Map<String, Shape> read(Map<String, String> shapes) {
    Arguments.notNull(shapes, "shapes");
    Map<String, Shape> out = new LinkedHashMap<>();
    shapes.forEach((name, text) -> {
      Shape s = text == null ? null : Shape.parse(text);
      if (s == null) {
        throw new LeibnizException("'" + text + "' is not a shape for " + name + " (write N, or "
            + "RxC with positive sizes)");
      }
      out.put(name, s);
    });
    return out;
  }
}

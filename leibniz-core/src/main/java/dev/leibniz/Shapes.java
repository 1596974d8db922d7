package dev.leibniz;

import dev.leibniz.matrix.Shape;
import dev.leibniz.parse.MatrixParser;
import java.util.Map;

/**
 * Shape maps as the facade takes them (name to {@code "3x4"}) read into shapes, checked as a
 * {@code where} clause is, each under the name it stands for ({@code θ} is {@code theta}).
 */
final class Shapes {
  private Shapes() {}

  /**
   * @throws IllegalArgumentException if {@code shapes} or a name in it is null
   * @throws dev.leibniz.error.LeibnizException for a name that is not one name or is reserved,
   *     or a shape that does not read
   */
  static Map<String, Shape> read(Map<String, String> shapes) {
    return MatrixParser.declarations(Arguments.notNull(shapes, "shapes"));
  }
}

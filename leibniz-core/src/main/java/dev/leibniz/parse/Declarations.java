package dev.leibniz.parse;

import dev.leibniz.matrix.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Reads declarations ({@code W: 3x4, x: 4}) from the parse tree: each name with its
 * {@link Shape}. A size is a number, or a number and a name spelling {@code x} and digits
 * ({@code 3x4} is lexed so), or {@code 3×4}.
 */
final class Declarations {
  private Declarations() {}

  static Map<String, Shape> read(LeibnizParser.DeclarationsContext ctx, String line) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    if (ctx == null) return shapes;
    for (LeibnizParser.DeclarationContext d : ctx.declaration()) {
      Token name = d.NAME().getSymbol();
      String text = line.substring(d.size().getStart().getStartIndex(),
          d.size().getStop().getStopIndex() + 1);
      Shape shape = Shape.parse(text);
      if (shape == null) {
        throw new ParseException("'" + text + "' is not a shape (write N, or RxC with positive "
            + "sizes up to " + Shape.MAX_SIZE + ")", line,
            d.size().getStart().getCharPositionInLine() + 1);
      }
      if (shapes.put(name.getText(), shape) != null) {
        throw new ParseException("'" + name.getText() + "' is declared twice", line,
            name.getCharPositionInLine() + 1);
      }
    }
    return shapes;
  }

  /** True if a declaration makes some name non-scalar. */
  static boolean anyNonScalar(Map<String, Shape> shapes) {
    for (Shape s : shapes.values()) if (!s.isScalar()) return true;
    return false;
  }
}

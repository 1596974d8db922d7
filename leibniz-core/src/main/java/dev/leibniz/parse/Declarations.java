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

  /**
   * The declarations of {@code ctx}. A declared name must not be reserved ({@code sin},
   * {@code pi}, {@code e}); unless {@code wholeNames} (a program, whose names are read whole:
   * {@code out}, {@code h1}), it must also be one name as the scalar reader reads it: {@code xy}
   * reads as {@code x*y} wherever it is not declared, so declaring it is refused.
   */
  static Map<String, Shape> read(LeibnizParser.DeclarationsContext ctx, String line,
      boolean wholeNames) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    if (ctx == null) return shapes;
    for (LeibnizParser.DeclarationContext d : ctx.declaration()) {
      Token name = d.NAME().getSymbol();
      String problem = nameProblem(name.getText(), wholeNames);
      if (problem != null) {
        throw new ParseException(problem, line, name.getCharPositionInLine() + 1);
      }
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

  /**
   * Why {@code name} cannot be declared or assigned, or null if it can: a reserved name, or,
   * unless {@code wholeNames}, a run of letters the reader splits ({@code xy} is x*y).
   */
  static String nameProblem(String name, boolean wholeNames) {
    String reserved = ReservedNames.reservedAs(name);
    if (reserved != null) {
      return "'" + name + "' is " + reserved + ", so it cannot name a vector, matrix or line";
    }
    if (wholeNames) return null;
    dev.leibniz.expr.Expr read;
    try {
      read = ExprParser.parse(name);
    } catch (RuntimeException e) {
      read = null;
    }
    if (read instanceof dev.leibniz.expr.Var) return null;
    return "'" + name + "' is not one name (" + (read == null ? "it does not read as a name"
        : "it reads as " + dev.leibniz.print.PlainPrinter.print(read)) + "): a name is a letter with optional digits or _subscript, "
        + "or a Greek letter name";
  }

  /** True if a declaration makes some name non-scalar. */
  static boolean anyNonScalar(Map<String, Shape> shapes) {
    for (Shape s : shapes.values()) if (!s.isScalar()) return true;
    return false;
  }
}

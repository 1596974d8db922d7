package dev.leibniz.parse;

import dev.leibniz.error.LeibnizException;
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
   * The declarations of {@code ctx}, each under the name it stands for
   * ({@link DeclaredNames#canonical}: {@code θ} is {@code theta}). A declared name must not be
   * reserved ({@code sin}, {@code pi}, {@code e}); unless {@code wholeNames} (a program, whose
   * names are read whole: {@code out}, {@code h1}), it must also be one name as the scalar reader
   * reads it: {@code xy} reads as {@code x*y} wherever it is not declared, so declaring it is
   * refused.
   */
  static Map<String, Shape> read(LeibnizParser.DeclarationsContext ctx, String line,
      boolean wholeNames) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    if (ctx == null) return shapes;
    for (LeibnizParser.DeclarationContext d : ctx.declaration()) {
      Token name = d.NAME().getSymbol();
      int nameColumn = name.getCharPositionInLine() + 1;
      String problem = DeclaredNames.problem(name.getText(), wholeNames);
      if (problem != null) throw new ParseException(problem, line, nameColumn);
      String text = line.substring(d.size().getStart().getStartIndex(),
          d.size().getStop().getStopIndex() + 1);
      Shape shape = Shape.parse(text);
      if (shape == null) {
        throw new ParseException(notAShape(text, null), line,
            d.size().getStart().getCharPositionInLine() + 1);
      }
      String declared = DeclaredNames.canonical(name.getText());
      if (shapes.put(declared, shape) != null) {
        throw new ParseException(declaredTwice(declared), line, nameColumn);
      }
    }
    return shapes;
  }

  /**
   * Declarations given as a map (the library's shape map: name to {@code "3x4"}), checked as a
   * {@code where} clause checks them, with the same words and no column; each under the name it
   * stands for.
   */
  static Map<String, Shape> read(Map<String, String> given) {
    Map<String, Shape> shapes = new LinkedHashMap<>();
    given.forEach((name, text) -> {
      if (name == null) throw new IllegalArgumentException("a name in shapes must not be null");
      String problem = DeclaredNames.problem(name, false);
      if (problem != null) throw new LeibnizException(problem);
      Shape shape = text == null ? null : Shape.parse(text);
      if (shape == null) throw new LeibnizException(notAShape(text, name));
      String declared = DeclaredNames.canonical(name);
      if (shapes.put(declared, shape) != null) {
        throw new LeibnizException(declaredTwice(declared));
      }
    });
    return shapes;
  }

  /** The refusal of a shape that does not read, the cap named ({@code for W} when it helps). */
  private static String notAShape(String text, String name) {
    String what = text == null ? "no shape is given" : "'" + text + "' is not a shape";
    return what + (name == null ? "" : " for " + name) + " (write N, or RxC with positive "
        + "sizes up to " + Shape.MAX_SIZE + ")";
  }

  private static String declaredTwice(String name) {
    return "'" + name + "' is declared twice";
  }

  /** True if a declaration makes some name non-scalar. */
  static boolean anyNonScalar(Map<String, Shape> shapes) {
    for (Shape s : shapes.values()) if (!s.isScalar()) return true;
    return false;
  }
}

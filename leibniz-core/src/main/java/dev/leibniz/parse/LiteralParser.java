package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import java.util.Map;
import java.util.Set;

/**
 * Reads a line into its literal tree, the input as written ({@link LiteralBuilder}): what
 * evaluation at a point checks beside the canonical tree, so that a point where the input is
 * undefined ({@code x/x} at 0, {@code sqrt(x)^2} at -4) is never given the value of the
 * canonical form, whose smart constructors widened the domain. It reads into a parse tree, apart
 * from the scalar reader, which it leaves as fast as it was: it runs only when a value at a
 * point is asked, once per expression.
 *
 * <pre>{@code
 * Expr literal = LiteralParser.parse("x/x", Map.of());   // x*x^-1, not 1
 * }</pre>
 */
public final class LiteralParser {
  private LiteralParser() {}

  /**
   * The literal tree of {@code text}, which the scalar reader ({@link ExprParser}) accepts, each
   * variable named in {@code replacements} replaced by its tree as it is read.
   *
   * @throws ParseException if the text is not an expression
   */
  public static Expr parse(String text, Map<String, Expr> replacements) {
    if (text.isBlank()) throw new ParseException("empty expression", text, 1);
    LeibnizParser.StartContext start = MatrixParser.run(text, Set.of(),
        LeibnizParser::start);
    return new LiteralBuilder(text, replacements).visit(start);
  }
}

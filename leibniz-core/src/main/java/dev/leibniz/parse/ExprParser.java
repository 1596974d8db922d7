package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import java.util.List;

/**
 * Reads the expression language (LANGUAGE.md) into a canonical {@link Expr}. The ANTLR parse
 * tree stays inside this package. Thread-safe: each thread reuses its own lexer and parser.
 *
 * <pre>{@code
 * Expr f = ExprParser.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * }</pre>
 */
public final class ExprParser {
  /** One lexer, parser and scanner per thread, reset for each input (see {@link ParserKit}). */
  private static final ThreadLocal<ParserKit> KITS = ThreadLocal.withInitial(ParserKit::new);

  private ExprParser() {}

  /**
   * Parses one expression.
   *
   * @throws ParseException for the first problem in the text, with its column
   */
  public static Expr parse(String text) {
    if (text.isBlank()) throw new ParseException("empty expression", text, 1);
    ParserKit kit = KITS.get();
    // A parse started while this thread's kit is parsing (never today) gets a kit of its own.
    return (kit.busy ? new ParserKit() : kit).parse(text);
  }

  /** The reserved function names of the language, sorted: for completion and help. */
  public static List<String> functionNames() {
    return ReservedNames.functionNames();
  }
}

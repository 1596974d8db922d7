package dev.leibniz.print;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Rational;

/**
 * Prints an expression in the output language (LANGUAGE.md), the text a person reads and the
 * parser reads back: explicit {@code *} and {@code ^}, only the parentheses the grammar needs,
 * subtraction as {@code a - b} and negative powers as division:
 *
 * <pre>{@code
 * PlainPrinter.print(f)  // z*e^(x*z) + z/ln(x) - z/ln(x)^2 + cos(ln(x))/(x^2*z)
 * }</pre>
 *
 * <p>The rules, by node kind. A sum prints its terms in stored order; a negative term after the
 * first prints as {@code " - "} and the term negated. A product with coefficient {@code p/q}
 * puts {@code |p|} and the factors with non-negative exponents in the numerator, {@code q} and
 * the factors {@code u^-k} (as {@code u^k}) in the denominator, parenthesized when it has more
 * than one factor: {@code -3*x/(2*y)}; but {@code x/2/(x - y)}, as {@code 2*(x - y)} would read
 * back as {@code 2*x - 2*y}. A power {@code u^(1/2)} is {@code sqrt(u)}, {@code u^-k}
 * is {@code 1/u^k}, and bases and exponents other than names, calls, natural numbers and square
 * roots are parenthesized: {@code (x + 1)^2}, {@code e^(x*z)}, {@code (-2)^x}, {@code x^(3/2)}.
 *
 * <p>For every canonical tree {@code e}, parsing {@code print(e)} gives back {@code e}. Printing
 * recurses once per tree level, never deeper, and appends to one buffer ({@link TextBuffer});
 * the walk that applies the rules is {@link PlainWriter}.
 */
public final class PlainPrinter {
  /** Characters a node prints as, about ({@code "x*"}, {@code " + "}, {@code "^2"}). */
  private static final int CHARS_PER_NODE = 2;
  /** The most the text's buffer takes at first; a longer text grows it. */
  private static final int MAX_INITIAL = 4096;

  private PlainPrinter() {}

  /** The expression in the output language. */
  public static String print(Expr e) {
    return written(e).toString();
  }

  /** Appends the expression in the output language to {@code out}. */
  public static void print(Expr e, StringBuilder out) {
    written(e).appendTo(out);
  }

  /** The text of {@code e}, in a buffer sized from the tree so that it rarely grows. */
  private static TextBuffer written(Expr e) {
    long estimate = 16 + CHARS_PER_NODE * ExprSize.treeSize(e);
    TextBuffer text = new TextBuffer((int) Math.min(estimate, MAX_INITIAL));
    new PlainWriter(text).expr(e);
    return text;
  }

  /**
   * {@code base^exponent} spelled out, for messages: {@code (x + 1)^y}, {@code x^(3/2)}, and a
   * square root as one is written, {@code sqrt(x)}.
   */
  public static String printLiterally(Power p) {
    TextBuffer text = new TextBuffer(16);
    PlainWriter writer = new PlainWriter(text);
    if (p.exponent() instanceof Num half && half.value().equals(Rational.HALF)) {
      text.append("sqrt(");
      writer.expr(p.base());
      text.append(')');
      return text.toString();
    }
    writer.operand(p.base());
    text.append('^');
    if (p.exponent() instanceof Num n && Printing.isNatural(n.value())) {
      text.number(n.value());
    } else {
      writer.operand(p.exponent());
    }
    return text.toString();
  }

  /**
   * The expression as a base or an exponent is printed: bare if it is a name, a call, a natural
   * number or a square root, else in parentheses: {@code pi}, {@code 2}, {@code (1/2)},
   * {@code (-1)}, {@code (x + 1)}.
   */
  public static String printOperand(Expr e) {
    TextBuffer text = new TextBuffer(16);
    new PlainWriter(text).operand(e);
    return text.toString();
  }
}

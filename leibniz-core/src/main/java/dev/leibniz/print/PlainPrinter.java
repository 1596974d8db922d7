package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;

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
 * recurses once per tree level, never deeper, and appends to one {@link StringBuilder}.
 */
public final class PlainPrinter {
  private final StringBuilder out;
  /** Nodes printed so far, for the interruption poll. */
  private int visited;
  /** How this printer writes a term of a sum, made once per printer. */
  private final Printing.TermWriter termWriter = this::term;

  private PlainPrinter(StringBuilder out) {
    this.out = out;
  }

  /** The expression in the output language. */
  public static String print(Expr e) {
    // About three characters a node ("x*", " + ", "^2"), so the text is rarely copied to grow.
    StringBuilder sb = new StringBuilder((int) Math.min(16 + 3 * ExprSize.treeSize(e), 4096));
    print(e, sb);
    return sb.toString();
  }

  /** Appends the expression in the output language to {@code out}. */
  public static void print(Expr e, StringBuilder out) {
    new PlainPrinter(out).expr(e);
  }

  /** {@code base^exponent} spelled out, for messages: {@code x^(1/2)}, {@code (x + 1)^y}. */
  public static String printLiterally(Power p) {
    StringBuilder sb = new StringBuilder(16);
    PlainPrinter printer = new PlainPrinter(sb);
    printer.operand(p.base());
    sb.append('^');
    if (p.exponent() instanceof Num n && Printing.isNatural(n.value())) {
      Printing.append(sb, n.value());
    } else {
      printer.operand(p.exponent());
    }
    return sb.toString();
  }

  /**
   * The expression as a base or an exponent is printed: bare if it is a name, a call, a natural
   * number or a square root, else in parentheses: {@code pi}, {@code 2}, {@code (1/2)},
   * {@code (-1)}, {@code (x + 1)}.
   */
  public static String printOperand(Expr e) {
    StringBuilder sb = new StringBuilder(16);
    new PlainPrinter(sb).operand(e);
    return sb.toString();
  }

  /** Any expression, in a place that needs no parentheses (top level, function argument). */
  private void expr(Expr e) {
    StackGuard.poll(++visited);
    if (e instanceof Sum s) {
      sum(s);
    } else if (e instanceof Product p) {
      product(p, false);
    } else if (e instanceof Num n) {
      Printing.append(out, n.value());
    } else if (e instanceof Power p) {
      power(p);
    } else {
      primary(e);
    }
  }

  /**
   * Terms in the order of {@link Printing#leadingTerm}: {@code 1 - x^2}, {@code a + b - c}; a
   * sum inside a sum (not canonical) is grouped.
   */
  private void sum(Sum s) {
    Printing.sum(s, out, termWriter);
  }

  private void term(Expr t, boolean negative) {
    if (t instanceof Sum inner) {
      group(inner);
    } else if (negative) {
      magnitude(t);
    } else {
      expr(t);
    }
  }

  /** {@code -t} for a negative number or a product with a negative coefficient. */
  private void magnitude(Expr t) {
    if (t instanceof Num n) {
      Rational v = n.value();
      v.appendAbsNumerator(out);
      if (!v.isInteger()) v.appendDenominator(out.append('/'));
    } else {
      product((Product) t, true);
    }
  }

  /**
   * {@code -|p|*a*b/(q*c*d)}; with {@code negate} the coefficient's sign is flipped and a
   * resulting minus sign is the caller's to print (it never prints one then).
   */
  private void product(Product p, boolean negate) {
    Rational c = p.coefficient();
    int start = p.factor(0) instanceof Num ? 1 : 0;
    if (!negate && c.signum() < 0) out.append('-');
    int reciprocals = numerator(c, p, start);
    boolean hasNumber = !c.isInteger();
    if (hasNumber && reciprocals == 1 && Printing.hasReciprocalSum(p, start)) {
      // (2*(x - y)) would read back distributed, as (2*x - 2*y): divide twice instead.
      c.appendDenominator(out.append('/'));
      hasNumber = false;
    }
    int size = reciprocals + (hasNumber ? 1 : 0);
    if (size == 0) return;
    out.append(size > 1 ? "/(" : "/");
    if (hasNumber) c.appendDenominator(out);
    boolean first = !hasNumber;
    for (int i = start, n = p.factorCount(); i < n; i++) {
      Expr f = p.factor(i);
      if (!Printing.isReciprocal(f)) continue;
      if (!first) out.append('*');
      Power r = (Power) f;
      positivePower(r.base(), ((Num) r.exponent()).value().negate());
      first = false;
    }
    if (size > 1) out.append(')');
  }

  /**
   * Prints {@code |p|} of the coefficient {@code p/q} and the factors that are not
   * reciprocals among the factors of {@code p} from {@code start} on, or {@code 1} when there
   * are none, and returns how many reciprocals there are.
   */
  private int numerator(Rational coefficient, Product p, int start) {
    boolean any = false;
    if (!coefficient.hasUnitNumerator()) {
      coefficient.appendAbsNumerator(out);
      any = true;
    }
    int reciprocals = 0;
    for (int i = start, n = p.factorCount(); i < n; i++) {
      Expr f = p.factor(i);
      if (Printing.isReciprocal(f)) {
        reciprocals++;
        continue;
      }
      if (any) out.append('*');
      factor(f);
      any = true;
    }
    if (!any) out.append('1');
    return reciprocals;
  }

  /** A numerator factor: sums, products, non-natural numbers and quotients are grouped. */
  private void factor(Expr f) {
    if (f instanceof Power p && !Printing.isReciprocal(p)) {
      power(p);
    } else if (Printing.isPrimary(f)) {
      primary(f);
    } else {
      group(f);
    }
  }

  /** {@code sqrt(u)}, {@code 1/u^k}, {@code u^2}, {@code u^(3/2)}, {@code e^(x*z)}. */
  private void power(Power p) {
    if (Printing.isReciprocal(p)) {
      out.append("1/");
      positivePower(p.base(), ((Num) p.exponent()).value().negate());
    } else if (p.exponent() instanceof Num n) {
      positivePower(p.base(), n.value());
    } else {
      operand(p.base());
      out.append('^');
      operand(p.exponent());
    }
  }

  /** {@code u^k} for a number k that is not a negative one on a non-zero base. */
  private void positivePower(Expr base, Rational k) {
    if (k.isOne()) {
      factor(base);
    } else if (k.equals(Rational.HALF)) {
      out.append("sqrt(");
      expr(base);
      out.append(')');
    } else {
      operand(base);
      out.append('^');
      if (Printing.isNatural(k)) {
        Printing.append(out, k);
      } else {
        Printing.append(out.append('('), k);
        out.append(')');
      }
    }
  }

  /** A base or exponent of a power: bare if primary, else grouped. */
  private void operand(Expr e) {
    if (Printing.isPrimary(e)) {
      primary(e);
    } else {
      group(e);
    }
  }

  private void group(Expr e) {
    out.append('(');
    expr(e);
    out.append(')');
  }

  /** Names, calls, natural numbers and square roots: what needs no parentheses anywhere. */
  private void primary(Expr e) {
    if (e instanceof Var v) {
      out.append(v.name());
    } else if (e instanceof Constant c) {
      out.append(c.symbol());
    } else if (e instanceof Num n) {
      Printing.append(out, n.value());
    } else if (e instanceof Call c) {
      out.append(c.function().canonicalName()).append('(');
      expr(c.argument());
      out.append(')');
    } else if (e instanceof Power p) {
      power(p);
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
  }
}

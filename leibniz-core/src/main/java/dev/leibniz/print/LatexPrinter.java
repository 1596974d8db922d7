package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.math.BigInteger;
import java.util.List;

/**
 * Prints an expression as LaTeX math: quotients as {@code \frac{num}{den}}, products by
 * juxtaposition ({@code 2 x z}, with {@code \cdot} before a factor that starts with a digit),
 * powers as {@code x^{2}}, {@code e^{x z}}, {@code \sqrt{u}}, functions as
 * {@code \sin\left(x\right)}, {@code \left|u\right|}, {@code \sqrt[3]{u}}, and variables with
 * Greek names and subscripts as {@code \theta}, {@code w_{2}}:
 *
 * <pre>{@code
 * LatexPrinter.print(f)  // z e^{x z} + \frac{z}{\ln\left(x\right)}
 * }</pre>
 *
 * <p>It accepts every tree, canonical or not, and never throws. Like {@link PlainPrinter} it
 * recurses once per tree level and appends to one {@link StringBuilder}.
 */
public final class LatexPrinter {
  private final StringBuilder out;
  /** Nodes printed so far, for the interruption poll. */
  private int visited;
  /** How this printer writes a term of a sum, made once per printer. */
  private final Printing.TermWriter termWriter = this::term;

  private LatexPrinter(StringBuilder out) {
    this.out = out;
  }

  /** The expression as LaTeX math (without surrounding {@code $}). */
  public static String print(Expr e) {
    StringBuilder sb = new StringBuilder(48);
    new LatexPrinter(sb).expr(e);
    return sb.toString();
  }

  private void expr(Expr e) {
    StackGuard.poll(++visited);
    if (e instanceof Sum s) {
      sum(s);
    } else if (e instanceof Product p) {
      product(p, false);
    } else if (e instanceof Num n) {
      number(n.value());
    } else if (e instanceof Power p) {
      power(p);
    } else if (e instanceof Call c) {
      call(c);
    } else if (e instanceof Var v) {
      LatexNames.variable(v.name(), out);
    } else if (e instanceof Constant c) {
      out.append(c.latex());
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
  }

  /** Terms in the plain printer's order ({@link Printing#sum}): {@code 1 - x^{2}}. */
  private void sum(Sum s) {
    Printing.sum(s, termWriter);
  }

  private void term(String sign, Expr t, boolean negative) {
    out.append(sign);
    if (t instanceof Sum inner) {
      group(inner);
    } else if (t instanceof Num n && negative) {
      number(n.value().abs());
    } else if (negative) {
      product((Product) t, true);
    } else {
      expr(t);
    }
  }

  private void number(Rational r) {
    if (r.isInteger()) {
      out.append(r.numerator());
    } else {
      if (r.signum() < 0) out.append('-');
      out.append("\\frac{").append(r.numerator().abs()).append("}{").append(r.denominator())
          .append('}');
    }
  }

  /** {@code -\frac{3 x}{2 y}}; with {@code negate} the sign is flipped and left to the caller. */
  private void product(Product p, boolean negate) {
    List<Expr> factors = p.factors();
    Rational c = p.coefficient();
    int start = factors.get(0) instanceof Num ? 1 : 0;
    if (!negate && c.signum() < 0) out.append('-');
    BigInteger numer = c.numerator().abs();
    BigInteger denom = c.denominator();
    int up = numer.equals(BigInteger.ONE) ? 0 : 1;
    int down = denom.equals(BigInteger.ONE) ? 0 : 1;
    for (int i = start; i < factors.size(); i++) {
      if (Printing.isReciprocal(factors.get(i))) down++;
      else up++;
    }
    if (down > 0) out.append("\\frac{");
    factors(numer, factors, start, false, up);
    if (down == 0) return;
    out.append("}{");
    factors(denom, factors, start, true, down);
    out.append('}');
  }

  /** One side of a product: the number, then the factors of that side, space-separated. */
  private void factors(BigInteger number, List<Expr> factors, int start, boolean den, int count) {
    boolean any = !number.equals(BigInteger.ONE);
    if (any) out.append(number);
    if (count == 0) out.append('1');
    for (int i = start; i < factors.size(); i++) {
      Expr f = factors.get(i);
      if (Printing.isReciprocal(f) != den) continue;
      if (any) out.append(startsWithDigit(f, den) ? " \\cdot " : " ");
      any = true;
      if (den) {
        Power r = (Power) f;
        positivePower(r.base(), ((Num) r.exponent()).value().negate(), count > 1);
      } else if (count == 1) {
        expr(f);
      } else {
        factor(f);
      }
    }
  }

  /**
   * True if the factor prints starting with a digit, so that juxtaposition would run two
   * numbers together: {@code 2 \cdot 3^{x}}. In a denominator the factor is {@code u^-k}.
   */
  private static boolean startsWithDigit(Expr f, boolean den) {
    if (f instanceof Num n) return Printing.isNatural(n.value());
    if (!(f instanceof Power p && p.base() instanceof Num b && Printing.isNatural(b.value()))) {
      return false;
    }
    if (!(p.exponent() instanceof Num k)) return true;
    Rational printed = den ? k.value().negate() : k.value();
    return !printed.equals(Rational.HALF);
  }

  private void factor(Expr f) {
    if (f instanceof Sum || f instanceof Product
        || (f instanceof Num n && !Printing.isNatural(n.value()))) {
      group(f);
    } else {
      expr(f);
    }
  }

  private void power(Power p) {
    if (Printing.isReciprocal(p)) {
      out.append("\\frac{1}{");
      positivePower(p.base(), ((Num) p.exponent()).value().negate(), false);
      out.append('}');
    } else if (p.exponent() instanceof Num n) {
      positivePower(p.base(), n.value(), true);
    } else {
      base(p.base());
      out.append("^{");
      expr(p.exponent());
      out.append('}');
    }
  }

  /** {@code u^k} for a number k; with {@code grouped} a lone sum base gets parentheses. */
  private void positivePower(Expr base, Rational k, boolean grouped) {
    if (k.isOne()) {
      if (grouped) factor(base);
      else expr(base);
    } else if (k.equals(Rational.HALF)) {
      out.append("\\sqrt{");
      expr(base);
      out.append('}');
    } else {
      base(base);
      out.append("^{");
      number(k);
      out.append('}');
    }
  }

  private void base(Expr b) {
    boolean bare = b instanceof Var || b instanceof Constant
        || (b instanceof Num n && Printing.isNatural(n.value()))
        || (b instanceof Call c && c.function() != MathFunction.CBRT);
    if (bare) expr(b);
    else group(b);
  }

  private void call(Call c) {
    MathFunction f = c.function();
    if (f == MathFunction.ABS) {
      out.append("\\left|");
      expr(c.argument());
      out.append("\\right|");
    } else if (f == MathFunction.CBRT) {
      out.append("\\sqrt[3]{");
      expr(c.argument());
      out.append('}');
    } else {
      out.append(f.latex()).append("\\left(");
      expr(c.argument());
      out.append("\\right)");
    }
  }

  private void group(Expr e) {
    out.append("\\left(");
    expr(e);
    out.append("\\right)");
  }
}

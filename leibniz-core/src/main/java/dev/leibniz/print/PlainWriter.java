package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;

/**
 * The walk of {@link PlainPrinter} over one tree, by its rules, appending to one
 * {@link TextBuffer}: one method per place a node can stand (anywhere, a term of a sum, a
 * factor of a numerator, a base or exponent), each deciding once whether the node needs
 * parentheses. A reciprocal {@code u^-k} prints as {@code u^k} below a fraction bar without
 * building the number {@code k}: its exponent is printed negated.
 */
final class PlainWriter implements Printing.TermWriter {
  private static final Rational MINUS_HALF = Rational.of(-1, 2);

  private final TextBuffer out;
  /** Nodes printed so far, for the interruption poll. */
  private int visited;

  PlainWriter(TextBuffer out) {
    this.out = out;
  }

  /** Any expression, in a place that needs no parentheses (top level, function argument). */
  void expr(Expr e) {
    StackGuard.poll(++visited);
    if (e instanceof Product p) {
      product(p, false);
    } else if (e instanceof Sum s) {
      Printing.sum(s, this);
    } else if (e instanceof Power p) {
      power(p);
    } else if (e instanceof Num n) {
      out.number(n.value());
    } else {
      primary(e);
    }
  }

  /**
   * One term of a sum ({@link Printing#sum}) after its sign ({@code ""} for a first term that is
   * not negative, {@code " + "}, {@code " - "} or {@code "-"}): a sum inside a sum (not canonical)
   * is grouped, a negative term prints as its magnitude.
   */
  @Override
  public void term(String sign, Expr t, boolean negative) {
    out.append(sign);
    if (t instanceof Sum inner) {
      group(inner);
    } else if (!negative) {
      expr(t);
    } else if (t instanceof Num n) {
      Rational v = n.value();
      out.absNumerator(v);
      if (!v.isInteger()) out.append('/').denominator(v);
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
      out.append('/').denominator(c);
      hasNumber = false;
    }
    int size = reciprocals + (hasNumber ? 1 : 0);
    if (size == 0) return;
    out.append('/');
    if (size > 1) out.append('(');
    if (hasNumber) out.denominator(c);
    boolean first = !hasNumber;
    for (int i = start, n = p.factorCount(); reciprocals > 0 && i < n; i++) {
      Expr f = p.factor(i);
      if (!Printing.isReciprocal(f)) continue;
      if (!first) out.append('*');
      Power r = (Power) f;
      power(r.base(), ((Num) r.exponent()).value(), true);
      first = false;
      reciprocals--;
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
      out.absNumerator(coefficient);
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
      numeratorFactor(f);
      any = true;
    }
    if (!any) out.append('1');
    return reciprocals;
  }

  /** A factor: sums, products, non-natural numbers and quotients are grouped. */
  private void factor(Expr f) {
    if (Printing.isReciprocal(f)) {
      group(f);
    } else {
      numeratorFactor(f);
    }
  }

  /** A factor that is not a reciprocal: powers print bare, as do primaries; others grouped. */
  private void numeratorFactor(Expr f) {
    if (f instanceof Power p) {
      power(p);
    } else if (Printing.isPrimary(f)) {
      primary(f);
    } else {
      group(f);
    }
  }

  /** {@code sqrt(u)}, {@code 1/u^k}, {@code u^2}, {@code u^(3/2)}, {@code e^(x*z)}. */
  private void power(Power p) {
    if (p.exponent() instanceof Num n) {
      Rational k = n.value();
      boolean reciprocal = k.signum() < 0 && !Expr.isZero(p.base());
      if (reciprocal) out.append("1/");
      power(p.base(), k, reciprocal);
    } else {
      operand(p.base());
      out.append('^');
      operand(p.exponent());
    }
  }

  /**
   * {@code u^e} for the number e = k, or e = -k when {@code negated}, where e is not a
   * negative number on a non-zero base: {@code u}, {@code sqrt(u)}, {@code u^2},
   * {@code u^(3/2)}, {@code 0^(-2)}.
   */
  private void power(Expr base, Rational k, boolean negated) {
    if (negated ? k.equals(Rational.MINUS_ONE) : k.isOne()) {
      factor(base);
    } else if (k.equals(negated ? MINUS_HALF : Rational.HALF)) {
      out.append("sqrt(");
      expr(base);
      out.append(')');
    } else {
      operand(base);
      out.append('^');
      boolean negative = k.signum() < 0 != negated;
      if (!negative && k.isInteger()) {
        out.absNumerator(k);
        return;
      }
      out.append(negative ? "(-" : "(");
      out.absNumerator(k);
      if (!k.isInteger()) out.append('/').denominator(k);
      out.append(')');
    }
  }

  /** A base or exponent of a power: bare if primary, else grouped. */
  void operand(Expr e) {
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
    } else if (e instanceof Call c) {
      out.append(c.function().canonicalName()).append('(');
      expr(c.argument());
      out.append(')');
    } else if (e instanceof Num n) {
      out.number(n.value());
    } else if (e instanceof Constant c) {
      out.append(c.symbol());
    } else if (e instanceof Power p) {
      power(p);
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
  }
}

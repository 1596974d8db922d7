package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rational stage of the simplifier ({@link RationalForms}) told as a person does it on
 * paper, one named step at a time:
 *
 * <ol>
 *   <li>{@code Common denominator}: the terms over the least common multiple of their
 *       denominators, numerator expanded ({@code 1/(x + 1) - x/(x + 1)^2 = 1/(x + 1)^2});
 *   <li>{@code Cancel (g)}: the factor g that numerator and denominator share divided out;
 *   <li>{@code Factor} or {@code Expand}: numerator and denominator written as the chosen form
 *       writes them, when that differs from the expanded numerator over the factored
 *       denominator that the steps before leave.
 * </ol>
 *
 * A step that would change nothing is left out; an expression without denominators (other than
 * exponentials, {@code e^(-x)}) goes straight to its expanded or factored form.
 */
final class RationalSteps {
  private RationalSteps() {}

  /** For each rational form of {@code e}, the steps from e to it. */
  static List<List<Rewrite>> to(Expr e) {
    RationalForm form = RationalForm.of(e);
    Fraction whole = form.toFraction(e);
    Fraction lowest = whole.cancel();
    Map<Expr, List<Rewrite>> moves = new LinkedHashMap<>();
    if (lowest.numerator().isZero()) {
      Rewrite.Kind kind = whole.denominator().isEmpty() ? Rewrite.Kind.EXPAND
          : Rewrite.Kind.COMMON_DENOMINATOR;
      return List.of(List.of(new Rewrite(kind, null, e, Expr.num(0))));
    }
    Expr numerator = form.toExpr(lowest.numerator());
    Expr plain = Expr.product(numerator, factored(form, lowest.denominator(), -1));
    Expr expanded = Expr.product(numerator, Expr.power(form.toExpr(lowest.expandedDenominator()),
        -1));
    List<Rewrite> lead = new ArrayList<>();
    Expr current = e;
    if (!onlyExponentials(form, whole.denominator())) {
      boolean cancels = !whole.denominator().equals(lowest.denominator());
      Expr together = cancels ? asWritten(form, whole) : plain;
      if (!together.equals(e)) lead.add(new Rewrite(Rewrite.Kind.COMMON_DENOMINATOR, null, e,
          together));
      current = together;
      if (cancels) {
        Poly common = whole.expandedDenominator().divideExactly(lowest.expandedDenominator());
        lead.add(new Rewrite(Rewrite.Kind.CANCEL, factoredPoly(form, common), current, plain));
        current = plain;
      }
    }
    for (Expr written : RationalForms.of(e)) {
      List<Rewrite> steps = new ArrayList<>(lead);
      if (!written.equals(current)) {
        Rewrite.Kind kind = written.equals(expanded) ? Rewrite.Kind.EXPAND : Rewrite.Kind.FACTOR;
        steps.add(new Rewrite(kind, null, current, written));
      }
      if (!steps.isEmpty()) moves.putIfAbsent(written, steps);
    }
    return new ArrayList<>(moves.values());
  }

  /**
   * True when every factor of a denominator is an exponential, {@code e^x} in
   * {@code 2*x*e^(-x) - x^2*e^(-x)}: written with a negative exponent, it is a factor like any
   * other, and pulling it out is factoring, not a common denominator.
   */
  private static boolean onlyExponentials(RationalForm form, Map<Poly, Integer> denominator) {
    for (Poly f : denominator.keySet()) {
      if (!(form.toExpr(f) instanceof Power p) || p.exponent() instanceof Num) return false;
    }
    return true;
  }

  /** The product of the factors to their multiplicities times {@code sign} (1 or -1). */
  private static Expr factored(RationalForm form, Map<Poly, Integer> factors, int sign) {
    List<Expr> out = new ArrayList<>(factors.size());
    factors.forEach((f, m) -> out.add(Expr.power(form.toExpr(f), sign * m)));
    return Expr.product(out);
  }

  /** A polynomial as the number in front times its factors: {@code 2*(x + 1)^2}. */
  private static Expr factoredPoly(RationalForm form, Poly p) {
    Factorizer.Factored f = Factorizer.factor(p);
    return Expr.product(Expr.num(f.unit()), factored(form, f.factors(), 1));
  }

  /**
   * The fraction as written before cancelling, {@code (x + s)/(s*(x + s))}: built from the
   * records, since the canonical constructors would merge the common base at once.
   */
  private static Expr asWritten(RationalForm form, Fraction f) {
    Expr numerator = form.toExpr(f.numerator());
    Expr reciprocal = new Power(factored(form, f.denominator(), 1), Num.MINUS_ONE);
    if (numerator.equals(Num.ONE)) return reciprocal;
    List<Expr> factors = new ArrayList<>();
    if (numerator instanceof Product p) {
      factors.addAll(p.factors());
    } else {
      factors.add(numerator);
    }
    factors.add(reciprocal);
    return new Product(factors);
  }
}

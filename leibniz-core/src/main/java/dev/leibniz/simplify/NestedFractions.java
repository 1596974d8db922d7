package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;

/**
 * A fraction in a denominator: a term that is, or has as a factor, a sum to a negative power, and
 * in that sum a term with a negative power, as {@code 1/(x*(1/x + 1))} and
 * {@code e^x/(x^2*(1/x + 1))} are. The chain rule makes such terms (d/dx of {@code x*ln(1 + 1/x)}
 * is {@code ln(1/x + 1) - 1/(x*(1/x + 1))}); a textbook clears them ({@code 1/(x + 1)}). A term
 * of this shape is brought over one denominator on its own, even in a sum whose other terms are
 * not rational (a logarithm, an exponential), where the rational form of the whole sum gains
 * nothing. Only its rational forms are built, not a search of the term: searching each such
 * term again cost the simplifier a fifth of its time on the mix (BENCHMARKS.md, R11). The shape
 * test looks at the term's factors and their sums' terms only, and builds nothing.
 */
final class NestedFractions {
  private NestedFractions() {}

  /**
   * {@code s} with each term of the shape cleared ({@link #cleared}); {@code s} itself when none
   * changes.
   */
  static Expr termwise(Sum s) {
    List<Expr> terms = new ArrayList<>(s.terms().size());
    boolean changed = false;
    for (Expr t : s.terms()) {
      Expr c = in(t) ? cleared(t) : t;
      changed |= c != t;
      terms.add(c);
    }
    return changed ? Expr.sum(terms) : s;
  }

  /** {@code e} with the terms of the shape cleared in every sum, wherever it is. */
  static Expr everywhere(Expr e) {
    return Everywhere.rewrite(e, n -> n instanceof Sum s && anyTerm(s) ? termwise(s) : n);
  }

  /**
   * The shortest of {@code term}'s rational forms and itself: over one denominator, not searched
   * again (its parts are simplified before it is met).
   */
  static Expr cleared(Expr term) {
    return Cheapest.of(CandidateForms.rationalAndItself(term, OperationCount.of(term)));
  }

  /** True when some term of {@code s} has the shape. */
  static boolean anyTerm(Sum s) {
    for (Expr t : s.terms()) {
      if (in(t)) return true;
    }
    return false;
  }

  /**
   * True when {@code term} is, or has as a factor, a sum holding a fraction to a negative power:
   * a fraction in a denominator.
   */
  static boolean in(Expr term) {
    if (term instanceof Power p) return isReciprocal(p) && holdsFraction(p.base());
    if (!(term instanceof Product p)) return false;
    for (Expr f : p.factors()) {
      if (f instanceof Power q && isReciprocal(q) && holdsFraction(q.base())) return true;
    }
    return false;
  }

  /** A sum with a term that is, or has as a factor, a power with a negative exponent. */
  private static boolean holdsFraction(Expr e) {
    if (!(e instanceof Sum s)) return false;
    for (Expr t : s.terms()) {
      if (isReciprocal(t)) return true;
      if (t instanceof Product p) {
        for (Expr f : p.factors()) {
          if (isReciprocal(f)) return true;
        }
      }
    }
    return false;
  }

  private static boolean isReciprocal(Expr e) {
    return e instanceof Power p && p.exponent() instanceof Num n && n.value().signum() < 0;
  }
}

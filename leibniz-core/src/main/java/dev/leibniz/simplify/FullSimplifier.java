package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simplifier a person expects from {@code simplify}: it looks for a shorter way to write an
 * expression and keeps the shortest, measured by {@link OperationCount}.
 *
 * <p>It works inside out. The arguments of functions and the bases and exponents of fractional
 * or symbolic powers are simplified first, each on its own; then the expression, seen as a
 * rational function of what is left ({@link RationalForm}), is brought over one denominator in
 * lowest terms and written expanded or factored ({@link RationalForms}). Of these candidates and
 * the input, the one with the fewest operations wins. On a tie the earlier candidate wins: the
 * factored forms come first and the input last, so factors are preferred to expanded polynomials
 * and a single fraction to a sum of fractions of equal length, as a textbook writes them
 * ({@link Cheapest}; the rewrites of a whole expression are {@link CandidateForms}).
 *
 * <p>Budget: polynomials past {@link #MAX_TERMS} terms are not expanded, and a whole
 * simplification spends at most {@link WorkBudget#UNITS} units of work; past either, the
 * expensive steps are skipped and the best form so far is returned. Nothing here throws for a
 * well-formed input, except an {@link UndefinedException} for one that is undefined everywhere
 * ({@code ln((x + 1)^2 - x^2 - 2*x - 1)}, whose argument simplifies to 0).
 */
public final class FullSimplifier {
  /**
   * The largest expression, in nodes as a tree, that is searched: the search is for what a person
   * reads; a larger one is returned in canonical form.
   */
  static final int MAX_NODES = 2_000;

  /** The largest polynomial, in terms, that the rational step builds. */
  static final int MAX_TERMS = 400;

  /**
   * Rounds of the whole search: a form found in one round (say by an identity) can open another
   * in the next. Rounds stop at a fixed point, so when the search ends within its budget,
   * simplifying the result again changes nothing.
   */
  private static final int MAX_ROUNDS = 4;

  /**
   * Passes of the search and the rules applied once to its result, which never lengthen it
   * (roots of squares as absolute values, like logarithms to other bases): a pass that they
   * change is followed by another.
   */
  private static final int MAX_PASSES = 3;

  private final Map<Expr, Expr> done = new IdentityHashMap<>();

  /**
   * The expressions searched in earlier rounds and what the search found, shared by the rounds:
   * a subexpression that one round left as it was is not searched again in the next. Only real
   * searches are kept here, not the shortcuts of {@link #done} (a result standing for itself).
   */
  private final Map<Expr, Expr> searched;

  private FullSimplifier(Map<Expr, Expr> searched) {
    this.searched = searched;
  }

  /** A form of {@code e} with the fewest operations found, equal wherever e is defined. */
  public static Expr simplify(Expr e) {
    WorkBudget.reset();
    Expr current = Simplifier.simplify(e);
    if (!ExprSize.isSmall(current, MAX_NODES)) return current;
    Map<Expr, Expr> searched = new IdentityHashMap<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      // Terms a Pythagorean identity joins are never longer joined (1 - tanh(u)^2 =
      // sech(u)^2), and what is joined opens nothing to the search: joined once in the result,
      // not offered to the search on every line with a tanh.
      Expr joined = PythagoreanSums.everywhere(searched(current, searched));
      Expr finished = LogBases.joined(AbsoluteValues.everywhere(joined));
      if (finished.equals(joined) || WorkBudget.exhausted()) return finished;
      // What these rules made (abs(x)*sign(x) from sqrt(x^2)*sign(x)) is searched again, so
      // that simplifying the result once more changes nothing.
      current = finished;
    }
    return current;
  }

  /** Rounds of the search from {@code e} until a fixed point or the budget. */
  private static Expr searched(Expr e, Map<Expr, Expr> searched) {
    Expr current = e;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Expr next = new FullSimplifier(searched).shortest(current);
      if (next.equals(current) || WorkBudget.exhausted()) return next;
      current = next;
    }
    return current;
  }

  private Expr shortest(Expr e) {
    if (e instanceof Var || e instanceof Constant || e instanceof Num) return e;
    Expr cached = done.get(e);
    if (cached == null) cached = searched.get(e);
    if (cached != null) return cached;
    try {
      WorkBudget.spend(WorkBudget.NODE);
    } catch (WorkBudget.Exhausted spent) {
      return e;
    }
    Expr inner = insideOut(e);
    List<Expr> candidates = new ArrayList<>();
    if (inner instanceof Product p) candidates.add(factorwise(p));
    if (inner instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()
        && n.value().signum() > 0) {
      candidates.add(Expr.power(shortest(p.base()), p.exponent()));
    }
    candidates.add(inner);
    candidates.add(e);
    // A reciprocal of a sum with powers of e searched on its own, so that its pairs may join
    // ((e^x + e^(-x))^-1 as 1/(2*cosh(x))); after the input, so that it wins only when shorter.
    // Not every reciprocal's base: searched alone, 1/(-z - 1) kept its sign inside.
    if (inner instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()
        && n.value().signum() < 0 && p.base() instanceof Sum base
        && ExponentialPairs.worthTrying(base)) {
      candidates.add(Expr.power(shortest(base), p.exponent()));
    }
    // The rational forms go before the input, so that they win a tie with it.
    candidates.addAll(candidates.size() - 2,
        CandidateForms.rationalAndTermwise(inner, Cheapest.count(candidates)));
    // Before the input too: a fraction cleared out of another wins a tie.
    if (inner instanceof Sum s && NestedFractions.anyTerm(s)) {
      candidates.add(candidates.size() - 2, NestedFractions.termwise(s));
    }
    // Everywhere, so that a sum in a term's factor joins too: x*(e^x - e^(-x)) + e^x + e^(-x)
    // is 2*x*sinh(x) + 2*cosh(x), not half in exponentials.
    if (inner instanceof Sum s && ExponentialPairs.worthTrying(s)) {
      candidates.add(ExponentialPairs.everywhere(inner));
    }
    Expr pulled = RadicandContent.pulledOut(inner);
    if (pulled != inner) {
      candidates.addAll(CandidateForms.rationalAndItself(pulled, Cheapest.count(candidates)));
    }
    Expr best = Cheapest.of(candidates);
    if (TrigRewrites.mentions(inner)) {
      List<Expr> forms = new ArrayList<>();
      forms.add(best);
      try {
        List<Expr> from = best == inner ? List.of(inner) : List.of(best, inner);
        forms.addAll(CandidateForms.trigonometric(from));
      } catch (WorkBudget.Exhausted | UndefinedException skipped) {
        // keep the forms found so far
      }
      best = Cheapest.of(forms);
    }
    done.put(e, best);
    searched.put(e, best);
    // A result met again (a factor of a rebuilt product) is not searched again: without this,
    // each level of sqrt(sqrt(...)) or x*sin(x*sin(...)) would double the work.
    done.put(best, best);
    done.put(inner, best);
    return best;
  }

  /** A product with each factor simplified on its own. */
  private Expr factorwise(Product p) {
    List<Expr> factors = null;
    List<Expr> old = p.factors();
    for (int i = 0; i < old.size(); i++) {
      Expr f = old.get(i);
      Expr g = f instanceof Num ? f : shortest(f);
      factors = replaced(factors, old, i, g);
    }
    return factors == null ? p : Expr.product(factors);
  }

  /**
   * The children so far with child {@code i} set to {@code g}: null (meaning "unchanged") as long
   * as every child is the old one, so that a tree with nothing to simplify is not rebuilt, and
   * the results met again are the same objects, which the identity cache finds.
   */
  private static List<Expr> replaced(List<Expr> changed, List<Expr> old, int i, Expr g) {
    if (changed == null) {
      if (g == old.get(i)) return null;
      changed = new ArrayList<>(old.size());
      changed.addAll(old.subList(0, i));
    }
    changed.add(g);
    return changed;
  }

  /** {@code e} with every non-rational part (function arguments, radicals) simplified. */
  private Expr insideOut(Expr e) {
    StackGuard.checkInterrupted();
    if (e instanceof Call c) {
      Expr argument = shortest(c.argument());
      return argument == c.argument() ? e : Expr.call(c.function(), argument);
    }
    if (e instanceof Sum s) {
      List<Expr> terms = null;
      for (int i = 0; i < s.terms().size(); i++) {
        terms = replaced(terms, s.terms(), i, insideOut(s.terms().get(i)));
      }
      return terms == null ? e : Expr.sum(terms);
    }
    if (e instanceof Product p) {
      List<Expr> factors = null;
      for (int i = 0; i < p.factors().size(); i++) {
        factors = replaced(factors, p.factors(), i, insideOut(p.factors().get(i)));
      }
      return factors == null ? e : Expr.product(factors);
    }
    if (e instanceof Power p) {
      boolean integer = p.exponent() instanceof Num n && n.value().isInteger();
      Expr base = integer ? insideOut(p.base()) : shortest(p.base());
      Expr exponent = integer ? p.exponent() : shortest(p.exponent());
      return base == p.base() && exponent == p.exponent() ? e : Expr.power(base, exponent);
    }
    return e;
  }

  /** Thrown when a polynomial would pass the budget; the rational step is then skipped. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("polynomial too large to expand", null, false, false);
    }
  }
}

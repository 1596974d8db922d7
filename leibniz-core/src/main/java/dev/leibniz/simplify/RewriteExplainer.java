package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Explains a simplification as named steps ({@link Rewrite}), each the whole expression after one
 * rewrite, from an expression to the form {@link FullSimplifier} chose for it:
 *
 * <pre>{@code
 * (x/sqrt(x^2 + 1) + 1)/(x + sqrt(x^2 + 1))
 * Common denominator: (x + sqrt(x^2 + 1))/(sqrt(x^2 + 1)*(x + sqrt(x^2 + 1)))
 * Cancel (x + sqrt(x^2 + 1)): 1/sqrt(x^2 + 1)
 * }</pre>
 *
 * <p>The simplifier keeps no record of how it found its result (that would slow every search
 * for the few asked to explain themselves). The explainer replays the simplifier's own stages on
 * the whole expression instead, breadth first, so the explanation with the fewest stages wins:
 * a move is the rational stage told step by step ({@link RationalSteps}), a quotient,
 * Pythagorean or double-angle identity ({@link TrigRewrites}, {@link PythagoreanSums}), or the
 * arguments or the factors simplified on their own. Every step is one of the simplifier's rewrites, so every step keeps
 * the value wherever the expression before it is defined.
 *
 * <p>The search is bounded by {@link #MAX_MOVES} moves and {@link #MAX_STATES} expressions
 * explored, each within a fresh {@link WorkBudget}. Where it does not reach the result (a form
 * found through several rounds of nested rewrites), the explanation is one step,
 * {@link Rewrite.Kind#SHORTEST_FORM}: the steps always end at the result, never elsewhere.
 */
public final class RewriteExplainer {
  /** The longest chain of moves tried; a move is up to three steps. */
  static final int MAX_MOVES = 4;

  /** The most expressions whose moves are tried. */
  static final int MAX_STATES = 120;

  private RewriteExplainer() {}

  /** A chain of steps so far and the expression it leads to. */
  private record Path(Expr at, List<Rewrite> steps, int moves) {}

  /**
   * The steps from {@code from} to {@code to}, the form the simplifier found for it; empty when
   * they are equal. The last step's expression is {@code to}.
   */
  public static List<Rewrite> explain(Expr from, Expr to) {
    if (from.equals(to)) return List.of();
    Deque<Path> queue = new ArrayDeque<>();
    queue.add(new Path(from, List.of(), 0));
    Set<Expr> seen = new HashSet<>();
    seen.add(from);
    for (int explored = 0; !queue.isEmpty() && explored < MAX_STATES; explored++) {
      Path path = queue.poll();
      if (path.moves() >= MAX_MOVES) break;
      for (List<Rewrite> move : moves(path.at())) {
        Expr next = move.get(move.size() - 1).after();
        if (!seen.add(next)) continue;
        List<Rewrite> steps = new ArrayList<>(path.steps());
        steps.addAll(move);
        if (next.equals(to)) return steps;
        queue.add(new Path(next, steps, path.moves() + 1));
      }
    }
    return List.of(new Rewrite(Rewrite.Kind.SHORTEST_FORM, null, from, to));
  }

  /** Every move from {@code e}: each a list of steps, the last one's expression new. */
  private static List<List<Rewrite>> moves(Expr e) {
    List<List<Rewrite>> out = new ArrayList<>();
    WorkBudget.reset();
    try {
      out.addAll(RationalSteps.to(e));
    } catch (FullSimplifier.TooLarge | WorkBudget.Exhausted | ArithmeticException
        | UndefinedException skipped) {
      // No rational form within the budget: the other moves remain.
    }
    add(out, Rewrite.Kind.RADICAND_CONTENT, e, RadicandContent.pulledOut(e));
    add(out, Rewrite.Kind.NESTED_FRACTION, e, NestedFractions.everywhere(e));
    add(out, Rewrite.Kind.HYPERBOLIC_FORM, e, ExponentialPairs.everywhere(e));
    add(out, Rewrite.Kind.ABSOLUTE_VALUE, e, AbsoluteValues.everywhere(e));
    add(out, Rewrite.Kind.CHANGE_OF_BASE, e, LogBases.joined(e));
    try {
      WorkBudget.reset();
      add(out, Rewrite.Kind.QUOTIENT_IDENTITY, e, TrigRewrites.quotients(e));
      for (TrigRewrites.Identity identity : TrigRewrites.identities(e)) {
        add(out, identity.kind(), e, identity.rewrite().apply(e));
      }
      add(out, Rewrite.Kind.PYTHAGOREAN_IDENTITY, e, PythagoreanSums.of(e));
    } catch (WorkBudget.Exhausted | UndefinedException skipped) {
      // Keep the identities applied so far.
    }
    try {
      add(out, Rewrite.Kind.ARGUMENTS, e, parts(e));
      add(out, Rewrite.Kind.FACTORS, e, factorwise(e));
    } catch (UndefinedException skipped) {
      // A part undefined everywhere: the simplifier did not rewrite it either.
    }
    return out;
  }

  private static void add(List<List<Rewrite>> out, Rewrite.Kind kind, Expr before, Expr after) {
    if (!after.equals(before)) out.add(List.of(new Rewrite(kind, null, before, after)));
  }

  /** {@code e} with each factor, or the base of a positive whole power, simplified on its own. */
  private static Expr factorwise(Expr e) {
    if (e instanceof Product p) {
      List<Expr> factors = new ArrayList<>(p.factors().size());
      for (Expr f : p.factors()) factors.add(f instanceof Num ? f : FullSimplifier.simplify(f));
      return Expr.product(factors);
    }
    if (e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()
        && n.value().signum() > 0) {
      return Expr.power(FullSimplifier.simplify(p.base()), p.exponent());
    }
    return e;
  }

  /**
   * {@code e} with every function argument, and every base and exponent of a power that is not
   * a whole one, simplified: the parts the simplifier treats on their own.
   */
  private static Expr parts(Expr e) {
    if (e instanceof Call c) return Expr.call(c.function(), FullSimplifier.simplify(c.argument()));
    if (e instanceof Sum s) {
      List<Expr> terms = new ArrayList<>(s.terms().size());
      for (Expr t : s.terms()) terms.add(parts(t));
      return Expr.sum(terms);
    }
    if (e instanceof Product p) {
      List<Expr> factors = new ArrayList<>(p.factors().size());
      for (Expr f : p.factors()) factors.add(parts(f));
      return Expr.product(factors);
    }
    if (e instanceof Power p) {
      if (p.exponent() instanceof Num n && n.value().isInteger()) {
        return Expr.power(parts(p.base()), p.exponent());
      }
      return Expr.power(FullSimplifier.simplify(p.base()), FullSimplifier.simplify(p.exponent()));
    }
    return e;
  }
}

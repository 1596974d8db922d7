package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;


/**
 * For the tests that check a shape test's refusals: random sums, differences, products, squares,
 * cubes and quotients of given atoms, and the shortest of an expression's rational forms, each
 * also written back with tangents and secants, as the simplifier would build them.
 */
final class RandomForms {
  private RandomForms() {}

  /** A random expression of at most {@code depth} levels over {@code atoms}. */
  static Expr random(Random random, int depth, String[] atoms) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return ExprParser.parse(atoms[random.nextInt(atoms.length)]);
    }
    Expr a = random(random, depth - 1, atoms);
    Expr b = random(random, depth - 1, atoms);
    switch (random.nextInt(5)) {
      case 0: return Expr.sum(a, b);
      case 1: return Expr.difference(a, b);
      case 2: return Expr.product(a, b);
      case 3: return Expr.power(a, 2 + random.nextInt(2));
      default:
        try {
          return Expr.quotient(a, b);
        } catch (UndefinedException zero) {
          return a;
        }
    }
  }

  /** The fewest operations among {@code e}, its rational forms, and each with tangents. */
  static int shortestForm(Expr e) {
    int best = Integer.MAX_VALUE;
    for (Expr f : formsOf(e)) best = Math.min(best, OperationCount.of(f));
    return best;
  }

  /** The expression, its rational forms, and each written back with tangents and secants. */
  private static List<Expr> formsOf(Expr e) {
    WorkBudget.reset();
    List<Expr> forms = new ArrayList<>();
    forms.add(e);
    forms.add(TrigRewrites.quotients(e));
    try {
      for (Expr r : RationalForms.of(e)) {
        forms.add(r);
        forms.add(TrigRewrites.quotients(r));
      }
    } catch (FullSimplifier.TooLarge | WorkBudget.Exhausted | ArithmeticException
        | UndefinedException skipped) {
      // the forms so far
    }
    return forms;
  }

  /**
   * A shape test's record over many rewrites: how often it refused one, and how often a rewrite
   * it allowed was shorter. A refused rewrite that would have been shorter fails the test.
   */
  static final class GateTally {
    int refused;
    int shortenedWhereAllowed;

    /** Counts rewriting {@code e} to {@code rewritten}, as the shape test {@code allowed}. */
    void add(Expr e, Expr rewritten, boolean allowed) {
      int without = shortestForm(e);
      int with = shortestForm(rewritten);
      if (allowed) {
        if (with < without) shortenedWhereAllowed++;
        return;
      }
      refused++;
      assertTrue(with >= without, PlainPrinter.print(e) + ": " + with + " < " + without);
    }
  }
}

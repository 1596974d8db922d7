package dev.leibniz.simplify;

import dev.leibniz.expr.StackGuard;

/**
 * The simplifier's budget, in units of work rather than seconds so that a result never depends on
 * how busy the machine is: one unit is one product of two polynomial terms, or one term added;
 * building a node of an expression costs {@link #NODE} units. When a simplification has spent
 * its budget, the expensive steps are skipped and the best form found so far is returned.
 */
final class WorkBudget {
  /** Units per simplification: a few milliseconds of work on a 2020s core. */
  static final long UNITS = 50_000;

  /** Units per expression node built: building one costs about as much as ten term products. */
  static final long NODE = 10;

  private static final ThreadLocal<long[]> LEFT = ThreadLocal.withInitial(() -> new long[] {UNITS});

  private WorkBudget() {}

  /** Starts a fresh budget for the simplification this thread begins now. */
  static void reset() {
    LEFT.get()[0] = UNITS;
  }

  /** Spends {@code units}; throws {@link Exhausted} once the budget is gone. */
  static void spend(long units) {
    long[] left = LEFT.get();
    left[0] -= units;
    if (left[0] < 0) throw Exhausted.INSTANCE;
    StackGuard.checkInterrupted();
  }

  static boolean exhausted() {
    return LEFT.get()[0] < 0;
  }

  /** The budget is spent; carries no stack trace, it is control flow. */
  static final class Exhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Exhausted INSTANCE = new Exhausted();

    private Exhausted() {
      super("simplification budget spent", null, false, false);
    }
  }
}

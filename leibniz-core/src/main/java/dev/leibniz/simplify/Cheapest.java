package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import java.util.List;

/**
 * The choice among candidate forms: the one with the fewest operations ({@link OperationCount}),
 * the earliest of equals, so the order of the candidates is the order of preference on a tie.
 */
final class Cheapest {
  private Cheapest() {}

  /** The fewest operations of any candidate. */
  static int count(List<Expr> candidates) {
    return OperationCount.of(of(candidates));
  }

  /**
   * The candidate with the fewest operations; the earliest of equals. A candidate met before as
   * the same object (a rewrite that changed nothing returns its input) is not counted again.
   */
  static Expr of(List<Expr> candidates) {
    Expr best = null;
    int bestCost = Integer.MAX_VALUE;
    for (int i = 0; i < candidates.size(); i++) {
      Expr candidate = candidates.get(i);
      if (candidate == best || isRepeated(candidates, i)) continue;
      int cost = OperationCount.of(candidate);
      if (cost < bestCost) {
        best = candidate;
        bestCost = cost;
      }
    }
    return best;
  }

  /** True when candidate {@code i} is the same object as an earlier one. */
  private static boolean isRepeated(List<Expr> candidates, int i) {
    Expr candidate = candidates.get(i);
    for (int j = 0; j < i; j++) {
      if (candidates.get(j) == candidate) return true;
    }
    return false;
  }
}

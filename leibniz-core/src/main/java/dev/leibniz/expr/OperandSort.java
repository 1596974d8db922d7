package dev.leibniz.expr;

import java.util.Arrays;

/**
 * Sorts the operands of a node being built into {@link ExprOrder#FACTORS} or
 * {@link ExprOrder#TERMS} order. The order itself is {@link ExprOrder}'s; this class only says
 * how to sort by it. Most sums and products have two to eight operands, where a stable
 * insertion sort calling the comparison directly beats {@link Arrays#sort}: the library's sort
 * calls every comparator in the JVM through one call site, which the JIT cannot inline, and
 * the term being inserted has its degree ({@link ExprOrder#TERMS} compares degrees first)
 * computed once, not at every comparison. Longer arrays go to {@link Arrays#sort}
 * (n log n comparisons).
 * Both sorts are stable, so the result is the same array either way.
 */
final class OperandSort {
  /** Up to this many operands, the insertion sort; past it, {@link Arrays#sort}. */
  static final int INSERTION_LIMIT = 12;

  private OperandSort() {}

  /** Sorts {@code a[from, to)} by {@link ExprOrder#FACTORS}, stably. */
  static void factors(Expr[] a, int from, int to) {
    if (to - from > INSERTION_LIMIT) {
      Arrays.sort(a, from, to, ExprOrder.FACTORS);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      Expr x = a[i];
      int j = i - 1;
      while (j >= from && ExprOrder.compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /** Sorts {@code a[from, to)} by {@link ExprOrder#TERMS}, stably. */
  static void terms(Expr[] a, int from, int to) {
    if (to - from > INSERTION_LIMIT) {
      Arrays.sort(a, from, to, ExprOrder.TERMS);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      Expr x = a[i];
      double d = ExprOrder.degree(x);
      int j = i - 1;
      while (j >= from && ExprOrder.compareTerms(a[j], ExprOrder.degree(a[j]), x, d) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}

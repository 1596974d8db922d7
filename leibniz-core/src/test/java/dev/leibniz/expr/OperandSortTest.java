package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link OperandSort} puts operands in exactly the order {@link Arrays#sort} does with the same
 * comparator (both stable): on random arrays of random canonical expressions, short ones (the
 * insertion sort) and long ones (handed to {@link Arrays#sort}), with equal elements that are
 * distinct objects, whose order of arrival must be kept.
 */
class OperandSortTest {
  @Test
  void factorsSortAsArraysSortSortsThem() {
    assertEquals(2000, agreeOnRandomArrays(ExprOrder.FACTORS, OperandSort::factors));
  }

  @Test
  void termsSortAsArraysSortSortsThem() {
    assertEquals(2000, agreeOnRandomArrays(ExprOrder.TERMS, OperandSort::terms));
  }

  @Test
  void aRangeIsSortedAndNothingOutsideItMoves() {
    Expr x = Expr.var("x");
    Expr y = Expr.var("y");
    Expr[] a = {y, Expr.power(x, 2), Num.TWO, x, Constant.PI, y};
    OperandSort.factors(a, 1, 5);
    assertArrayEquals(new Expr[] {y, Num.TWO, Constant.PI, x, Expr.power(x, 2), y}, a);
    Expr[] terms = {Num.TWO, x, Expr.power(x, 3), y, Expr.product(Expr.num(3), x, y)};
    OperandSort.terms(terms, 0, terms.length);
    // Higher degree first (3, 2, 1, 1), x before y, the number last: x^3 + 3*x*y + x + y + 2.
    assertArrayEquals(new Expr[] {Expr.power(x, 3), Expr.product(Expr.num(3), x, y), x, y,
        Num.TWO}, terms);
  }

  /** Sorts 2,000 random arrays both ways and asserts the same objects in the same places. */
  private static int agreeOnRandomArrays(Comparator<Expr> order, RangeSort sort) {
    int agreed = 0;
    for (long seed : ExprGenerator.seeds(2000).toArray()) {
      SplittableRandom random = new SplittableRandom(seed);
      ExprGenerator g = new ExprGenerator(seed);
      // Mostly the insertion sort's sizes, and some past its limit.
      int n = random.nextInt(5) == 0 ? 1 + random.nextInt(3 * OperandSort.INSERTION_LIMIT)
          : random.nextInt(OperandSort.INSERTION_LIMIT + 1);
      Expr[] items = new Expr[n];
      for (int i = 0; i < n; i++) {
        // Every third an equal copy of an earlier one, a distinct object.
        items[i] = i > 0 && random.nextInt(3) == 0
            ? ExprGenerator.rawCopy(items[random.nextInt(i)])
            : (random.nextBoolean() ? g.leaf() : g.expression(2));
      }
      int from = n > 2 ? random.nextInt(2) : 0;
      Expr[] expected = items.clone();
      Arrays.sort(expected, from, n, order);
      Expr[] actual = items.clone();
      sort.sort(actual, from, n);
      for (int i = 0; i < n; i++) assertSame(expected[i], actual[i], "seed " + seed + " at " + i);
      agreed++;
    }
    return agreed;
  }

  private interface RangeSort {
    void sort(Expr[] items, int from, int to);
  }
}

package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.util.Arrays;

/**
 * The term arithmetic of {@link Poly} on its flat rows: a growing list of terms, the merge of two
 * sorted term lists (a sum), and the product of two (every pair of terms, sorted once, like terms
 * added). Rows are exponent vectors compared lexicographically, generator 0 first, larger
 * exponents leading; a coefficient that adds up to zero drops its term.
 */
final class Terms {
  private final int arity;
  private int[] exponents;
  private Rational[] coefficients;
  private int size;

  Terms(int arity) {
    this(arity, 4);
  }

  private Terms(int arity, int capacity) {
    this.arity = arity;
    this.exponents = new int[Math.max(capacity, 1) * arity];
    this.coefficients = new Rational[Math.max(capacity, 1)];
  }

  int size() {
    return size;
  }

  /** Adds a term after the last one (which it must follow in the order). */
  void append(int[] row, int offset, Rational c) {
    if (size == coefficients.length) {
      coefficients = Arrays.copyOf(coefficients, size * 2);
      exponents = Arrays.copyOf(exponents, size * 2 * arity);
    }
    System.arraycopy(row, offset, exponents, size * arity, arity);
    coefficients[size++] = c;
  }

  Poly toPoly() {
    return new Poly(arity, Arrays.copyOf(exponents, size * arity),
        Arrays.copyOf(coefficients, size));
  }

  /** Negative when row {@code i} of {@code a} comes before row {@code j} of {@code b}. */
  static int compare(int[] a, int i, int[] b, int j, int arity) {
    for (int v = 0; v < arity; v++) {
      if (a[i + v] != b[j + v]) return a[i + v] > b[j + v] ? -1 : 1;
    }
    return 0;
  }

  /** {@code a + c * m * b} for a number c and a monomial m (null for 1), by one merge. */
  static Poly merge(Poly a, Poly b, Rational c, int[] m) {
    int arity = a.arity();
    int[] ea = a.rawExponents();
    int[] eb = b.rawExponents();
    if (m != null) {
      eb = eb.clone();
      for (int t = 0; t < b.termCount(); t++) {
        for (int v = 0; v < arity; v++) eb[t * arity + v] += m[v];
      }
    }
    Terms out = new Terms(arity, a.termCount() + b.termCount());
    int i = 0;
    int j = 0;
    while (i < a.termCount() || j < b.termCount()) {
      int order = i == a.termCount() ? 1
          : j == b.termCount() ? -1 : compare(ea, i * arity, eb, j * arity, arity);
      if (order < 0) {
        out.append(ea, i * arity, a.coefficient(i));
        i++;
      } else if (order > 0) {
        out.append(eb, j * arity, times(b.coefficient(j), c));
        j++;
      } else {
        Rational sum = a.coefficient(i).add(times(b.coefficient(j), c));
        if (!sum.isZero()) out.append(ea, i * arity, sum);
        i++;
        j++;
      }
    }
    return out.toPoly();
  }

  private static Rational times(Rational x, Rational c) {
    return c.isOne() ? x : x.multiply(c);
  }

  /** {@code a * b}: every pair of terms, sorted by exponents, like terms added. */
  static Poly product(Poly a, Poly b) {
    int arity = a.arity();
    int n = a.termCount() * b.termCount();
    int[] rows = new int[n * arity];
    Rational[] cs = new Rational[n];
    int at = 0;
    for (int i = 0; i < a.termCount(); i++) {
      for (int j = 0; j < b.termCount(); j++, at++) {
        for (int v = 0; v < arity; v++) {
          rows[at * arity + v] = a.exponent(i, v) + b.exponent(j, v);
        }
        cs[at] = a.coefficient(i).multiply(b.coefficient(j));
      }
    }
    int[] order = new int[n];
    for (int k = 0; k < n; k++) order[k] = k;
    sort(order, new int[n], 0, n, rows, arity);
    Terms out = new Terms(arity, n);
    int k = 0;
    while (k < n) {
      int first = order[k];
      Rational sum = cs[first];
      k++;
      while (k < n && compare(rows, first * arity, rows, order[k] * arity, arity) == 0) {
        sum = sum.add(cs[order[k]]);
        k++;
      }
      if (!sum.isZero()) out.append(rows, first * arity, sum);
    }
    return out.toPoly();
  }

  /** Merge sort of the row indices {@code order[from, to)} by their rows; stable. */
  private static void sort(int[] order, int[] scratch, int from, int to, int[] rows, int arity) {
    if (to - from < 2) return;
    int mid = (from + to) >>> 1;
    sort(order, scratch, from, mid, rows, arity);
    sort(order, scratch, mid, to, rows, arity);
    if (compare(rows, order[mid - 1] * arity, rows, order[mid] * arity, arity) <= 0) return;
    System.arraycopy(order, from, scratch, from, to - from);
    int i = from;
    int j = mid;
    for (int k = from; k < to; k++) {
      if (j >= to || (i < mid
          && compare(rows, scratch[i] * arity, rows, scratch[j] * arity, arity) <= 0)) {
        order[k] = scratch[i++];
      } else {
        order[k] = scratch[j++];
      }
    }
  }
}

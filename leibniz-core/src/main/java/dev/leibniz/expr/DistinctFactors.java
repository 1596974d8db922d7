package dev.leibniz.expr;

import java.util.Arrays;
import java.util.List;

/**
 * The common product in which nothing gathers, built without {@link ProductBuilder}'s tables:
 * the power rule's {@code n*u^(n-1)*u'}, a parsed {@code 2*x*sin(y)}. Nested products are
 * flattened and the numbers multiplied; when then no two factors have one base ({@code x} and
 * {@code x^2} do, and {@code e^a} and {@code e^b}), no exponents add up, so the canonical
 * product is the coefficient and the factors in {@link ExprOrder#FACTORS} order: what
 * {@link ProductBuilder} builds. A number times a lone sum, which distributes, is left to it.
 */
final class DistinctFactors {
  /** Past this many factors the pairwise comparison of bases costs more than the tables. */
  private static final int MAX_FACTORS = 8;

  private DistinctFactors() {}

  /**
   * The canonical product of {@code input}, or null when some factors gather. It has the
   * {@link Compound canonical} bit when every input is canonical: a raw input may nest products.
   */
  static Expr product(List<Expr> input) {
    Expr[] factors = new Expr[MAX_FACTORS];
    int n = 0;
    Rational coefficient = Rational.ONE;
    for (int i = 0, size = input.size(); i < size; i++) {
      Expr f = input.get(i);
      if (f instanceof Num c) {
        coefficient = coefficient.multiply(c.value());
      } else if (f instanceof Product p) {
        // Canonical products are flat: their factors are never products.
        Operands inner = p.operands();
        for (int k = 0, m = inner.size(); k < m; k++) {
          Expr g = inner.get(k);
          if (g instanceof Num c) {
            coefficient = coefficient.multiply(c.value());
          } else if ((n = add(factors, n, g)) < 0) {
            return null;
          }
        }
      } else if ((n = add(factors, n, f)) < 0) {
        return null;
      }
    }
    if (coefficient.isZero()) return Num.ZERO;
    if (n == 0) return Num.of(coefficient);
    if (n == 1) {
      if (coefficient.isOne()) return factors[0];
      if (factors[0] instanceof Sum) return null;
    }
    OperandSort.factors(factors, 0, n);
    boolean canonical = Compound.allCanonical(input);
    if (coefficient.isOne()) {
      return Product.built(Operands.owning(Arrays.copyOf(factors, n)), canonical);
    }
    Expr[] out = new Expr[n + 1];
    out[0] = Num.of(coefficient);
    System.arraycopy(factors, 0, out, 1, n);
    return Product.built(Operands.owning(out), canonical);
  }

  /**
   * Appends {@code f} at {@code n} and returns the new count, or -1 when there is no room or
   * a factor already there has its base.
   */
  private static int add(Expr[] factors, int n, Expr f) {
    if (n == factors.length) return -1;
    Expr base = ProductBuilder.baseOf(f);
    for (int i = 0; i < n; i++) {
      Expr other = ProductBuilder.baseOf(factors[i]);
      if (Compound.same(other, base)) return -1;
    }
    factors[n] = f;
    return n + 1;
  }
}

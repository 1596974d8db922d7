package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The product of two canonical operands by merging their sorted factor lists, the common case
 * of the chain, product and quotient rules: {@code cos(u) * u'}, {@code -1 * f}, the product
 * rule's {@code f*g*h} with one factor replaced by its derivative. When no base occurs in both
 * operands nothing gathers, so the product is the coefficients multiplied and the two lists
 * merged in {@link ExprOrder#FACTORS} order: the canonical form {@link ProductBuilder} would
 * build, without gathering and sorting all the factors again. Anything else (a base in both
 * operands, a number times a lone sum, which distributes) is left to {@link ProductBuilder}.
 */
final class ProductMerge {
  /** Past this many pairs of factors to compare, the general builder's hash index is cheaper. */
  private static final int MAX_PAIRS = 64;

  private ProductMerge() {}

  /** {@code a * b} for canonical a and b. */
  static Expr multiply(Expr a, Expr b) {
    Expr merged = merge(coefficientOf(a), factorsOf(a), coefficientOf(b), factorsOf(b));
    return merged != null ? merged : ProductBuilder.build(List.of(a, b));
  }

  /** The canonical product of {@code p}'s factors with factor {@code i} replaced by {@code r}. */
  static Expr replaceFactor(Product p, int i, Expr r) {
    List<Expr> factors = p.factors();
    boolean hasCoefficient = factors.get(0) instanceof Num;
    if (i > 0 || !hasCoefficient) {
      List<Expr> others = new ArrayList<>(factors.size() - 1);
      for (int k = hasCoefficient ? 1 : 0; k < factors.size(); k++) {
        if (k != i) others.add(factors.get(k));
      }
      Expr merged = merge(p.coefficient(), others, coefficientOf(r), factorsOf(r));
      if (merged != null) return merged;
    }
    List<Expr> replaced = new ArrayList<>(factors);
    replaced.set(i, r);
    return ProductBuilder.build(replaced);
  }

  private static Rational coefficientOf(Expr e) {
    if (e instanceof Num n) return n.value();
    return e instanceof Product p ? p.coefficient() : Rational.ONE;
  }

  /** The factors other than the coefficient, in order. */
  private static List<Expr> factorsOf(Expr e) {
    if (e instanceof Num) return List.of();
    if (!(e instanceof Product p)) return List.of(e);
    List<Expr> factors = p.factors();
    return factors.get(0) instanceof Num ? factors.subList(1, factors.size()) : factors;
  }

  /**
   * {@code ca * cb} times the factors of both sorted lists, canonical; null when a base occurs
   * in both lists or a number would multiply a lone sum.
   */
  private static Expr merge(Rational ca, List<Expr> a, Rational cb, List<Expr> b) {
    Rational c = ca.multiply(cb);
    if (c.isZero()) return Num.ZERO;
    if ((long) a.size() * b.size() > MAX_PAIRS || shareABase(a, b)) return null;
    int total = a.size() + b.size();
    if (total == 0) return Num.of(c);
    if (total == 1) {
      Expr only = a.isEmpty() ? b.get(0) : a.get(0);
      if (c.isOne()) return only;
      return only instanceof Sum ? null : new Product(List.of(Num.of(c), only));
    }
    List<Expr> out = new ArrayList<>(total + 1);
    if (!c.isOne()) out.add(Num.of(c));
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      out.add(ExprOrder.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
    }
    while (i < a.size()) out.add(a.get(i++));
    while (j < b.size()) out.add(b.get(j++));
    return new Product(out);
  }

  /** True if a factor of {@code a} and one of {@code b} have one base (they would gather). */
  private static boolean shareABase(List<Expr> a, List<Expr> b) {
    for (Expr x : a) {
      Expr base = baseOf(x);
      for (Expr y : b) {
        Expr other = baseOf(y);
        if (base == other || base.equals(other)) return true;
      }
    }
    return false;
  }

  /** The base a factor gathers under, as {@link ProductBuilder} gathers. */
  private static Expr baseOf(Expr e) {
    return e instanceof Power p ? p.base() : e;
  }
}

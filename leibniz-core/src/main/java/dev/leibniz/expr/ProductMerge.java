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
    Expr merged = merge(coefficientOf(a), factorsOf(a), Product.afterCoefficient(a), -1,
        coefficientOf(b), factorsOf(b), Product.afterCoefficient(b),
        Compound.isCanonical(a) && Compound.isCanonical(b));
    return merged != null ? merged : ProductBuilder.build(List.of(a, b));
  }

  /** The canonical product of {@code p}'s factors with factor {@code i} replaced by {@code r}. */
  static Expr replaceFactor(Product p, int i, Expr r) {
    Operands factors = p.operands();
    int from = Product.afterCoefficient(p);
    if (i >= from) {
      Expr merged = merge(p.coefficient(), factors, from, i, coefficientOf(r), factorsOf(r),
          Product.afterCoefficient(r), Compound.isCanonical(p) && Compound.isCanonical(r));
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

  /** The factors of {@code e}, its coefficient included ({@link #start} skips it). */
  private static Operands factorsOf(Expr e) {
    if (e instanceof Num) return Operands.empty();
    return e instanceof Product p ? p.operands() : Operands.of(e);
  }


  /**
   * {@code ca * cb} times the factors {@code a[fromA..]} but {@code a[skip]} (none if -1) and
   * {@code b[fromB..]}, both sorted, canonical; null when a base occurs in both lists or a
   * number would multiply a lone sum. The product is {@link Compound canonical} when
   * {@code canonical}: both operands were.
   */
  private static Expr merge(Rational ca, Operands a, int fromA, int skip, Rational cb,
      Operands b, int fromB, boolean canonical) {
    Rational c = ca.multiply(cb);
    if (c.isZero()) return Num.ZERO;
    int sizeA = a.size() - fromA - (skip >= 0 ? 1 : 0);
    int sizeB = b.size() - fromB;
    if ((long) sizeA * sizeB > MAX_PAIRS || shareABase(a, fromA, skip, b, fromB)) return null;
    int total = sizeA + sizeB;
    if (total == 0) return Num.of(c);
    if (total == 1) {
      Expr only = sizeA == 0 ? b.get(fromB) : a.get(fromA == skip ? fromA + 1 : fromA);
      if (c.isOne()) return only;
      return only instanceof Sum ? null : Product.built(Operands.of(Num.of(c), only), canonical);
    }
    Expr[] out = new Expr[total + (c.isOne() ? 0 : 1)];
    int k = 0;
    if (!c.isOne()) out[k++] = Num.of(c);
    int i = fromA == skip ? fromA + 1 : fromA;
    int j = fromB;
    while (i < a.size() && j < b.size()) {
      if (ExprOrder.compare(a.get(i), b.get(j)) <= 0) {
        out[k++] = a.get(i++);
        if (i == skip) i++;
      } else {
        out[k++] = b.get(j++);
      }
    }
    for (; i < a.size(); i++) if (i != skip) out[k++] = a.get(i);
    while (j < b.size()) out[k++] = b.get(j++);
    return Product.built(Operands.owning(out), canonical);
  }

  /** True if a factor of {@code a} and one of {@code b} have one base (they would gather). */
  private static boolean shareABase(Operands a, int fromA, int skip, Operands b,
      int fromB) {
    for (int i = fromA; i < a.size(); i++) {
      if (i == skip) continue;
      Expr base = ProductBuilder.baseOf(a.get(i));
      for (int j = fromB; j < b.size(); j++) {
        Expr other = ProductBuilder.baseOf(b.get(j));
        if (base == other || base.equals(other)) return true;
      }
    }
    return false;
  }
}

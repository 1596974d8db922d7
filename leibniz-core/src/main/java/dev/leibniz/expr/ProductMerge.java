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
    // A number times a sum distributes, what ProductBuilder would come to after gathering.
    if (a instanceof Num n && b instanceof Sum s) return ProductBuilder.times(n.value(), s);
    if (b instanceof Num n && a instanceof Sum s) return ProductBuilder.times(n.value(), s);
    Expr merged = merge(coefficientOf(a), a, Product.afterCoefficient(a), -1,
        coefficientOf(b), b, Product.afterCoefficient(b),
        Compound.isCanonical(a) && Compound.isCanonical(b));
    // Null mostly when a base occurs in both: the factors gather.
    return merged != null ? merged : ProductBuilder.gathered(Operands.of(a, b));
  }

  /** The canonical product of {@code p}'s factors with factor {@code i} replaced by {@code r}. */
  static Expr replaceFactor(Product p, int i, Expr r) {
    int from = Product.afterCoefficient(p);
    if (i >= from) {
      Expr merged = merge(p.coefficient(), p, from, i, coefficientOf(r), r,
          Product.afterCoefficient(r), Compound.isCanonical(p) && Compound.isCanonical(r));
      if (merged != null) return merged;
    }
    List<Expr> replaced = new ArrayList<>(p.factors());
    replaced.set(i, r);
    return ProductBuilder.build(replaced);
  }

  private static Rational coefficientOf(Expr e) {
    if (e instanceof Num n) return n.value();
    return e instanceof Product p ? p.coefficient() : Rational.ONE;
  }

  /**
   * How many factors {@code e} has as an operand of a product, its coefficient included: none
   * for a number (its value is the coefficient), a product's own, else 1 (e itself).
   */
  private static int count(Expr e) {
    if (e instanceof Num) return 0;
    return e instanceof Product p ? p.factorCount() : 1;
  }

  /** Factor {@code i} of {@code e} as {@link #count} counts them. */
  private static Expr factor(Expr e, int i) {
    return e instanceof Product p ? p.factor(i) : e;
  }

  /**
   * {@code ca * cb} times the factors {@code a[fromA..]} but {@code a[skip]} (none if -1) and
   * {@code b[fromB..]} ({@link #factor}), both sorted, canonical; null when a base occurs in
   * both lists or a number would multiply a lone sum. The product is {@link Compound canonical}
   * when {@code canonical}: both operands were.
   */
  private static Expr merge(Rational ca, Expr a, int fromA, int skip, Rational cb, Expr b,
      int fromB, boolean canonical) {
    Rational c = ca.multiply(cb);
    if (c.isZero()) return Num.ZERO;
    int endA = count(a);
    int endB = count(b);
    int sizeA = endA - fromA - (skip >= 0 ? 1 : 0);
    int sizeB = endB - fromB;
    if ((long) sizeA * sizeB > MAX_PAIRS || shareABase(a, fromA, skip, b, fromB)) return null;
    int total = sizeA + sizeB;
    if (total == 0) return Num.of(c);
    if (total == 1) {
      Expr only = sizeA == 0 ? factor(b, fromB) : factor(a, fromA == skip ? fromA + 1 : fromA);
      if (c.isOne()) return only;
      return only instanceof Sum ? null : Product.built(Operands.of(Num.of(c), only), canonical);
    }
    Expr[] out = new Expr[total + (c.isOne() ? 0 : 1)];
    int k = 0;
    if (!c.isOne()) out[k++] = Num.of(c);
    int i = fromA == skip ? fromA + 1 : fromA;
    int j = fromB;
    while (i < endA && j < endB) {
      Expr x = factor(a, i);
      Expr y = factor(b, j);
      if (ExprOrder.compare(x, y) <= 0) {
        out[k++] = x;
        if (++i == skip) i++;
      } else {
        out[k++] = y;
        j++;
      }
    }
    for (; i < endA; i++) if (i != skip) out[k++] = factor(a, i);
    for (; j < endB; j++) out[k++] = factor(b, j);
    return Product.built(Operands.owning(out), canonical);
  }

  /**
   * True if a factor of {@code a} and one of {@code b} have one base (they would gather). The
   * bases of {@code a} are first folded into a 64-bit mask of their hashes, so a base of
   * {@code b} is compared with them only when its hash's bit is in the mask (equal bases have
   * equal hashes): one pass over each list, not every pair.
   */
  private static boolean shareABase(Expr a, int fromA, int skip, Expr b, int fromB) {
    int endA = count(a);
    int endB = count(b);
    long hashesOfA = 0;
    for (int i = fromA; i < endA; i++) {
      if (i != skip) hashesOfA |= hashBit(ProductBuilder.baseOf(factor(a, i)));
    }
    for (int j = fromB; j < endB; j++) {
      Expr other = ProductBuilder.baseOf(factor(b, j));
      if ((hashesOfA & hashBit(other)) != 0 && hasBase(a, fromA, skip, endA, other)) return true;
    }
    return false;
  }

  private static long hashBit(Expr base) {
    return 1L << (Compound.hashOf(base) & 63);
  }

  /** True if a factor of {@code a} in {@code [from, end)} but {@code skip} has this base. */
  private static boolean hasBase(Expr a, int from, int skip, int end, Expr base) {
    for (int i = from; i < end; i++) {
      if (i == skip) continue;
      Expr own = ProductBuilder.baseOf(factor(a, i));
      if (Compound.same(own, base)) return true;
    }
    return false;
  }
}

package dev.leibniz.expr;

import java.util.List;

/**
 * An n-ary product. Canonical products (from {@link Expr#product}) have at least two factors,
 * none of them a product, a numeric coefficient only first and never 1, one power per base and
 * factors in {@link ExprOrder#FACTORS} order. Immutable, and equal to another product exactly
 * when their factors are equal in order; it keeps its hash, size and variables
 * ({@link Compound}).
 */
public final class Product extends Compound implements Expr {
  private final List<Expr> factors;

  /** The product of {@code factors}, as given (not canonicalised): at least two of them. */
  public Product(List<Expr> factors) {
    this(List.copyOf(factors), true);
  }

  private Product(List<Expr> factors, boolean copied) {
    super(tag(2, factors.size(), 0), factors);
    if (factors.size() < 2) {
      throw new IllegalArgumentException("a product needs two factors: " + factors);
    }
    this.factors = factors;
  }

  /** The factors, in order. */
  public List<Expr> factors() {
    return factors;
  }

  /** The numeric coefficient: the leading number, or 1. */
  public Rational coefficient() {
    return factors.get(0) instanceof Num n ? n.value() : Rational.ONE;
  }

  /** The factors without the numeric coefficient, as a canonical expression. */
  public Expr withoutCoefficient() {
    if (!(factors.get(0) instanceof Num)) return this;
    return factors.size() == 2 ? factors.get(1) : new Product(factors.subList(1, factors.size()));
  }

  @Override
  public List<Expr> children() {
    return factors;
  }

  /** Structural equality, without recursion ({@link TreeEquality}). */
  @Override
  public boolean equals(Object o) {
    return TreeEquality.equal(this, o);
  }

  @Override
  public String toString() {
    return "Product[factors=" + factors + "]";
  }
}

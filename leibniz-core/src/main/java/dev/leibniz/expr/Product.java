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
  private final Operands factors;

  /** The product of {@code factors}, as given (not canonicalised): at least two of them. */
  public Product(List<Expr> factors) {
    this(Operands.copyOf(factors), false);
  }

  /**
   * The product of {@code factors} as a builder made it: {@link Compound canonical} when
   * {@code built} (the builder's input was canonical) and every factor is canonical.
   */
  static Product built(Operands factors, boolean built) {
    return new Product(factors, built);
  }

  private Product(Operands factors, boolean built) {
    super(tag(2, factors.size(), 0), factors, built);
    if (factors.size() < 2) {
      throw new IllegalArgumentException("a product needs two factors: " + factors);
    }
    this.factors = factors;
  }

  /** The factors, in order. */
  public List<Expr> factors() {
    return factors;
  }

  /**
   * Factor {@code i}, counting from 0 (the coefficient first, if there is one):
   * {@code factors().get(i)}, for hot loops (a call on this final class binds directly, where
   * one through {@link List} is an interface call).
   */
  public Expr factor(int i) {
    return factors.get(i);
  }

  /** How many factors, the coefficient included: {@code factors().size()}, for hot loops. */
  public int factorCount() {
    return factors.size();
  }

  /** The factors as the list class they are kept in, for this package's hot loops. */
  Operands operands() {
    return factors;
  }

  /** The numeric coefficient: the leading number, or 1. */
  public Rational coefficient() {
    return factors.get(0) instanceof Num n ? n.value() : Rational.ONE;
  }

  /**
   * The factors without the numeric coefficient, as a canonical expression when this product is
   * canonical (two or more sorted factors of distinct bases, none a number, stay canonical).
   */
  public Expr withoutCoefficient() {
    if (!(factors.get(0) instanceof Num)) return this;
    if (factors.size() == 2) return factors.get(1);
    return built(factors.from(1), Compound.isCanonical(this));
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

  /** Where the factors of {@code e} after its numeric coefficient start: 1 after one, else 0. */
  static int afterCoefficient(Expr e) {
    return e instanceof Product p && p.factor(0) instanceof Num ? 1 : 0;
  }
}

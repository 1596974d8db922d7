package dev.leibniz.expr;

/**
 * Integer powers of a canonical product, {@code (c*x*z^2)^n = c^n*x^n*z^(2n)} (the
 * {@code (x*z)^-1 = x^-1*z^-1} of every quotient rule), made factor by factor in the product's
 * own order instead of raising each factor and gathering and sorting them again.
 *
 * <p>It takes only factors {@code u} or {@code u^r} whose base u is a variable, a function call
 * or a sum and whose exponent r is a number. {@link ExprOrder#FACTORS} ranks such a factor by
 * its base first, so two of them with distinct bases keep their order whatever their
 * exponents, and {@code u^(r*n)} takes the place of {@code u^r}: {@code u} when {@code r*n = 1},
 * else the power as it stands, which is what {@link PowerBuilder} and {@link ProductBuilder}
 * would build. Exponentials ({@code e^u}, ranked as a whole), constants, numbers to a power,
 * powers of powers or products, and a coefficient whose power would stay a power are declined
 * (null), for the general path.
 */
final class ProductPower {
  private ProductPower() {}

  /**
   * {@code p^n} for a canonical product p and an integer n other than 0 and 1: the coefficient
   * to the n-th power and each factor {@code u^r} as {@code u^(r*n)}, in the same order; null
   * when a factor's base is not {@link #raisesInOrder simple} or the coefficient's power would
   * stay a power.
   */
  static Expr power(Product p, Rational n) {
    int from = Product.afterCoefficient(p);
    int end = p.factorCount();
    if (!Compound.isCanonical(p) || !allRaiseInOrder(p, from, end)) return null;
    Rational c = p.coefficient();
    if (!c.isOne()) {
      long integer = n.smallIntegerOr(Long.MIN_VALUE);
      if (integer != (int) integer || c.powerBits(integer) > PowerBuilder.MAX_BITS) return null;
      c = c.pow((int) integer);
    }
    int first = c.isOne() ? 0 : 1;
    Expr[] out = new Expr[first + end - from];
    for (int i = from; i < end; i++) {
      Expr f = p.factor(i);
      out[first + i - from] = power(ProductBuilder.baseOf(f), exponentOf(f).multiply(n));
    }
    if (out.length - first > 1) {
      if (first == 1) out[0] = Num.of(c);
      return Product.built(Operands.owning(out), true);
    }
    // One factor and the coefficient, as ProductBuilder assembles them: a lone sum distributes.
    Expr only = out[first];
    if (first == 0) return only;
    if (only instanceof Sum s) return ProductBuilder.times(c, s);
    return Product.built(Operands.of(Num.of(c), only), true);
  }

  /** {@code u^q} as {@link PowerBuilder} builds it for a simple base u and q other than 0. */
  private static Expr power(Expr base, Rational q) {
    return q.isOne() ? base : Power.built(base, Num.of(q));
  }

  private static Rational exponentOf(Expr factor) {
    return factor instanceof Power p ? ((Num) p.exponent()).value() : Rational.ONE;
  }

  private static boolean allRaiseInOrder(Product p, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!raisesInOrder(p.factor(i))) return false;
    }
    return true;
  }

  /**
   * A variable, call or sum, or one to a numeric power: ranked by its base, and raised by
   * multiplying its exponent alone.
   */
  private static boolean raisesInOrder(Expr f) {
    Expr base = f;
    if (f instanceof Power p) {
      if (!(p.exponent() instanceof Num)) return false;
      base = p.base();
    }
    return base instanceof Var || base instanceof Call || base instanceof Sum;
  }
}

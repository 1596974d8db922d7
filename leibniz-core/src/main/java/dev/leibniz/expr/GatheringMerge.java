package dev.leibniz.expr;

/**
 * The products {@link ProductMerge} leaves when a base occurs in both operands ({@code x*x^2 =
 * x^3}, {@code (x+1)^-1*(x+1) = 1}), and integer powers of a product ({@code (x*z)^-1 =
 * x^-1*z^-1}), made in one pass over the sorted factor lists instead of gathering every base in
 * a table and sorting again.
 *
 * <p>Both take only factors {@code u} or {@code u^r} whose base u is a variable, a function call
 * or a sum and whose exponent r is a number. {@link ExprOrder#FACTORS} ranks such a factor by
 * its base first, so two of them with distinct bases keep their order whatever their exponents:
 * the factors of one base in both lists meet at the heads of the merge, and {@code u^(r+s)} or
 * {@code u^(r*n)} takes the place of its parts. Then {@link PowerBuilder} makes {@code u^0 = 1}
 * (dropped), {@code u^1 = u} and otherwise {@code u^q} as it stands, which is what
 * {@link ProductBuilder} would build. Exponentials ({@code e^u}, ranked as a whole, gathered by
 * the base e), constants, numbers to a power and powers of powers or products are declined
 * (null), for the general builder.
 */
final class GatheringMerge {
  private GatheringMerge() {}

  /**
   * {@code c} times the factors {@code a[fromA..]} but {@code a[skip]} (none if -1) and
   * {@code b[fromB..]}, both canonical and sorted, exponents of a shared base added; null
   * unless every factor has a {@link #gathersInOrder simple} base. c is not zero.
   */
  static Expr merge(Rational c, Expr a, int fromA, int skip, Expr b, int fromB) {
    int endA = ProductMerge.count(a);
    int endB = ProductMerge.count(b);
    if (!allGatherInOrder(a, fromA, skip, endA) || !allGatherInOrder(b, fromB, -1, endB)) {
      return null;
    }
    Expr[] out = new Expr[1 + endA - fromA + endB - fromB];
    int k = 1;
    int i = fromA == skip ? fromA + 1 : fromA;
    int j = fromB;
    while (i < endA && j < endB) {
      Expr x = ProductMerge.factor(a, i);
      Expr y = ProductMerge.factor(b, j);
      Expr base = ProductBuilder.baseOf(x);
      if (Compound.same(base, ProductBuilder.baseOf(y))) {
        Expr gathered = power(base, exponentOf(x).add(exponentOf(y)));
        if (gathered != null) out[k++] = gathered;
        if (++i == skip) i++;
        j++;
      } else if (ExprOrder.compare(x, y) <= 0) {
        out[k++] = x;
        if (++i == skip) i++;
      } else {
        out[k++] = y;
        j++;
      }
    }
    for (; i < endA; i++) if (i != skip) out[k++] = ProductMerge.factor(a, i);
    for (; j < endB; j++) out[k++] = ProductMerge.factor(b, j);
    return assemble(c, out, k, true);
  }

  /**
   * {@code p^n} for a canonical product p and an integer n other than 0 and 1: the coefficient
   * to the n-th power and each factor {@code u^r} as {@code u^(r*n)}, in the same order; null
   * when a factor's base is not {@link #gathersInOrder simple} or the coefficient's power would
   * stay a power.
   */
  static Expr power(Product p, Rational n) {
    int from = Product.afterCoefficient(p);
    int end = p.factorCount();
    if (!Compound.isCanonical(p) || !allGatherInOrder(p, from, -1, end)) return null;
    Rational c = p.coefficient();
    if (!c.isOne()) {
      long integer = n.smallIntegerOr(Long.MIN_VALUE);
      if (integer != (int) integer || c.powerBits(integer) > PowerBuilder.MAX_BITS) return null;
      c = c.pow((int) integer);
    }
    Expr[] out = new Expr[1 + end - from];
    int k = 1;
    for (int i = from; i < end; i++) {
      Expr f = p.factor(i);
      out[k++] = power(ProductBuilder.baseOf(f), exponentOf(f).multiply(n));
    }
    return assemble(c, out, k, true);
  }

  /** {@code u^q} as {@link PowerBuilder} builds it for a simple base u: null for 1 (q = 0). */
  private static Expr power(Expr base, Rational q) {
    if (q.isZero()) return null;
    return q.isOne() ? base : Power.built(base, Num.of(q));
  }

  private static Rational exponentOf(Expr factor) {
    return factor instanceof Power p ? ((Num) p.exponent()).value() : Rational.ONE;
  }

  private static boolean allGatherInOrder(Expr e, int from, int skip, int end) {
    for (int i = from; i < end; i++) {
      if (i != skip && !gathersInOrder(ProductMerge.factor(e, i))) return false;
    }
    return true;
  }

  /**
   * A variable, call or sum, or one to a numeric power: ranked by its base, which it gathers
   * under, and raised or gathered by adding exponents alone.
   */
  private static boolean gathersInOrder(Expr f) {
    Expr base = f;
    if (f instanceof Power p) {
      if (!(p.exponent() instanceof Num)) return false;
      base = p.base();
    }
    return base instanceof Var || base instanceof Call || base instanceof Sum;
  }

  /**
   * {@code c} times {@code out[1..k)} (sorted, distinct bases), as {@link ProductBuilder}
   * assembles it: a number, the lone factor, a number times a lone sum distributed, else the
   * product with the coefficient first unless it is 1.
   */
  private static Expr assemble(Rational c, Expr[] out, int k, boolean canonical) {
    int count = k - 1;
    if (count == 0) return Num.of(c);
    if (count == 1) {
      Expr only = out[1];
      if (c.isOne()) return only;
      if (only instanceof Sum s) return ProductBuilder.times(c, s);
      return Product.built(Operands.of(Num.of(c), only), canonical);
    }
    int first = c.isOne() ? 1 : 0;
    if (first == 0) out[0] = Num.of(c);
    Expr[] all = first == 0 && k == out.length ? out : java.util.Arrays.copyOfRange(out, first, k);
    return Product.built(Operands.owning(all), canonical);
  }
}

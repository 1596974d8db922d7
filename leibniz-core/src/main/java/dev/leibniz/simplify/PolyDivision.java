package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;

/**
 * Division of {@link Poly} polynomials: the exact quotient {@code n / d} when d divides n, and
 * the pseudo-remainder in one generator that the gcd's remainder sequence needs.
 *
 * <p>Exact division is long division by leading terms: while the rest is not zero, its leading
 * term over d's leading term is the next term of the quotient, and the rest loses that term
 * times d. In any monomial order this finds the quotient whenever one exists, and stops with
 * null at the first leading term that d's leading term does not divide.
 */
final class PolyDivision {
  private PolyDivision() {}

  /**
   * The exact quotient {@code n / d}, or null when {@code d} does not divide n. Division of
   * leading terms in any monomial order finds the quotient whenever one exists.
   */
  static Poly exactQuotient(Poly n, Poly d) {
    if (d.isZero()) throw new ArithmeticException("division by the zero polynomial");
    if (d.isConstant()) return n.scale(Rational.ONE.divide(d.leadingCoefficient()));
    if (d.termCount() == 1) return divideByTerm(n, d);
    if (!mayDivide(d, n)) return null;
    if (d.termCount() > FullSimplifier.MAX_TERMS * 4L) throw new FullSimplifier.TooLarge();
    int arity = n.arity();
    Rational dc = d.leadingCoefficient();
    Poly rest = n;
    Terms quotient = new Terms(arity);
    while (!rest.isZero()) {
      int[] qm = new int[arity];
      for (int v = 0; v < arity; v++) {
        qm[v] = rest.exponent(0, v) - d.exponent(0, v);
        if (qm[v] < 0) return null;
      }
      Rational qc = rest.leadingCoefficient().divide(dc);
      quotient.append(qm, 0, qc);
      if (quotient.size() > FullSimplifier.MAX_TERMS) throw new FullSimplifier.TooLarge();
      // rest - qc*qm*d, as subtract(d.multiply(term)) counts it: d's terms, then the sum.
      WorkBudget.spend(d.termCount());
      WorkBudget.spend(rest.termCount() + d.termCount());
      rest = Terms.merge(rest, d, qc.negate(), qm);
    }
    return quotient.toPoly();
  }

  /**
   * The pseudo-remainder of {@code n} by {@code d} in generator {@code v}:
   * {@code lc(d)^k * n = q*d + r} with {@code deg_v r < deg_v d}.
   */
  static Poly pseudoRemainder(Poly n, Poly d, int v) {
    int dd = d.degree(v);
    Poly lc = d.leadingCoefficientIn(v);
    Poly r = n;
    while (!r.isZero() && r.degree(v) >= dd) {
      int k = r.degree(v) - dd;
      r = r.multiply(lc).subtract(d.multiply(r.leadingCoefficientIn(v)).shift(v, k));
    }
    return r;
  }

  /**
   * {@code n} divided by a single term {@code c*m}: every term shifted down by m, or null when m
   * does not divide them all. Shifting keeps the order, so no term is compared or merged.
   */
  private static Poly divideByTerm(Poly n, Poly d) {
    int arity = n.arity();
    Rational inverse = Rational.ONE.divide(d.leadingCoefficient());
    int[] dm = d.rawExponents();
    int[] e = n.rawExponents().clone();
    for (int i = 0; i < e.length; i++) {
      e[i] -= dm[i % arity];
      if (e[i] < 0) return null;
    }
    Rational[] c = new Rational[n.termCount()];
    for (int t = 0; t < c.length; t++) c[t] = n.coefficient(t).multiply(inverse);
    return new Poly(arity, e, c);
  }

  /**
   * False when {@code d} cannot divide {@code n}, by two necessary conditions that cost one pass
   * rather than a long division: if {@code n = q*d}, each generator's degree in d is at most its
   * degree in n, and the last term of n (in the order of terms) is the product of the last terms
   * of q and d, so d's last monomial divides it.
   */
  private static boolean mayDivide(Poly d, Poly n) {
    if (n.isZero()) return true;
    for (int v = 0; v < n.arity(); v++) {
      if (d.degree(v) > n.degree(v)) return false;
    }
    int mine = n.termCount() - 1;
    int theirs = d.termCount() - 1;
    for (int v = 0; v < n.arity(); v++) {
      if (d.exponent(theirs, v) > n.exponent(mine, v)) return false;
    }
    return true;
  }
}

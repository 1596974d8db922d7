package dev.leibniz.simplify;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.multivar.MonomialOrder;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our polynomials as text and as Rings polynomials over Q. The text of a polynomial is its terms
 * joined by {@code ;}, each {@code p/q:e1,e2,...} (coefficient, then the exponent of each
 * generator); the zero polynomial is {@code 0}. This class lives in {@code dev.leibniz.simplify}
 * (in the bench's own jar) only to reach the package-private {@link Poly}.
 */
final class PolyText {
  private PolyText() {}

  static String write(Poly p) {
    if (p.isZero()) return "0";
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < p.termCount(); t++) {
      if (sb.length() > 0) sb.append(';');
      Rational c = p.coefficient(t);
      sb.append(c.numerator()).append('/').append(c.denominator()).append(':');
      for (int i = 0; i < p.arity(); i++) sb.append(i == 0 ? "" : ",").append(p.exponent(t, i));
    }
    return sb.toString();
  }

  static Poly read(int arity, String text) {
    // Leading term first: lexicographic, larger exponents first, as Poly keeps its rows.
    TreeMap<int[], Rational> terms = new TreeMap<>((a, b) -> Terms.compare(a, 0, b, 0, arity));
    if (!text.equals("0")) {
      for (String term : text.split(";")) {
        int colon = term.indexOf(':');
        String[] frac = term.substring(0, colon).split("/");
        int[] e = new int[arity];
        if (arity > 0) {
          String[] exps = term.substring(colon + 1).split(",");
          for (int i = 0; i < arity; i++) e[i] = Integer.parseInt(exps[i]);
        }
        terms.put(e, Rational.of(new BigInteger(frac[0]), new BigInteger(frac[1])));
      }
    }
    int[] rows = new int[terms.size() * arity];
    Rational[] coefficients = new Rational[terms.size()];
    int t = 0;
    for (Map.Entry<int[], Rational> term : terms.entrySet()) {
      System.arraycopy(term.getKey(), 0, rows, t * arity, arity);
      coefficients[t++] = term.getValue();
    }
    return new Poly(arity, rows, coefficients);
  }

  /** The same polynomial in Rings, over Q, lexicographic order (as ours). */
  static MultivariatePolynomial<cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger>>
      toRings(Poly p) {
    int n = Math.max(p.arity(), 1);
    List<cc.redberry.rings.poly.multivar.Monomial<
        cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger>>> terms = new ArrayList<>();
    for (int t = 0; t < p.termCount(); t++) {
      int[] e = new int[n];
      for (int i = 0; i < p.arity(); i++) e[i] = p.exponent(t, i);
      cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger> c =
          new cc.redberry.rings.Rational<>(Rings.Z,
              new cc.redberry.rings.bigint.BigInteger(p.coefficient(t).numerator()),
              new cc.redberry.rings.bigint.BigInteger(p.coefficient(t).denominator()));
      terms.add(new cc.redberry.rings.poly.multivar.Monomial<>(e, c));
    }
    return MultivariatePolynomial.create(n, Rings.Q, MonomialOrder.LEX, terms);
  }

  /** The same polynomial in Rings over Z, multiplied by the lcm of its denominators. */
  static MultivariatePolynomial<cc.redberry.rings.bigint.BigInteger> toRingsOverZ(Poly p) {
    Poly integral = p.primitive();
    int n = Math.max(p.arity(), 1);
    List<cc.redberry.rings.poly.multivar.Monomial<cc.redberry.rings.bigint.BigInteger>> terms =
        new ArrayList<>();
    for (int t = 0; t < integral.termCount(); t++) {
      int[] e = new int[n];
      for (int i = 0; i < p.arity(); i++) e[i] = integral.exponent(t, i);
      terms.add(new cc.redberry.rings.poly.multivar.Monomial<>(e,
          new cc.redberry.rings.bigint.BigInteger(integral.coefficient(t).numerator())));
    }
    return MultivariatePolynomial.create(n, Rings.Z, MonomialOrder.LEX, terms);
  }
}

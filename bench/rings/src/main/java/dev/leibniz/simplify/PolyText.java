package dev.leibniz.simplify;

import cc.redberry.rings.Rings;
import cc.redberry.rings.poly.multivar.MonomialOrder;
import cc.redberry.rings.poly.multivar.MultivariatePolynomial;
import dev.leibniz.expr.Rational;
import java.lang.reflect.Constructor;
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
  private static final Constructor<Poly> POLY;

  static {
    try {
      POLY = Poly.class.getDeclaredConstructor(int.class, TreeMap.class);
      POLY.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Poly's constructor changed", e);
    }
  }

  private PolyText() {}

  static String write(Poly p) {
    if (p.isZero()) return "0";
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Poly.Monomial, Rational> t : p.terms().entrySet()) {
      if (sb.length() > 0) sb.append(';');
      Rational c = t.getValue();
      sb.append(c.numerator()).append('/').append(c.denominator()).append(':');
      int[] e = t.getKey().exponents;
      for (int i = 0; i < e.length; i++) sb.append(i == 0 ? "" : ",").append(e[i]);
    }
    return sb.toString();
  }

  static Poly read(int arity, String text) {
    TreeMap<Poly.Monomial, Rational> terms = new TreeMap<>();
    if (!text.equals("0")) {
      for (String term : text.split(";")) {
        int colon = term.indexOf(':');
        String[] frac = term.substring(0, colon).split("/");
        int[] e = new int[arity];
        if (arity > 0) {
          String[] exps = term.substring(colon + 1).split(",");
          for (int i = 0; i < arity; i++) e[i] = Integer.parseInt(exps[i]);
        }
        terms.put(new Poly.Monomial(e),
            Rational.of(new BigInteger(frac[0]), new BigInteger(frac[1])));
      }
    }
    try {
      return POLY.newInstance(arity, terms);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same polynomial in Rings, over Q, lexicographic order (as ours). */
  static MultivariatePolynomial<cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger>>
      toRings(Poly p) {
    int n = Math.max(p.arity(), 1);
    List<cc.redberry.rings.poly.multivar.Monomial<
        cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger>>> terms = new ArrayList<>();
    for (Map.Entry<Poly.Monomial, Rational> t : p.terms().entrySet()) {
      int[] e = new int[n];
      System.arraycopy(t.getKey().exponents, 0, e, 0, p.arity());
      cc.redberry.rings.Rational<cc.redberry.rings.bigint.BigInteger> c =
          new cc.redberry.rings.Rational<>(Rings.Z,
              new cc.redberry.rings.bigint.BigInteger(t.getValue().numerator()),
              new cc.redberry.rings.bigint.BigInteger(t.getValue().denominator()));
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
    for (Map.Entry<Poly.Monomial, Rational> t : integral.terms().entrySet()) {
      int[] e = new int[n];
      System.arraycopy(t.getKey().exponents, 0, e, 0, p.arity());
      terms.add(new cc.redberry.rings.poly.multivar.Monomial<>(e,
          new cc.redberry.rings.bigint.BigInteger(t.getValue().numerator())));
    }
    return MultivariatePolynomial.create(n, Rings.Z, MonomialOrder.LEX, terms);
  }
}

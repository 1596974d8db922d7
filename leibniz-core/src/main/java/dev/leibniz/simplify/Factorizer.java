package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Factors a polynomial as far as is cheap and useful for writing it down: the number in front,
 * the generators that divide every term ({@code x^2*(x + 3)}), and, for a polynomial in one
 * generator, its square-free parts and rational linear factors ({@code (x - 1)*(x + 1)^2}). A
 * polynomial in several generators keeps its remaining part whole: a multivariate factorisation
 * would cost more than derivatives are worth simplifying.
 */
final class Factorizer {
  private Factorizer() {}

  /** A unit (the number in front, with its sign) and primitive factors with multiplicities. */
  record Factored(Rational unit, Map<Poly, Integer> factors) {}

  static Factored factor(Poly p) {
    Rational unit = PolyContent.numeric(p);
    Poly rest = p.scale(Rational.ONE.divide(unit));
    Map<Poly, Integer> factors = new LinkedHashMap<>();
    int[] monomial = PolyContent.monomial(rest);
    for (int v = 0; v < monomial.length; v++) {
      if (monomial[v] == 0) continue;
      factors.put(Poly.generator(p.arity(), v, 1), monomial[v]);
      rest = rest.divideExactly(Poly.generator(p.arity(), v, monomial[v]));
    }
    if (rest.isConstant()) return new Factored(unit, factors);
    if (soleGenerator(rest) < 0) {
      factors.merge(rest, 1, Integer::sum);
      return new Factored(unit, factors);
    }
    List<Poly> squareFree = PolyGcd.squareFree(rest);
    for (int k = 0; k < squareFree.size(); k++) {
      if (squareFree.get(k).isConstant()) continue;
      for (Poly f : LinearFactors.split(List.of(squareFree.get(k)))) {
        factors.merge(f, k + 1, Integer::sum);
      }
    }
    return new Factored(unit, factors);
  }

  /**
   * A denominator factor {@code f} split by its gcd with the numerator {@code n} when both are
   * polynomials in the same single generator (where the gcd is cheap), so that a common part
   * cancels: {@code (x^2 - 1)} against {@code x + 1}. Otherwise {@code f} alone.
   */
  static Map<Poly, Integer> splitByGcd(Poly f, Poly n) {
    int v = soleGenerator(f);
    if (v < 0 || f.degree(v) < 2 || soleGenerator(n) != v) return Map.of(f, 1);
    Poly g = PolyGcd.gcd(f, n);
    if (g.isConstant() || g.degree(v) == f.degree(v)) return Map.of(f, 1);
    Map<Poly, Integer> parts = new LinkedHashMap<>();
    parts.put(g, 1);
    parts.merge(f.divideExactly(g).primitive(), 1, Integer::sum);
    return parts;
  }

  /** The one generator {@code p} depends on, or -1 when it depends on none or several. */
  static int soleGenerator(Poly p) {
    int found = -1;
    for (int v = 0; v < p.arity(); v++) {
      if (p.dependsOn(v)) {
        if (found >= 0) return -1;
        found = v;
      }
    }
    return found;
  }
}

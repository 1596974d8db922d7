package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rational function kept as a person keeps one on paper: an expanded numerator over a product
 * of known factors, {@code n / (f1^m1 * f2^m2 * ...)}. Sums take the least common multiple of the
 * factor lists (no gcd needed: equal factors are equal polynomials), products add multiplicities,
 * and {@link #cancel()} divides the numerator by each factor as often as it goes. This finds
 * every cancellation of the derivatives people write, where denominators are products of the
 * input's own denominators, at the cost of exact divisions rather than multivariate gcds.
 *
 * <p>Factors are primitive polynomials with a positive leading coefficient, so equal factors are
 * equal keys. Immutable.
 */
final class Fraction {
  private final Poly numerator;
  private final Map<Poly, Integer> denominator;

  private Fraction(Poly numerator, Map<Poly, Integer> denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Fraction of(Poly numerator) {
    return new Fraction(numerator, Map.of());
  }

  Poly numerator() {
    return numerator;
  }

  /** The factors of the denominator with their multiplicities. */
  Map<Poly, Integer> denominator() {
    return denominator;
  }

  Poly expandedDenominator() {
    return product(denominator, Map.of(), numerator.arity());
  }

  Fraction add(Fraction o) {
    if (o.numerator.isZero()) return this;
    if (numerator.isZero()) return o;
    if (denominator.equals(o.denominator)) {
      // One denominator: the lcm below would multiply both numerators by 1 (and count it).
      WorkBudget.spend(numerator.termCount() + o.numerator.termCount());
      return new Fraction(numerator.add(o.numerator), denominator);
    }
    Map<Poly, Integer> lcm = new LinkedHashMap<>(denominator);
    o.denominator.forEach((f, m) -> lcm.merge(f, m, Math::max));
    Poly a = numerator.multiply(product(lcm, denominator, numerator.arity()));
    Poly b = o.numerator.multiply(product(lcm, o.denominator, numerator.arity()));
    return new Fraction(a.add(b), lcm);
  }

  Fraction multiply(Fraction o) {
    // Most factors of a product are polynomials: their denominator is 1, nothing to merge.
    // (Denominators are never changed once made, so one can be shared.)
    if (o.denominator.isEmpty()) return new Fraction(numerator.multiply(o.numerator), denominator);
    if (denominator.isEmpty()) return new Fraction(numerator.multiply(o.numerator), o.denominator);
    Map<Poly, Integer> merged = new LinkedHashMap<>(denominator);
    o.denominator.forEach((f, m) -> merged.merge(f, m, Integer::sum));
    return new Fraction(numerator.multiply(o.numerator), merged);
  }

  Fraction pow(int n) {
    if (n < 0) return reciprocal().pow(-n);
    Map<Poly, Integer> powered = new LinkedHashMap<>();
    denominator.forEach((f, m) -> powered.put(f, m * n));
    return new Fraction(numerator.pow(n), powered);
  }

  /** One over this: the numerator, factored, becomes the denominator. */
  Fraction reciprocal() {
    if (numerator.isZero()) throw new ArithmeticException("division by zero");
    Factorizer.Factored factored = Factorizer.factor(numerator);
    Poly up = expandedDenominator().scale(Rational.ONE.divide(factored.unit()));
    return new Fraction(up, factored.factors());
  }

  /** The same function with every denominator factor that divides the numerator cancelled. */
  Fraction cancel() {
    Poly n = numerator;
    Map<Poly, Integer> left = new LinkedHashMap<>();
    for (Map.Entry<Poly, Integer> e : denominator.entrySet()) {
      int m = e.getValue();
      for (Map.Entry<Poly, Integer> part : Factorizer.splitByGcd(e.getKey(), n).entrySet()) {
        Poly f = part.getKey();
        int k = m * part.getValue();
        Poly q;
        while (k > 0 && !n.isZero() && (q = n.divideExactly(f)) != null) {
          n = q;
          k--;
        }
        if (k > 0) left.merge(f, k, Integer::sum);
      }
    }
    if (n.isZero()) return of(n);
    return new Fraction(n, left);
  }

  /** The product of {@code f^(all[f] - less[f])} over the factors of {@code all}. */
  private static Poly product(Map<Poly, Integer> all, Map<Poly, Integer> less, int arity) {
    Poly p = Poly.constant(arity, Rational.ONE);
    for (Map.Entry<Poly, Integer> e : all.entrySet()) {
      int k = e.getValue() - less.getOrDefault(e.getKey(), 0);
      if (k > 0) p = p.multiply(e.getKey().pow(k));
    }
    return p;
  }
}

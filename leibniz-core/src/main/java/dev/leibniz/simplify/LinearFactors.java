package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linear factors over the rationals of polynomials in one generator, found by the rational
 * root test: a root p/q of a polynomial with integer coefficients has p dividing the constant
 * coefficient and q the leading one, and each root gives the factor {@code q*v - p}. This is how
 * {@code 5*x^2 - 6*x + 1} becomes {@code (x - 1)*(5*x - 1)}; factors of higher degree without
 * rational roots are left whole.
 */
final class LinearFactors {
  /** Coefficients past this size are not searched: their divisors are too many to try. */
  private static final BigInteger LIMIT = BigInteger.valueOf(100_000);
  private static final int MAX_DEGREE = 12;

  private LinearFactors() {}

  /** Each polynomial of {@code parts} split into its rational linear factors and the rest. */
  static List<Poly> split(List<Poly> parts) {
    List<Poly> out = new ArrayList<>();
    for (Poly p : parts) out.addAll(split(p));
    return out;
  }

  /**
   * {@code factors} with the linear factors ({@code q*v - p}, p not 0) of one generator and one
   * multiplicity multiplied back together, the square-free part a textbook keeps whole:
   * {@code (x - 2)^2*(x + 2)^2} as {@code (x^2 - 4)^2}, {@code x*(x - 1)*(x + 1)} as
   * {@code x*(x^2 - 1)}. A generator alone ({@code x}, the content {@link Factorizer} takes out
   * first) stays apart, as on paper. Null when no two linear factors share generator and
   * multiplicity, so there is nothing to join.
   */
  static Map<Poly, Integer> joined(Map<Poly, Integer> factors) {
    return joined(factors, true);
  }

  /**
   * The same with every factor of one generator and one multiplicity, not only the linear ones:
   * the split {@code (x + 1)^2*(x^2 - x + 1)^2} as {@code (x^3 + 1)^2}. Null when that joins
   * nothing {@link #joined} does not.
   */
  static Map<Poly, Integer> joinedWhole(Map<Poly, Integer> factors) {
    Map<Poly, Integer> whole = joined(factors, false);
    return whole == null || whole.equals(joined(factors, true)) ? null : whole;
  }

  private static Map<Poly, Integer> joined(Map<Poly, Integer> factors, boolean linearOnly) {
    Map<List<Integer>, Poly> groups = new LinkedHashMap<>();
    boolean joins = false;
    for (Map.Entry<Poly, Integer> e : factors.entrySet()) {
      List<Integer> key = joinKey(e.getKey(), e.getValue(), linearOnly);
      if (key == null) continue;
      Poly before = groups.get(key);
      joins |= before != null;
      groups.put(key, before == null ? e.getKey() : before.multiply(e.getKey()));
    }
    if (!joins) return null;
    Map<Poly, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<Poly, Integer> e : factors.entrySet()) {
      List<Integer> key = joinKey(e.getKey(), e.getValue(), linearOnly);
      if (key == null) {
        out.merge(e.getKey(), e.getValue(), Integer::sum);
      } else if (groups.containsKey(key)) {
        out.merge(groups.remove(key), e.getValue(), Integer::sum);
      }
    }
    return out;
  }

  /**
   * Generator and multiplicity of a factor in one generator that is not a power of it (and is
   * linear, {@code q*v - p} with p not 0, when {@code linearOnly}); else null.
   */
  private static List<Integer> joinKey(Poly f, int multiplicity, boolean linearOnly) {
    int v = Factorizer.soleGenerator(f);
    boolean joins = v >= 0 && f.termCount() >= 2 && (!linearOnly || f.degree(v) == 1);
    return joins ? List.of(v, multiplicity) : null;
  }

  private static List<Poly> split(Poly p) {
    int v = Factorizer.soleGenerator(p);
    int degree = v < 0 ? 0 : p.degree(v);
    if (degree < 2 || degree > MAX_DEGREE) return List.of(p);
    List<Poly> factors = new ArrayList<>();
    Poly rest = p.primitive();
    boolean found = true;
    while (found && rest.degree(v) >= 2) {
      found = false;
      Poly linear = linearFactor(rest, v);
      if (linear != null) {
        factors.add(linear);
        rest = rest.divideExactly(linear).primitive();
        found = true;
      }
    }
    factors.add(p.degree(v) == rest.degree(v) ? p : rest);
    return factors;
  }

  /** A factor {@code q*v - p} of {@code f}, or null when f has no rational root to try. */
  private static Poly linearFactor(Poly f, int v) {
    List<Poly> c = f.coefficientsIn(v);
    BigInteger a0 = c.get(0).constantTerm().numerator().abs();
    BigInteger an = c.get(c.size() - 1).constantTerm().numerator().abs();
    if (a0.signum() == 0 || a0.compareTo(LIMIT) > 0 || an.compareTo(LIMIT) > 0) return null;
    for (long q : divisors(an.longValueExact())) {
      for (long p : divisors(a0.longValueExact())) {
        for (long sign : new long[] {1, -1}) {
          WorkBudget.spend(c.size());
          Rational root = Rational.of(sign * p, q);
          if (BigInteger.valueOf(q).gcd(BigInteger.valueOf(p)).equals(BigInteger.ONE)
              && valueAt(c, root).isZero()) {
            return Poly.generator(f.arity(), v, 1).scale(Rational.of(q))
                .subtract(Poly.constant(f.arity(), Rational.of(sign * p)));
          }
        }
      }
    }
    return null;
  }

  private static Rational valueAt(List<Poly> coefficients, Rational x) {
    Rational value = Rational.ZERO;
    for (int k = coefficients.size() - 1; k >= 0; k--) {
      value = value.multiply(x).add(coefficients.get(k).constantTerm());
    }
    return value;
  }

  private static List<Long> divisors(long n) {
    List<Long> small = new ArrayList<>();
    List<Long> large = new ArrayList<>();
    for (long d = 1; d * d <= n; d++) {
      if (n % d == 0) {
        small.add(d);
        if (d != n / d) large.add(0, n / d);
      }
    }
    small.addAll(large);
    return small;
  }
}

package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A polynomial in {@code n} generators with exact rational coefficients, kept sparse: a map from
 * exponent vectors to nonzero coefficients, in lexicographic order of the exponents (generator 0
 * most significant), so the first term is the leading term.
 *
 * <p>Instances are immutable. The generators themselves (variables, {@code sin(x)}, {@code e^x},
 * {@code sqrt(x^2 + 1)}) live in {@link RationalForm}; a polynomial only knows their indices.
 */
final class Poly {
  private final int arity;
  /** Exponent vector to coefficient, never a zero coefficient; leading term first. */
  private final TreeMap<Monomial, Rational> terms;

  private Poly(int arity, TreeMap<Monomial, Rational> terms) {
    this.arity = arity;
    this.terms = terms;
  }

  static Poly zero(int arity) {
    return new Poly(arity, new TreeMap<>());
  }

  static Poly constant(int arity, Rational c) {
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    if (!c.isZero()) t.put(new Monomial(new int[arity]), c);
    return new Poly(arity, t);
  }

  /** The generator {@code index} to the power {@code exponent}. */
  static Poly generator(int arity, int index, int exponent) {
    int[] e = new int[arity];
    e[index] = exponent;
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    t.put(new Monomial(e), Rational.ONE);
    return new Poly(arity, t);
  }

  int arity() {
    return arity;
  }

  boolean isZero() {
    return terms.isEmpty();
  }

  boolean isConstant() {
    return terms.isEmpty() || (terms.size() == 1 && terms.firstKey().isOne());
  }

  /** The coefficient of the constant term. */
  Rational constantTerm() {
    Rational c = terms.get(new Monomial(new int[arity]));
    return c == null ? Rational.ZERO : c;
  }

  int termCount() {
    return terms.size();
  }

  Map<Monomial, Rational> terms() {
    return Collections.unmodifiableMap(terms);
  }

  Rational leadingCoefficient() {
    return terms.isEmpty() ? Rational.ZERO : terms.firstEntry().getValue();
  }

  Poly add(Poly o) {
    WorkBudget.spend(terms.size() + o.terms.size());
    TreeMap<Monomial, Rational> t = new TreeMap<>(terms);
    for (Map.Entry<Monomial, Rational> e : o.terms.entrySet()) {
      accumulate(t, e.getKey(), e.getValue());
    }
    return new Poly(arity, t);
  }

  Poly negate() {
    return scale(Rational.MINUS_ONE);
  }

  Poly subtract(Poly o) {
    return add(o.negate());
  }

  Poly scale(Rational c) {
    if (c.isZero()) return zero(arity);
    if (c.isOne()) return this;
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
      t.put(e.getKey(), e.getValue().multiply(c));
    }
    return new Poly(arity, t);
  }

  Poly multiply(Poly o) {
    if (isZero() || o.isZero()) return zero(arity);
    if ((long) terms.size() * o.terms.size() > FullSimplifier.MAX_TERMS * 4L) {
      throw new FullSimplifier.TooLarge();
    }
    WorkBudget.spend((long) terms.size() * o.terms.size());
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    for (Map.Entry<Monomial, Rational> a : terms.entrySet()) {
      for (Map.Entry<Monomial, Rational> b : o.terms.entrySet()) {
        accumulate(t, a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
      }
    }
    return new Poly(arity, t);
  }

  Poly pow(int n) {
    Poly result = constant(arity, Rational.ONE);
    Poly base = this;
    for (int k = n; k > 0; k >>= 1) {
      if ((k & 1) == 1) result = result.multiply(base);
      if (k > 1) base = base.multiply(base);
    }
    return result;
  }

  /** The total degree: the largest sum of exponents of a term; -1 for zero. */
  int totalDegree() {
    int d = -1;
    for (Monomial m : terms.keySet()) d = Math.max(d, m.degree());
    return d;
  }

  /** The degree in generator {@code v}; -1 for zero. */
  int degree(int v) {
    int d = -1;
    for (Monomial m : terms.keySet()) d = Math.max(d, m.exponents[v]);
    return d;
  }

  boolean dependsOn(int v) {
    return degree(v) > 0;
  }

  /** The coefficients of this polynomial seen as one in {@code v}: index k holds that of v^k. */
  List<Poly> coefficientsIn(int v) {
    int d = Math.max(degree(v), 0);
    List<TreeMap<Monomial, Rational>> parts = new ArrayList<>(d + 1);
    for (int k = 0; k <= d; k++) parts.add(new TreeMap<>());
    for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
      int[] exps = e.getKey().exponents.clone();
      int k = exps[v];
      exps[v] = 0;
      parts.get(k).put(new Monomial(exps), e.getValue());
    }
    List<Poly> out = new ArrayList<>(d + 1);
    for (TreeMap<Monomial, Rational> p : parts) out.add(new Poly(arity, p));
    return out;
  }

  /** The coefficient of the highest power of {@code v}. */
  Poly leadingCoefficientIn(int v) {
    List<Poly> c = coefficientsIn(v);
    return c.get(c.size() - 1);
  }

  /** This times {@code v^k}. */
  Poly shift(int v, int k) {
    if (k == 0) return this;
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
      int[] exps = e.getKey().exponents.clone();
      exps[v] += k;
      t.put(new Monomial(exps), e.getValue());
    }
    return new Poly(arity, t);
  }

  /** The partial derivative by generator {@code v}. */
  Poly derivative(int v) {
    TreeMap<Monomial, Rational> t = new TreeMap<>();
    for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
      int k = e.getKey().exponents[v];
      if (k == 0) continue;
      int[] exps = e.getKey().exponents.clone();
      exps[v] = k - 1;
      t.put(new Monomial(exps), e.getValue().multiply(Rational.of(k)));
    }
    return new Poly(arity, t);
  }

  /**
   * The exact quotient {@code this / d}, or null when {@code d} does not divide this. Division of
   * leading terms in any monomial order finds the quotient whenever one exists.
   */
  Poly divideExactly(Poly d) {
    if (d.isZero()) throw new ArithmeticException("division by the zero polynomial");
    if (d.isConstant()) return scale(Rational.ONE.divide(d.leadingCoefficient()));
    Monomial dm = d.terms.firstKey();
    Rational dc = d.terms.firstEntry().getValue();
    Poly rest = this;
    TreeMap<Monomial, Rational> q = new TreeMap<>();
    while (!rest.isZero()) {
      Monomial rm = rest.terms.firstKey();
      Monomial qm = rm.dividedBy(dm);
      if (qm == null) return null;
      Rational qc = rest.terms.firstEntry().getValue().divide(dc);
      q.put(qm, qc);
      TreeMap<Monomial, Rational> t = new TreeMap<>();
      t.put(qm, qc);
      if (q.size() > FullSimplifier.MAX_TERMS) throw new FullSimplifier.TooLarge();
      rest = rest.subtract(d.multiply(new Poly(arity, t)));
    }
    return new Poly(arity, q);
  }

  /**
   * The pseudo-remainder of this by {@code d} in generator {@code v}:
   * {@code lc(d)^k * this = q*d + r} with {@code deg_v r < deg_v d}.
   */
  Poly pseudoRemainder(Poly d, int v) {
    int dd = d.degree(v);
    Poly lc = d.leadingCoefficientIn(v);
    Poly r = this;
    while (!r.isZero() && r.degree(v) >= dd) {
      int k = r.degree(v) - dd;
      r = r.multiply(lc).subtract(d.multiply(r.leadingCoefficientIn(v)).shift(v, k));
    }
    return r;
  }

  /** The smallest exponent of each generator over all terms: the monomial that divides all. */
  int[] monomialContent() {
    int[] min = null;
    for (Monomial m : terms.keySet()) {
      if (min == null) {
        min = m.exponents.clone();
      } else {
        for (int i = 0; i < arity; i++) min[i] = Math.min(min[i], m.exponents[i]);
      }
    }
    return min == null ? new int[arity] : min;
  }

  /**
   * The rational number that makes this primitive: dividing by it leaves integer coefficients
   * with no common factor and a positive leading coefficient.
   */
  Rational numericContent() {
    if (isZero()) return Rational.ONE;
    java.math.BigInteger num = java.math.BigInteger.ZERO;
    java.math.BigInteger den = java.math.BigInteger.ONE;
    for (Rational c : terms.values()) {
      num = num.gcd(c.numerator());
      den = den.multiply(c.denominator()).divide(den.gcd(c.denominator()));
    }
    Rational content = Rational.of(num, den);
    return leadingCoefficient().signum() < 0 ? content.negate() : content;
  }

  /** This divided by its numeric content: integer coefficients, coprime, leading one positive. */
  Poly primitive() {
    return scale(Rational.ONE.divide(numericContent()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Poly p && p.arity == arity && p.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  @Override
  public String toString() {
    if (terms.isEmpty()) return "0";
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
      if (sb.length() > 0) sb.append(" + ");
      sb.append(e.getValue()).append(Arrays.toString(e.getKey().exponents));
    }
    return sb.toString();
  }

  private static void accumulate(TreeMap<Monomial, Rational> t, Monomial m, Rational c) {
    Rational sum = t.containsKey(m) ? t.get(m).add(c) : c;
    if (sum.isZero()) {
      t.remove(m);
    } else {
      t.put(m, sum);
    }
  }

  /** An exponent vector; ordered lexicographically with larger exponents first. */
  static final class Monomial implements Comparable<Monomial> {
    final int[] exponents;

    Monomial(int[] exponents) {
      this.exponents = exponents;
    }

    boolean isOne() {
      for (int e : exponents) if (e != 0) return false;
      return true;
    }

    int degree() {
      int d = 0;
      for (int e : exponents) d += e;
      return d;
    }

    Monomial times(Monomial o) {
      int[] e = exponents.clone();
      for (int i = 0; i < e.length; i++) e[i] += o.exponents[i];
      return new Monomial(e);
    }

    /** This over {@code o}, or null when {@code o} does not divide it. */
    Monomial dividedBy(Monomial o) {
      int[] e = exponents.clone();
      for (int i = 0; i < e.length; i++) {
        e[i] -= o.exponents[i];
        if (e[i] < 0) return null;
      }
      return new Monomial(e);
    }

    @Override
    public int compareTo(Monomial o) {
      for (int i = 0; i < exponents.length; i++) {
        if (exponents[i] != o.exponents[i]) return Integer.compare(o.exponents[i], exponents[i]);
      }
      return 0;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Monomial m && Arrays.equals(m.exponents, exponents);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(exponents);
    }
  }
}

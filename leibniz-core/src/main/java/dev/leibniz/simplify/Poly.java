package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A polynomial in {@code n} generators with exact rational coefficients, kept sparse: its terms
 * as exponent vectors with nonzero coefficients, in lexicographic order of the exponents
 * (generator 0 most significant, larger exponents first), so the first term is the leading term.
 *
 * <p>The terms are two flat arrays, the exponents row by row and the coefficients, rather than a
 * sorted map of small objects: multiplying by a monomial keeps the order, so sums are merges of
 * sorted rows, and a product is its term products sorted once ({@link Terms}).
 *
 * <p>Instances are immutable. The generators themselves (variables, {@code sin(x)}, {@code e^x},
 * {@code sqrt(x^2 + 1)}) live in {@link RationalForm}; a polynomial only knows their indices.
 * Division is in {@link PolyDivision}, the content (what divides every term) in
 * {@link PolyContent}, gcds in {@link PolyGcd}.
 */
final class Poly {
  private final int arity;
  /** Row t, {@code exponents[t*arity .. t*arity + arity)}, is the exponent vector of term t. */
  private final int[] exponents;
  /** The coefficient of each term, never zero; leading term first. */
  private final Rational[] coefficients;

  Poly(int arity, int[] exponents, Rational[] coefficients) {
    this.arity = arity;
    this.exponents = exponents;
    this.coefficients = coefficients;
  }

  static Poly zero(int arity) {
    return new Poly(arity, new int[0], new Rational[0]);
  }

  static Poly constant(int arity, Rational c) {
    if (c.isZero()) return zero(arity);
    return new Poly(arity, new int[arity], new Rational[] {c});
  }

  /** The generator {@code index} to the power {@code exponent}. */
  static Poly generator(int arity, int index, int exponent) {
    int[] e = new int[arity];
    e[index] = exponent;
    return new Poly(arity, e, new Rational[] {Rational.ONE});
  }

  int arity() {
    return arity;
  }

  boolean isZero() {
    return coefficients.length == 0;
  }

  boolean isConstant() {
    return coefficients.length == 0 || (coefficients.length == 1 && isConstantRow(0));
  }

  /** The coefficient of the constant term (the last in the order, when there is one). */
  Rational constantTerm() {
    int last = coefficients.length - 1;
    return last >= 0 && isConstantRow(last) ? coefficients[last] : Rational.ZERO;
  }

  int termCount() {
    return coefficients.length;
  }

  /** The coefficient of term {@code t}, leading term first. */
  Rational coefficient(int t) {
    return coefficients[t];
  }

  /** The exponent of generator {@code v} in term {@code t}. */
  int exponent(int t, int v) {
    return exponents[t * arity + v];
  }

  Rational leadingCoefficient() {
    return coefficients.length == 0 ? Rational.ZERO : coefficients[0];
  }

  Poly add(Poly o) {
    WorkBudget.spend(termCount() + o.termCount());
    return Terms.merge(this, o, Rational.ONE, null);
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
    Rational[] scaled = new Rational[coefficients.length];
    for (int t = 0; t < scaled.length; t++) scaled[t] = coefficients[t].multiply(c);
    return new Poly(arity, exponents, scaled);
  }

  Poly multiply(Poly o) {
    if (isZero() || o.isZero()) return zero(arity);
    if ((long) termCount() * o.termCount() > FullSimplifier.MAX_TERMS * 4L) {
      throw new FullSimplifier.TooLarge();
    }
    WorkBudget.spend((long) termCount() * o.termCount());
    if (o.isConstant()) return scale(o.coefficients[0]);
    if (isConstant()) return o.scale(coefficients[0]);
    return Terms.product(this, o);
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

  /** The degree in generator {@code v}; -1 for zero. */
  int degree(int v) {
    int d = -1;
    for (int t = 0; t < coefficients.length; t++) d = Math.max(d, exponents[t * arity + v]);
    return d;
  }

  boolean dependsOn(int v) {
    return degree(v) > 0;
  }

  /** The coefficients of this polynomial seen as one in {@code v}: index k holds that of v^k. */
  List<Poly> coefficientsIn(int v) {
    int d = Math.max(degree(v), 0);
    int[] counts = new int[d + 1];
    for (int t = 0; t < coefficients.length; t++) counts[exponents[t * arity + v]]++;
    int[][] rows = new int[d + 1][];
    Rational[][] cs = new Rational[d + 1][];
    for (int k = 0; k <= d; k++) {
      rows[k] = new int[counts[k] * arity];
      cs[k] = new Rational[counts[k]];
      counts[k] = 0;
    }
    // Terms of one power of v keep their relative order once v's exponent is zeroed.
    for (int t = 0; t < coefficients.length; t++) {
      int k = exponents[t * arity + v];
      int at = counts[k]++;
      System.arraycopy(exponents, t * arity, rows[k], at * arity, arity);
      rows[k][at * arity + v] = 0;
      cs[k][at] = coefficients[t];
    }
    List<Poly> out = new ArrayList<>(d + 1);
    for (int k = 0; k <= d; k++) out.add(new Poly(arity, rows[k], cs[k]));
    return out;
  }

  /** The coefficient of the highest power of {@code v}. */
  Poly leadingCoefficientIn(int v) {
    List<Poly> c = coefficientsIn(v);
    return c.get(c.size() - 1);
  }

  /** This times {@code v^k}: every row moves alike, so the order stays. */
  Poly shift(int v, int k) {
    if (k == 0) return this;
    int[] e = exponents.clone();
    for (int t = 0; t < coefficients.length; t++) e[t * arity + v] += k;
    return new Poly(arity, e, coefficients);
  }

  /** The partial derivative by generator {@code v}. */
  Poly derivative(int v) {
    int n = 0;
    for (int t = 0; t < coefficients.length; t++) {
      if (exponents[t * arity + v] != 0) n++;
    }
    int[] e = new int[n * arity];
    Rational[] c = new Rational[n];
    int at = 0;
    for (int t = 0; t < coefficients.length; t++) {
      int k = exponents[t * arity + v];
      if (k == 0) continue;
      System.arraycopy(exponents, t * arity, e, at * arity, arity);
      e[at * arity + v] = k - 1;
      c[at++] = coefficients[t].multiply(Rational.of(k));
    }
    return new Poly(arity, e, c);
  }

  /** The exact quotient {@code this / d}, or null when d does not divide this. */
  Poly divideExactly(Poly d) {
    return PolyDivision.exactQuotient(this, d);
  }

  /** This divided by its numeric content: integer coefficients, coprime, leading one positive. */
  Poly primitive() {
    return scale(Rational.ONE.divide(PolyContent.numeric(this)));
  }

  /** Compares row {@code t} of this with row {@code u} of {@code o}: negative when t leads. */
  int compareRows(int t, Poly o, int u) {
    return Terms.compare(exponents, t * arity, o.exponents, u * arity, arity);
  }

  int[] rawExponents() {
    return exponents;
  }

  private boolean isConstantRow(int t) {
    for (int v = 0; v < arity; v++) {
      if (exponents[t * arity + v] != 0) return false;
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Poly p && p.arity == arity && Arrays.equals(p.exponents, exponents)
        && Arrays.equals(p.coefficients, coefficients);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(exponents) + Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    if (isZero()) return "0";
    StringBuilder sb = new StringBuilder();
    for (int t = 0; t < coefficients.length; t++) {
      if (sb.length() > 0) sb.append(" + ");
      sb.append(coefficients[t]).append(
          Arrays.toString(Arrays.copyOfRange(exponents, t * arity, t * arity + arity)));
    }
    return sb.toString();
  }
}

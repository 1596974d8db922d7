package dev.leibniz.simplify;

import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import java.util.ArrayList;
import java.util.List;

/**
 * Greatest common divisors and square-free parts of multivariate polynomials over the rationals.
 *
 * <p>The gcd is the classical recursive one (Knuth, TAOCP vol. 2, 4.6.1, Algorithm E; Geddes,
 * Czapor and Labahn, <i>Algorithms for Computer Algebra</i>, ch. 7): see each polynomial as one in
 * its first generator {@code v} with coefficients in the others; the gcd is the gcd of the
 * contents (recursively, in one generator fewer) times the gcd of the primitive parts, which the
 * primitive pseudo-remainder sequence gives. Results are normalised: integer coefficients with no
 * common factor and a positive leading coefficient, so equal ideals give equal polynomials.
 *
 * <p>Every step honours interruption: a long computation stops when its thread is interrupted.
 */
final class PolyGcd {
  private PolyGcd() {}

  /** The normalised gcd of {@code a} and {@code b}; gcd(0, 0) = 0. */
  static Poly gcd(Poly a, Poly b) {
    if (a.isZero()) return b.primitive();
    if (b.isZero()) return a.primitive();
    if (a.isConstant() || b.isConstant()) return Poly.constant(a.arity(), Rational.ONE);
    StackGuard.checkInterrupted();
    int[] ma = PolyContent.monomial(a);
    int[] mb = PolyContent.monomial(b);
    int[] common = new int[ma.length];
    boolean any = false;
    for (int i = 0; i < common.length; i++) {
      common[i] = Math.min(ma[i], mb[i]);
      any |= common[i] > 0 || ma[i] > 0 || mb[i] > 0;
    }
    if (any) {
      Poly monomial = monomial(a.arity(), common);
      Poly rest = gcdWithoutMonomials(strip(a, ma), strip(b, mb));
      return rest.multiply(monomial).primitive();
    }
    return gcdWithoutMonomials(a, b);
  }

  private static Poly gcdWithoutMonomials(Poly a, Poly b) {
    if (a.isConstant() || b.isConstant()) return Poly.constant(a.arity(), Rational.ONE);
    int v = firstGenerator(a, b);
    if (!a.dependsOn(v)) return gcd(a, contentIn(b, v));
    if (!b.dependsOn(v)) return gcd(contentIn(a, v), b);
    Poly ca = contentIn(a, v);
    Poly cb = contentIn(b, v);
    Poly content = gcd(ca, cb);
    Poly pa = a.divideExactly(ca);
    Poly pb = b.divideExactly(cb);
    if (pa.degree(v) < pb.degree(v)) {
      Poly t = pa;
      pa = pb;
      pb = t;
    }
    while (true) {
      StackGuard.checkInterrupted();
      Poly r = PolyDivision.pseudoRemainder(pa, pb, v);
      if (r.isZero()) break;
      if (r.degree(v) == 0) {
        pb = Poly.constant(a.arity(), Rational.ONE);
        break;
      }
      pa = pb;
      pb = primitiveIn(r, v);
    }
    return primitiveIn(pb, v).multiply(content).primitive();
  }

  /** The content of {@code p} in {@code v}: the gcd of its coefficients as a polynomial in v. */
  static Poly contentIn(Poly p, int v) {
    Poly g = Poly.zero(p.arity());
    for (Poly c : p.coefficientsIn(v)) {
      if (c.isZero()) continue;
      g = g.isZero() ? c.primitive() : gcd(g, c);
      if (g.isConstant()) return Poly.constant(p.arity(), Rational.ONE);
    }
    return g;
  }

  /** {@code p} divided by its content in {@code v}, normalised. */
  static Poly primitiveIn(Poly p, int v) {
    Poly c = contentIn(p, v);
    return (c.isConstant() ? p : p.divideExactly(c)).primitive();
  }

  /**
   * The square-free factorisation of {@code p} in its first generator (Yun's algorithm, over the
   * content recursively): factors {@code f[k]} with {@code p = c * prod f[k]^(k+1)} for a number
   * c, each {@code f[k]} square-free and the {@code f[k]} pairwise coprime.
   */
  static List<Poly> squareFree(Poly p) {
    List<Poly> out = new ArrayList<>();
    if (p.isConstant()) return out;
    int[] m = PolyContent.monomial(p);
    Poly rest = strip(p, m);
    for (int v = 0; v < p.arity(); v++) {
      if (m[v] > 0) addFactor(out, m[v], Poly.generator(p.arity(), v, 1));
    }
    int v = firstGenerator(rest, rest);
    if (v < 0) return out;
    Poly content = contentIn(rest, v);
    if (!content.isConstant()) {
      List<Poly> inner = squareFree(content);
      for (int k = 0; k < inner.size(); k++) {
        if (!inner.get(k).isConstant()) addFactor(out, k + 1, inner.get(k));
      }
      rest = rest.divideExactly(content);
    }
    yun(rest.primitive(), v, out);
    return out;
  }

  private static void yun(Poly f, int v, List<Poly> out) {
    if (!f.dependsOn(v)) return;
    Poly df = f.derivative(v);
    Poly a = gcd(f, df);
    Poly b = f.divideExactly(a);
    Poly c = df.divideExactly(a);
    Poly d = c.subtract(b.derivative(v));
    int k = 1;
    while (!b.isConstant()) {
      StackGuard.checkInterrupted();
      Poly g = gcd(b, d);
      if (!g.isConstant()) addFactor(out, k, g);
      b = b.divideExactly(g);
      c = d.divideExactly(g);
      d = c.subtract(b.derivative(v));
      k++;
    }
  }

  private static void addFactor(List<Poly> out, int multiplicity, Poly f) {
    while (out.size() < multiplicity) out.add(Poly.constant(f.arity(), Rational.ONE));
    out.set(multiplicity - 1, out.get(multiplicity - 1).multiply(f).primitive());
  }

  private static int firstGenerator(Poly a, Poly b) {
    for (int v = 0; v < a.arity(); v++) {
      if (a.dependsOn(v) || b.dependsOn(v)) return v;
    }
    return -1;
  }

  static Poly monomial(int arity, int[] exponents) {
    Poly m = Poly.constant(arity, Rational.ONE);
    for (int i = 0; i < arity; i++) {
      if (exponents[i] > 0) m = m.multiply(Poly.generator(arity, i, exponents[i]));
    }
    return m;
  }

  private static Poly strip(Poly p, int[] exponents) {
    return p.divideExactly(monomial(p.arity(), exponents));
  }
}

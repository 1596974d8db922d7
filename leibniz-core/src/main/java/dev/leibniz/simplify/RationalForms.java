package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;

/**
 * The forms of an expression as one fraction in lowest terms, SymPy's {@code cancel} followed by
 * a choice of how to write numerator and denominator: expanded ({@code x^2 + 2*x + 1}) or as a
 * product of square-free factors ({@code (x + 1)^2}, {@code x*(2 - x)}), with the number in front
 * and, where the sign is negative, the option of absorbing it into a factor
 * ({@code -x*(x - 2)} as {@code x*(2 - x)}).
 *
 * <p>Cancelling a common factor can remove a removable singularity: {@code (x^2 - 1)/(x - 1)}
 * becomes {@code x + 1}, defined at 1 where the input is not. Every computer algebra system does
 * this; it changes no value where the input is defined.
 */
final class RationalForms {
  private RationalForms() {}

  /** The candidate forms of {@code e} as one reduced fraction; empty when e has no fraction. */
  static List<Expr> of(Expr e) {
    RationalForm form = RationalForm.of(e);
    RationalForm.Fraction f = form.toFraction(e).cancel();
    Poly n = f.numerator();
    Poly d = f.denominator();
    List<Expr> out = new ArrayList<>();
    if (n.isZero()) {
      out.add(Expr.num(0));
      return out;
    }
    Rational c = n.numericContent();
    Poly np = n.scale(Rational.ONE.divide(c));
    Factors nf = Factors.of(form, np);
    Factors df = Factors.of(form, d);
    List<Expr> numerators = List.of(nf.product(), form.toExpr(np));
    List<Expr> denominators = List.of(df.product(), form.toExpr(d));
    for (Expr num : numerators) {
      for (Expr den : denominators) {
        out.add(Expr.product(Expr.num(c), num, Expr.power(den, -1)));
      }
    }
    if (c.signum() < 0) {
      // The textbook's x*(2 - x) and 2/(1 - x^2): the sign absorbed into a factor.
      for (Expr num : numerators) {
        for (Expr den : denominators) {
          Expr flippedNum = withOneFactorNegated(num);
          Expr flippedDen = withOneFactorNegated(den);
          Expr positive = Expr.num(c.negate());
          if (flippedNum != null) out.add(Expr.product(positive, flippedNum, Expr.power(den, -1)));
          if (flippedDen != null) out.add(Expr.product(positive, num, Expr.power(flippedDen, -1)));
        }
      }
    }
    return out;
  }

  /** A primitive polynomial as square-free factors, each written expanded. */
  private record Factors(List<Expr> bases, List<Integer> multiplicities) {
    static Factors of(RationalForm form, Poly p) {
      List<Expr> bases = new ArrayList<>();
      List<Integer> multiplicities = new ArrayList<>();
      List<Poly> sqf = PolyGcd.squareFree(p);
      Poly rest = p;
      for (int k = 0; k < sqf.size(); k++) {
        Poly f = sqf.get(k);
        if (f.isConstant()) continue;
        for (Poly part : LinearFactors.split(splitMonomials(f))) {
          bases.add(form.toExpr(part));
          multiplicities.add(k + 1);
        }
        rest = rest.divideExactly(f.pow(k + 1));
      }
      if (rest == null || !rest.isConstant()) {
        throw new IllegalStateException("square-free factors do not multiply back: " + p);
      }
      if (!rest.constantTerm().isOne()) {
        bases.add(0, Expr.num(rest.constantTerm()));
        multiplicities.add(0, 1);
      }
      return new Factors(bases, multiplicities);
    }

    Expr product() {
      List<Expr> factors = new ArrayList<>();
      for (int i = 0; i < bases.size(); i++) {
        factors.add(Expr.power(bases.get(i), multiplicities.get(i)));
      }
      return Expr.product(factors);
    }
  }

  /**
   * {@code e} times -1 with the sign taken into one sum: the sum itself, or a sum that is a
   * factor of odd power; null when there is none.
   */
  private static Expr withOneFactorNegated(Expr e) {
    if (e instanceof Sum) return Expr.negate(e);
    if (!(e instanceof Product p)) return null;
    List<Expr> factors = new ArrayList<>(p.factors());
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      if (f instanceof Sum) {
        factors.set(i, Expr.negate(f));
        return Expr.product(factors);
      }
      if (f instanceof Power pw && pw.base() instanceof Sum && pw.exponent() instanceof Num n
          && n.value().isInteger() && n.value().numerator().testBit(0)) {
        factors.set(i, Expr.power(Expr.negate(pw.base()), pw.exponent()));
        return Expr.product(factors);
      }
    }
    return null;
  }

  /** A square-free factor split into its monomial generators and the rest: {@code x*(x - 2)}. */
  private static List<Poly> splitMonomials(Poly f) {
    List<Poly> parts = new ArrayList<>();
    int[] m = f.monomialContent();
    Poly rest = f;
    for (int v = 0; v < m.length; v++) {
      if (m[v] == 0) continue;
      Poly g = Poly.generator(f.arity(), v, 1);
      for (int k = 0; k < m[v]; k++) parts.add(g);
      rest = rest.divideExactly(g.pow(m[v]));
    }
    if (!rest.isConstant()) parts.add(rest);
    return parts;
  }
}

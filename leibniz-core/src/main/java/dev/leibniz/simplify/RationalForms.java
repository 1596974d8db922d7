package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

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
    return of(e, null);
  }

  /**
   * The candidate forms of {@code e}, leaving out those that {@link TermBound} proves longer than
   * {@code ceiling} operations (asked only when needed; null for no ceiling): the caller has a
   * candidate of that length, so they cannot win.
   */
  static List<Expr> of(Expr e, IntSupplier ceilingAtHand) {
    RationalForm form = RationalForm.of(e);
    Fraction f = form.toFraction(e).cancel();
    List<Expr> out = new ArrayList<>();
    if (f.numerator().isZero()) {
      out.add(Expr.num(0));
      return out;
    }
    Factorizer.Factored top = Factorizer.factor(f.numerator());
    Rational c = top.unit();
    boolean bounded = ceilingAtHand != null && form.termsStayApart();
    int ceiling = bounded ? ceilingAtHand.getAsInt() : Integer.MAX_VALUE;
    boolean oneNumerator = isOneFactor(top.factors());
    boolean oneDenominator = isOneFactor(f.denominator());
    Poly expandedDenominator = oneDenominator ? null : f.expandedDenominator();
    // What each way of writing numerator and denominator must at least cost.
    TermBound.Side factoredTop = null;
    TermBound.Side expandedTop = null;
    TermBound.Side factoredBottom = null;
    TermBound.Side expandedBottom = null;
    if (bounded) {
      TermBound.Generators g = form.bounds();
      factoredTop = TermBound.ofSide(top.factors(), null, g);
      expandedTop = oneNumerator ? factoredTop : TermBound.ofSide(null, f.numerator(), g);
      factoredBottom = TermBound.ofSide(f.denominator(), null, g);
      expandedBottom = oneDenominator ? factoredBottom
          : TermBound.ofSide(null, expandedDenominator, g);
    }
    // Factored and expanded are one form when there is one factor or only monomials.
    List<Expr> numerators = new ArrayList<>(2);
    if (!bounded || fitsOver(factoredTop, factoredBottom, expandedBottom, ceiling)) {
      numerators.add(product(form, top.factors(), 1));
    }
    if (!oneNumerator
        && (!bounded || fitsOver(expandedTop, factoredBottom, expandedBottom, ceiling))) {
      numerators.add(form.toExpr(f.numerator().scale(Rational.ONE.divide(c))));
    }
    List<Expr> denominators = new ArrayList<>(2);
    if (!bounded || fitsUnder(factoredBottom, factoredTop, expandedTop, ceiling)) {
      denominators.add(product(form, f.denominator(), -1));
    }
    if (!oneDenominator
        && (!bounded || fitsUnder(expandedBottom, factoredTop, expandedTop, ceiling))) {
      denominators.add(Expr.power(form.toExpr(expandedDenominator), -1));
    }
    for (Expr num : numerators) {
      for (Expr den : denominators) out.add(Expr.product(Expr.num(c), num, den));
    }
    if (c.signum() < 0) {
      // The textbook's x*(2 - x) and 2/(1 - x^2): the sign absorbed into a factor.
      Expr positive = Expr.num(c.negate());
      List<Expr> flippedNumerators = flipped(numerators);
      List<Expr> flippedDenominators = flipped(denominators);
      for (int i = 0; i < numerators.size(); i++) {
        for (int j = 0; j < denominators.size(); j++) {
          Expr flippedNum = flippedNumerators.get(i);
          Expr flippedDen = flippedDenominators.get(j);
          if (flippedNum != null) out.add(Expr.product(positive, flippedNum, denominators.get(j)));
          if (flippedDen != null) out.add(Expr.product(positive, numerators.get(i), flippedDen));
        }
      }
    }
    return out;
  }

  /** True when numerator {@code top} over one of the two denominators may fit the ceiling. */
  private static boolean fitsOver(TermBound.Side top, TermBound.Side bottom1,
      TermBound.Side bottom2, int ceiling) {
    return Math.min(TermBound.ofFraction(top, bottom1), TermBound.ofFraction(top, bottom2))
        <= ceiling;
  }

  /** True when denominator {@code bottom} under one of the two numerators may fit the ceiling. */
  private static boolean fitsUnder(TermBound.Side bottom, TermBound.Side top1,
      TermBound.Side top2, int ceiling) {
    return Math.min(TermBound.ofFraction(top1, bottom), TermBound.ofFraction(top2, bottom))
        <= ceiling;
  }

  /**
   * True when the product of {@code factors} written out is the same expression as the factors:
   * for 1, for one factor to the first power, and for monomials ({@code x^2*ln(x)}), whose
   * product is one term.
   */
  private static boolean isOneFactor(Map<Poly, Integer> factors) {
    if (factors.size() == 1 && factors.values().iterator().next() == 1) return true;
    for (Poly f : factors.keySet()) {
      if (f.termCount() != 1) return false;
    }
    return true;
  }

  /** The product of the factors to their multiplicities times {@code sign} (1 or -1). */
  private static Expr product(RationalForm form, Map<Poly, Integer> factors, int sign) {
    List<Expr> out = new ArrayList<>(factors.size());
    factors.forEach((f, m) -> out.add(Expr.power(form.toExpr(f), sign * m)));
    return Expr.product(out);
  }

  /** Each form with one factor negated ({@link #withOneFactorNegated}), null where none is. */
  private static List<Expr> flipped(List<Expr> forms) {
    List<Expr> out = new ArrayList<>(forms.size());
    for (Expr form : forms) out.add(withOneFactorNegated(form));
    return out;
  }

  /**
   * {@code e} times -1 with the sign taken into one sum: the sum itself, or a sum that is a
   * factor of odd power; null when there is none.
   */
  private static Expr withOneFactorNegated(Expr e) {
    if (e instanceof Sum || isOddPowerOfSum(e)) return negatedFactor(e);
    if (!(e instanceof Product p)) return null;
    List<Expr> factors = new ArrayList<>(p.factors());
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      if (f instanceof Sum || isOddPowerOfSum(f)) {
        factors.set(i, negatedFactor(f));
        return Expr.product(factors);
      }
    }
    return null;
  }

  private static boolean isOddPowerOfSum(Expr e) {
    return e instanceof Power p && p.base() instanceof Sum && p.exponent() instanceof Num n
        && n.value().isInteger() && n.value().numerator().testBit(0);
  }

  /** {@code -s} for a sum, {@code (-s)^k} for an odd power k of one. */
  private static Expr negatedFactor(Expr f) {
    return f instanceof Power p ? Expr.power(Expr.negate(p.base()), p.exponent()) : Expr.negate(f);
  }
}

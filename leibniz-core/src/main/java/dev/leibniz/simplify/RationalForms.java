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
    return of(e, Integer.MAX_VALUE, false);
  }

  /**
   * The same, or none when every form is bound to be longer than {@code ceiling} operations
   * ({@link #longerThan}): the caller has a form that short already. With {@code termwise}, the
   * last form is the numerator's terms divided one by one ({@link #termwise}), where that is
   * another form.
   */
  static List<Expr> of(Expr e, int ceiling, boolean termwise) {
    RationalForm form = RationalForm.of(e);
    Fraction f = form.toFraction(e).cancel();
    List<Expr> out = new ArrayList<>();
    if (f.numerator().isZero()) {
      out.add(Expr.num(0));
      return out;
    }
    if (longerThan(f.numerator(), ceiling)) return out;
    Factorizer.Factored top = Factorizer.factor(f.numerator());
    Rational c = top.unit();
    // Factored and expanded are one form when there is one factor or only monomials.
    List<Expr> numerators = isOneFactor(top.factors())
        ? List.of(product(form, top.factors(), 1))
        : withJoined(form, top.factors(), 1,
            form.toExpr(f.numerator().scale(Rational.ONE.divide(c))));
    List<Expr> denominators = isOneFactor(f.denominator())
        ? List.of(product(form, f.denominator(), -1))
        : withJoined(form, f.denominator(), -1,
            Expr.power(form.toExpr(f.expandedDenominator()), -1));
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
    Expr divided = termwise ? termwise(form, f) : null;
    if (divided != null) out.add(divided);
    return out;
  }

  /**
   * Over a denominator of one term, each term of the numerator divided on its own, SymPy's
   * {@code expand}: {@code 4/x + 2*cos(x)/sin(x)} for {@code (4*sin(x) + 2*x*cos(x))/(x*sin(x))},
   * {@code 2*x - 2/x^3} for {@code 2*(x^4 - 1)/x^3}. Last of the forms, so a single fraction wins
   * a tie. Null when the numerator has one term or the denominator more than one.
   */
  private static Expr termwise(RationalForm form, Fraction f) {
    if (f.numerator().termCount() < 2 || f.denominator().isEmpty()) return null;
    Poly denominator = f.expandedDenominator();
    if (denominator.termCount() != 1) return null;
    Expr reciprocal = Expr.power(form.toExpr(denominator), -1);
    if (!(form.toExpr(f.numerator()) instanceof Sum numerator)) return null;
    List<Expr> terms = new ArrayList<>(numerator.terms().size());
    for (Expr t : numerator.terms()) terms.add(Expr.product(t, reciprocal));
    return Expr.sum(terms);
  }

  /**
   * True when every way of writing {@code numerator} has more than {@code ceiling} operations,
   * known before factoring it or building anything: when, with the generators that divide every
   * term taken out, it still depends on two generators or more, {@link Factorizer} keeps that
   * rest whole, so expanded and factored alike write all its terms, joined by one operation
   * each. (A rest in one generator can factor into far fewer operations: {@code (x + 1)^2}.)
   * Writing tangents back ({@link TrigRewrites#quotients}) changes no term count either.
   */
  private static boolean longerThan(Poly numerator, int ceiling) {
    if (numerator.termCount() - 1 <= ceiling) return false;
    int[] content = PolyContent.monomial(numerator);
    int generators = 0;
    for (int v = 0; v < numerator.arity(); v++) {
      if (numerator.degree(v) > content[v]) generators++;
    }
    return generators >= 2;
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

  /**
   * The factored form, then, where linear factors join ({@link LinearFactors#joined}), the form
   * with them joined, then the form with all factors of one generator and multiplicity joined
   * ({@link LinearFactors#joinedWhole}), then {@code expanded}: in this order they win a tie.
   */
  private static List<Expr> withJoined(RationalForm form, Map<Poly, Integer> factors, int sign,
      Expr expanded) {
    List<Expr> out = new ArrayList<>(4);
    out.add(product(form, factors, sign));
    Map<Poly, Integer> joined = LinearFactors.joined(factors);
    if (joined != null) out.add(product(form, joined, sign));
    Map<Poly, Integer> whole = LinearFactors.joinedWhole(factors);
    if (whole != null) out.add(product(form, whole, sign));
    out.add(expanded);
    return out;
  }

  /** The product of the factors to their multiplicities times {@code sign} (1 or -1). */
  private static Expr product(RationalForm form, Map<Poly, Integer> factors, int sign) {
    List<Expr> out = new ArrayList<>(factors.size());
    factors.forEach((f, m) -> out.add(form.toExpr(f, sign * m)));
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
   * factor of odd power; null when there is none, or when the form could not win because the
   * sum has no negative term: {@code -(x + y)} written {@code (-x - y)} costs the one sign it
   * saves, so the form is no shorter than the one before it.
   */
  private static Expr withOneFactorNegated(Expr e) {
    if (e instanceof Sum || isOddPowerOfSum(e)) return hasNegativeTerm(e) ? negatedFactor(e) : null;
    if (!(e instanceof Product p)) return null;
    List<Expr> factors = p.factors();
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      if (f instanceof Sum || isOddPowerOfSum(f)) {
        if (!hasNegativeTerm(f)) return null;
        List<Expr> out = new ArrayList<>(factors);
        out.set(i, negatedFactor(f));
        return Expr.product(out);
      }
    }
    return null;
  }

  /**
   * True when the sum of {@code f} (f itself or the base of its power) has a negative term. By
   * {@link OperationCount}, negating a sum changes its count only by its leading sign: one more
   * when every term was positive, one less when every term was negative.
   */
  private static boolean hasNegativeTerm(Expr f) {
    Sum s = (Sum) (f instanceof Power p ? p.base() : f);
    for (Expr t : s.terms()) {
      if (t instanceof Num n ? n.value().signum() < 0
          : t instanceof Product q && q.coefficient().signum() < 0) {
        return true;
      }
    }
    return false;
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

package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds canonical sums, as SymPy's {@code Add.flatten}: flatten nested sums, add the numbers,
 * split each term into coefficient and rest, add coefficients per rest, drop zeros, apply
 * {@code sin(u)^2 + cos(u)^2 = 1}, sort.
 */
final class SumBuilder {
  private SumBuilder() {}

  static Expr build(List<Expr> input) {
    Expr distinct = DistinctTerms.sum(input);
    if (distinct != null) return distinct;
    boolean canonical = Compound.allCanonical(input);
    Rational constant = Rational.ZERO;
    KeyedTable rests = new KeyedTable(input.size());
    List<Rational> coefficients = new ArrayList<>(input.size());
    for (Expr term : input) {
      if (term instanceof Num n) {
        constant = constant.add(n.value());
      } else if (term instanceof Sum s) {
        // Canonical sums are flat: their terms are never sums, so one level suffices.
        for (Expr t : s.terms()) {
          if (t instanceof Num n) {
            constant = constant.add(n.value());
          } else {
            collect(t, rests, coefficients);
          }
        }
      } else {
        collect(term, rests, coefficients);
      }
    }
    constant = constant.add(PythagoreanIdentity.collect(rests, coefficients));
    List<Expr> terms = new ArrayList<>(rests.size() + 1);
    for (int i = 0; i < rests.size(); i++) {
      Rational c = coefficients.get(i);
      if (!c.isZero()) terms.add(withCoefficient(c, rests.key(i), canonical));
    }
    if (!constant.isZero()) terms.add(Num.of(constant));
    if (terms.isEmpty()) return Num.ZERO;
    if (terms.size() == 1) return terms.get(0);
    terms.sort(ExprOrder.TERMS);
    return Sum.built(terms, canonical);
  }

  private static void collect(Expr term, KeyedTable rests, List<Rational> coefficients) {
    Expr rest = term;
    Rational c = Rational.ONE;
    if (term instanceof Product p) {
      rest = p.withoutCoefficient();
      c = p.coefficient();
    }
    int slot = rests.slotOf(rest);
    if (slot == coefficients.size()) {
      coefficients.add(c);
    } else {
      coefficients.set(slot, coefficients.get(slot).add(c));
    }
  }

  /**
   * {@code c * rest} where rest has no coefficient and is not a sum: canonical when rest is, as
   * it is when {@code canonical}, the input of the sum being canonical.
   */
  private static Expr withCoefficient(Rational c, Expr rest, boolean canonical) {
    if (c.isOne()) return rest;
    List<Expr> factors = new ArrayList<>();
    factors.add(Num.of(c));
    if (rest instanceof Product p) {
      factors.addAll(p.factors());
    } else {
      factors.add(rest);
    }
    return Product.built(factors, canonical);
  }
}

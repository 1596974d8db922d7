package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.Arrays;
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
        for (int i = 0, count = s.termCount(); i < count; i++) {
          Expr t = s.term(i);
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
    Expr[] terms = new Expr[rests.size() + 1];
    int n = 0;
    for (int i = 0; i < rests.size(); i++) {
      Rational c = coefficients.get(i);
      if (!c.isZero()) terms[n++] = withCoefficient(c, rests.key(i), canonical);
    }
    if (!constant.isZero()) terms[n++] = Num.of(constant);
    if (n == 0) return Num.ZERO;
    if (n == 1) return terms[0];
    OperandSort.terms(terms, 0, n);
    return Sum.built(Operands.owning(n == terms.length ? terms : Arrays.copyOf(terms, n)),
        canonical);
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
    if (!(rest instanceof Product p)) return Product.built(Operands.of(Num.of(c), rest), canonical);
    Expr[] factors = new Expr[1 + p.factorCount()];
    factors[0] = Num.of(c);
    for (int i = 1; i < factors.length; i++) factors[i] = p.factor(i - 1);
    return Product.built(Operands.owning(factors), canonical);
  }
}

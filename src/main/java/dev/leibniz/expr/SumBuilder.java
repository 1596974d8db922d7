package dev.leibniz.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds canonical sums, as SymPy's {@code Add.flatten}: flatten nested sums, add the numbers,
 * split each term into coefficient and rest, add coefficients per rest, drop zeros, apply
 * {@code sin(u)^2 + cos(u)^2 = 1}, sort.
 */
final class SumBuilder {
  private SumBuilder() {}

  static Expr build(List<Expr> input) {
    Rational constant = Rational.ZERO;
    Map<Expr, Rational> coefficients = new LinkedHashMap<>();
    Deque<Expr> work = new ArrayDeque<>(input);
    while (!work.isEmpty()) {
      Expr term = work.pop();
      if (term instanceof Num n) {
        constant = constant.add(n.value());
      } else if (term instanceof Sum s) {
        for (Expr t : s.terms()) work.push(t);
      } else if (term instanceof Product p) {
        coefficients.merge(p.withoutCoefficient(), p.coefficient(), Rational::add);
      } else {
        coefficients.merge(term, Rational.ONE, Rational::add);
      }
    }
    constant = constant.add(PythagoreanIdentity.collect(coefficients));
    List<Expr> terms = new ArrayList<>(coefficients.size() + 1);
    for (Map.Entry<Expr, Rational> entry : coefficients.entrySet()) {
      if (!entry.getValue().isZero()) terms.add(withCoefficient(entry.getValue(), entry.getKey()));
    }
    if (!constant.isZero()) terms.add(Num.of(constant));
    if (terms.isEmpty()) return Num.ZERO;
    if (terms.size() == 1) return terms.get(0);
    terms.sort(ExprOrder.TERMS);
    return new Sum(terms);
  }

  /** {@code c * rest} where rest is canonical, has no coefficient and is not a sum. */
  static Expr withCoefficient(Rational c, Expr rest) {
    if (c.isOne()) return rest;
    List<Expr> factors = new ArrayList<>();
    factors.add(Num.of(c));
    if (rest instanceof Product p) {
      factors.addAll(p.factors());
    } else {
      factors.add(rest);
    }
    return new Product(factors);
  }
}

package dev.leibniz.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds canonical products, as SymPy's {@code Mul.flatten}: flatten nested products, multiply
 * the numbers, gather the exponents of each base ({@code x*x^2 = x^3}, {@code e^a*e^b =
 * e^(a+b)}, {@code x/x = 1}), sort, and distribute a number over a lone sum ({@code 2*(x + 1) =
 * 2*x + 2}) so that like terms meet.
 */
final class ProductBuilder {
  private ProductBuilder() {}

  static Expr build(List<Expr> input) {
    Rational coefficient = Rational.ONE;
    Map<Expr, Group> groups = new LinkedHashMap<>();
    Deque<Expr> work = new ArrayDeque<>(input);
    while (!work.isEmpty()) {
      Expr factor = work.pop();
      if (factor instanceof Num n) {
        coefficient = coefficient.multiply(n.value());
      } else if (factor instanceof Product p) {
        for (Expr f : p.factors()) work.push(f);
      } else if (factor instanceof Power p) {
        groups.computeIfAbsent(p.base(), k -> new Group(factor)).exponents.add(p.exponent());
      } else {
        groups.computeIfAbsent(factor, k -> new Group(factor)).exponents.add(Num.ONE);
      }
    }
    if (coefficient.isZero()) return Num.ZERO;

    List<Expr> factors = new ArrayList<>(groups.size() + 1);
    boolean again = false;
    for (Map.Entry<Expr, Group> entry : groups.entrySet()) {
      Group group = entry.getValue();
      Expr merged = group.exponents.size() == 1
          ? group.first
          : PowerBuilder.build(entry.getKey(), SumBuilder.build(group.exponents));
      if (merged instanceof Num n) {
        coefficient = coefficient.multiply(n.value());
      } else {
        // A merged power can itself be a product, as sqrt(x*y)*sqrt(x*y) = x*y: flatten again.
        again |= merged instanceof Product;
        factors.add(merged);
      }
    }
    if (again) {
      factors.add(Num.of(coefficient));
      return build(factors);
    }
    return assemble(coefficient, factors);
  }

  /** The factors of one base: the first as it came, and every exponent seen. */
  private static final class Group {
    final Expr first;
    final List<Expr> exponents = new ArrayList<>(2);

    Group(Expr first) {
      this.first = first;
    }
  }

  private static Expr assemble(Rational coefficient, List<Expr> factors) {
    if (coefficient.isZero()) return Num.ZERO;
    if (factors.isEmpty()) return Num.of(coefficient);
    if (factors.size() == 1) {
      Expr only = factors.get(0);
      if (coefficient.isOne()) return only;
      if (only instanceof Sum s) return distribute(coefficient, s);
    }
    factors.sort(ExprOrder.FACTORS);
    if (!coefficient.isOne()) factors.add(0, Num.of(coefficient));
    return new Product(factors);
  }

  private static Expr distribute(Rational coefficient, Sum s) {
    List<Expr> terms = new ArrayList<>(s.terms().size());
    Num c = Num.of(coefficient);
    for (Expr t : s.terms()) terms.add(build(List.of(c, t)));
    return SumBuilder.build(terms);
  }
}

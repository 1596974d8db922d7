package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds canonical products, as SymPy's {@code Mul.flatten}: flatten nested products, multiply
 * the numbers, gather the exponents of each base ({@code x*x^2 = x^3}, {@code e^a*e^b =
 * e^(a+b)}, {@code x/x = 1}), sort, and distribute a number over a lone sum ({@code 2*(x + 1) =
 * 2*x + 2}) so that like terms meet.
 */
final class ProductBuilder {
  private ProductBuilder() {}

  static Expr build(List<Expr> input) {
    Expr distinct = DistinctFactors.product(input);
    return distinct != null ? distinct : gathered(input);
  }

  /**
   * {@link #build}'s product by gathering every base in a table, without first trying
   * {@link DistinctFactors}: for a caller that knows two factors share a base.
   */
  static Expr gathered(List<Expr> input) {
    boolean canonical = Compound.allCanonical(input);
    Rational coefficient = Rational.ONE;
    KeyedTable bases = new KeyedTable(input.size());
    List<Group> groups = new ArrayList<>(input.size());
    for (Expr factor : input) {
      if (factor instanceof Num n) {
        coefficient = coefficient.multiply(n.value());
      } else if (factor instanceof Product p) {
        // Canonical products are flat: their factors are never products.
        for (int i = 0, count = p.factorCount(); i < count; i++) {
          Expr f = p.factor(i);
          if (f instanceof Num n) {
            coefficient = coefficient.multiply(n.value());
          } else {
            gather(f, bases, groups);
          }
        }
      } else {
        gather(factor, bases, groups);
      }
    }
    if (coefficient.isZero()) return Num.ZERO;

    List<Expr> factors = new ArrayList<>(groups.size() + 1);
    boolean again = false;
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      Expr merged = group.more == null
          ? group.first
          : PowerBuilder.build(bases.key(i), SumBuilder.build(group.more));
      if (merged instanceof Num n) {
        coefficient = coefficient.multiply(n.value());
      } else {
        // A merged power can be a product (sqrt(x*y)*sqrt(x*y) = x*y) or change its base
        // ((1/x)^(-1/2)*(1/x)^(-1/2) = x): then gather once more, so it meets its like.
        again |= merged instanceof Product || !baseOf(merged).equals(bases.key(i));
        factors.add(merged);
      }
    }
    if (again) {
      factors.add(Num.of(coefficient));
      return build(factors);
    }
    return assemble(coefficient, factors, canonical);
  }

  /** The base a factor gathers under: a power's base, anything else itself. */
  static Expr baseOf(Expr e) {
    return e instanceof Power p ? p.base() : e;
  }

  private static void gather(Expr factor, KeyedTable bases, List<Group> groups) {
    Expr base = factor;
    Expr exponent = Num.ONE;
    if (factor instanceof Power p) {
      base = p.base();
      exponent = p.exponent();
    }
    int slot = bases.slotOf(base);
    if (slot == groups.size()) {
      groups.add(new Group(factor, exponent));
    } else {
      groups.get(slot).add(exponent);
    }
  }

  /**
   * The factors of one base: the first as it came and its exponent, and once a second one
   * comes, every exponent seen.
   */
  private static final class Group {
    final Expr first;
    final Expr firstExponent;
    /** All the exponents, the first included, once there are two; null before. */
    List<Expr> more;

    Group(Expr first, Expr firstExponent) {
      this.first = first;
      this.firstExponent = firstExponent;
    }

    void add(Expr exponent) {
      if (more == null) {
        more = new ArrayList<>(4);
        more.add(firstExponent);
      }
      more.add(exponent);
    }
  }

  private static Expr assemble(Rational coefficient, List<Expr> factors, boolean canonical) {
    if (coefficient.isZero()) return Num.ZERO;
    if (factors.isEmpty()) return Num.of(coefficient);
    if (factors.size() == 1) {
      Expr only = factors.get(0);
      if (coefficient.isOne()) return only;
      if (only instanceof Sum s) return distribute(coefficient, s);
    }
    int k = coefficient.isOne() ? 0 : 1;
    Expr[] all = new Expr[k + factors.size()];
    if (k == 1) all[0] = Num.of(coefficient);
    for (int i = 0; i < factors.size(); i++) all[k + i] = factors.get(i);
    OperandSort.factors(all, k, all.length);
    return Product.built(Operands.owning(all), canonical);
  }

  /**
   * {@code c * s}, as {@link #build} makes it: 0, s itself for c = 1, else c distributed over
   * the terms ({@code 2*(x + 1) = 2*x + 2}) so that like terms meet.
   */
  static Expr times(Rational c, Sum s) {
    if (c.isZero()) return Num.ZERO;
    return c.isOne() ? s : distribute(c, s);
  }

  /**
   * {@code c*t} for each term t of s, then their sum; of a canonical s, each by merging (two
   * canonical operands: {@link ProductMerge}), else gathered.
   */
  private static Expr distribute(Rational coefficient, Sum s) {
    int n = s.termCount();
    Expr[] terms = new Expr[n];
    Num c = Num.of(coefficient);
    boolean canonical = Compound.isCanonical(s);
    for (int i = 0; i < n; i++) {
      Expr t = s.term(i);
      terms[i] = canonical ? ProductMerge.multiply(c, t) : build(Operands.of(c, t));
    }
    return SumBuilder.build(Operands.owning(terms));
  }
}

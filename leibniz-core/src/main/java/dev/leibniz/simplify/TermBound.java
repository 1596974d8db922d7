package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lower bound on the operation count of a rational form, read from its polynomials before the
 * form is built, so that the rational step builds no candidate that cannot beat one it already
 * has: a polynomial of t terms, written out, is a sum of t terms and costs at least t - 1
 * additions plus what its terms cost, a term of n generators at least n - 1 multiplications
 * plus the generators; the factors of a numerator and a denominator are distinct
 * subexpressions whose counts add up ({@link OperationCount} counts every child).
 *
 * <p>That holds only when distinct monomials stay distinct terms once written out. It is so when
 * the generators are powers of distinct bases that no constructor rewrites: variables,
 * constants, calls other than {@code abs} and {@code sign}, and fractional powers of those. It
 * fails with a number as base ({@code sqrt(2)^2 = 2} meets the coefficients), with symbolic
 * exponents ({@code e^x*e^y = e^(x + y)}, {@code e^(2*ln(x)) = x^2}), with two generators of
 * one base ({@code sqrt(x)*x^(1/3) = x^(5/6)}), and with {@code sin(u)} beside {@code cos(u)}
 * ({@code sin(u)^2 + cos(u)^2} is collected to 1 as a sum is built): then there is no bound.
 */
final class TermBound {
  private TermBound() {}

  /** True when written-out monomials in these generators never merge or cancel. */
  static boolean holdsFor(List<Expr> generators) {
    Set<Expr> bases = new HashSet<>();
    Set<Expr> sines = new HashSet<>();
    Set<Expr> cosines = new HashSet<>();
    for (Expr g : generators) {
      Expr base = g;
      if (g instanceof Power p) {
        if (!(p.exponent() instanceof Num)) return false;
        base = p.base();
      }
      if (!isPlain(base) || !bases.add(base)) return false;
      if (base instanceof Call c && c.function() == MathFunction.SIN) sines.add(c.argument());
      if (base instanceof Call c && c.function() == MathFunction.COS) cosines.add(c.argument());
    }
    sines.retainAll(cosines);
    return sines.isEmpty();
  }

  private static boolean isPlain(Expr base) {
    if (base instanceof Var) return true;
    if (base instanceof Constant) return base != Constant.E;
    return base instanceof Call c && c.function() != MathFunction.ABS
        && c.function() != MathFunction.SIGN;
  }

  /**
   * The least count of a polynomial written expanded: its additions, and in each term the
   * multiplications between its generators and each generator's power; the coefficients are
   * left out, as numbers in front may move when the form is built.
   */
  static int ofExpanded(Poly p, Generators g) {
    int ops = Math.max(0, p.termCount() - 1);
    for (int t = 0; t < p.termCount(); t++) {
      int generators = 0;
      for (int i = 0; i < p.arity(); i++) {
        int k = p.exponent(t, i);
        if (k != 0) {
          generators++;
          ops += g.ofPower(i, k);
        }
      }
      ops += Math.max(0, generators - 1);
    }
    return ops;
  }

  /**
   * The least count of one side of a fraction, numerator or denominator, written as the product
   * of {@code factors}: each sum to its power, each generator of a monomial factor to its power.
   * {@code expanded}, when not null, is the whole side written as one sum instead.
   */
  static Side ofSide(Map<Poly, Integer> factors, Poly expanded, Generators g) {
    if (expanded != null) return new Side(ofExpanded(expanded, g), 1);
    int ops = 0;
    int count = 0;
    for (Map.Entry<Poly, Integer> entry : factors.entrySet()) {
      Poly f = entry.getKey();
      int m = entry.getValue();
      if (f.termCount() > 1) {
        ops += ofExpanded(f, g) + (m == 1 ? 0 : 1);
        count++;
        continue;
      }
      for (int i = 0; i < f.arity(); i++) {
        int k = f.exponent(0, i);
        if (k != 0) {
          ops += g.ofPower(i, k * m);
          count++;
        }
      }
    }
    return new Side(ops, count);
  }

  /**
   * The least count of {@code c*top/bottom}: its two sides, the multiplications within each,
   * and the division when there is a denominator.
   */
  static int ofFraction(Side top, Side bottom) {
    int ops = top.ops + bottom.ops + Math.max(0, top.factors - 1);
    return bottom.factors == 0 ? ops : ops + bottom.factors;
  }

  /** The least count of one side and the number of its factors. */
  record Side(int ops, int factors) {}

  /** The least count of each power of each generator. */
  static final class Generators {
    private final int[] baseCost;
    private final Rational[] exponent;

    Generators(List<Expr> generators) {
      baseCost = new int[generators.size()];
      exponent = new Rational[generators.size()];
      for (int i = 0; i < baseCost.length; i++) {
        Expr g = generators.get(i);
        boolean power = g instanceof Power;
        baseCost[i] = OperationCount.of(power ? ((Power) g).base() : g);
        exponent[i] = power ? ((Num) ((Power) g).exponent()).value() : Rational.ONE;
      }
    }

    /**
     * Generator i to the k, at least: its base, and a power unless the exponents multiply to 1
     * ({@code sqrt(u)^2 = u}).
     */
    int ofPower(int i, int k) {
      return baseCost[i] + (exponent[i].multiply(Rational.of(k)).isOne() ? 0 : 1);
    }
  }
}

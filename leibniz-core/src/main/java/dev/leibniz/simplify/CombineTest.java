package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether bringing an expression over one denominator can shorten it, judged from its shape
 * without building a polynomial: only when a sum stands in a denominator, when two terms of a sum
 * have denominators to combine, when a sum is over a denominator that divides each of its terms
 * in part, when a term of a sum is a product with a sum inside whose
 * expansion could cancel against the other terms, or when every term has a factor of one base
 * to pull out. A product of polynomial factors with no
 * denominator, the most common shape of a derivative, is already as short as its rational forms,
 * and so is a fractional or symbolic power ({@code 1/sqrt(x + 1)}, {@code e^(-x)}).
 */
final class CombineTest {
  private CombineTest() {}

  static boolean worthCombining(Expr e) {
    if (e instanceof Sum s) {
      int withDenominator = 0;
      for (Expr t : s.terms()) {
        if (hasDenominator(t)) withDenominator++;
        if (withDenominator >= 2 || hasSumFactor(t) || worthCombining(t)) return true;
      }
      return sharesAFactor(s);
    }
    if (e instanceof Product p) {
      int sums = 0;
      for (Expr f : p.factors()) {
        if (f instanceof Sum) sums++;
        if (sums >= 2 || (hasDenominator(f) && containsSum(f))) return true;
      }
      // A sum over a denominator that divides each of its terms in part: the terms divided one
      // by one may be shorter ((2*x*cos(x) + 4*sin(x))/(x*sin(x)) = 2*cot(x) + 4/x).
      return sums == 1 && dividesEveryTerm(p);
    }
    // A fractional or symbolic power is one generator (or a power of one): its only rational
    // form is itself.
    return e instanceof Power p && isInteger(p) && hasDenominator(p) && containsSum(p.base());
  }

  /** A factor with a negative exponent, {@code 1/x}, {@code 1/sqrt(u)} or {@code e^(-x)}. */
  private static boolean hasDenominator(Expr t) {
    if (t instanceof Power p) {
      Expr k = p.exponent();
      return k instanceof Num n ? n.value().signum() < 0
          : k instanceof Product q && q.coefficient().signum() < 0;
    }
    if (t instanceof Product p) {
      for (Expr f : p.factors()) {
        if (hasDenominator(f)) return true;
      }
    }
    return false;
  }

  /**
   * True when {@code p} is a sum times denominators, and every term of the sum has a factor
   * with the base of one of them: {@code (2*x*cos(x) + 4*sin(x))/(x*sin(x))}.
   */
  private static boolean dividesEveryTerm(Product p) {
    Sum sum = null;
    Set<Expr> denominators = new HashSet<>();
    for (Expr f : p.factors()) {
      if (f instanceof Sum s) {
        sum = s;
      } else if (f instanceof Power pw && hasDenominator(pw)) {
        denominators.add(pw.base());
      }
    }
    if (sum == null || denominators.isEmpty()) return false;
    for (Expr t : sum.terms()) {
      boolean divides = false;
      for (Expr f : t instanceof Product q ? q.factors() : List.of(t)) {
        divides |= denominators.contains(f instanceof Power pw ? pw.base() : f);
      }
      if (!divides) return false;
    }
    return true;
  }

  /** True when every term of {@code s} has a factor with one base: {@code 2*x - x^2}. */
  private static boolean sharesAFactor(Sum s) {
    Set<Expr> common = null;
    for (Expr t : s.terms()) {
      Set<Expr> bases = new HashSet<>();
      for (Expr f : t instanceof Product p ? p.factors() : List.of(t)) {
        if (!(f instanceof Num)) bases.add(f instanceof Power p ? p.base() : f);
      }
      if (common == null) {
        common = bases;
      } else {
        common.retainAll(bases);
      }
      if (common.isEmpty()) return false;
    }
    return true;
  }

  private static boolean hasSumFactor(Expr t) {
    if (t instanceof Product p) {
      for (Expr f : p.factors()) {
        if (f instanceof Sum
            || (f instanceof Power pw && isInteger(pw) && pw.base() instanceof Sum)) {
          return true;
        }
      }
    }
    return t instanceof Power pw && isInteger(pw) && pw.base() instanceof Sum;
  }

  private static boolean containsSum(Expr e) {
    if (e instanceof Sum) return true;
    if (e instanceof Product p) {
      for (Expr f : p.factors()) {
        if (containsSum(f)) return true;
      }
    }
    return e instanceof Power p && containsSum(p.base());
  }

  private static boolean isInteger(Power p) {
    return p.exponent() instanceof Num n && n.value().isInteger();
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.SINH;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;

/**
 * Two terms of a sum that differ only in the sign of an exponent of e, joined as a hyperbolic
 * function: {@code c*R*e^u + c*R*e^(-u) = 2*c*R*cosh(u)} and
 * {@code c*R*e^u - c*R*e^(-u) = 2*c*R*sinh(u)}, for a number c and any other factors R. So the
 * derivative of {@code (e^x + e^(-x))/2}, {@code e^x/2 - e^(-x)/2}, is {@code sinh(x)}, as a
 * textbook writes it. Both sides are defined wherever u is (e^u never is 0, and cosh and sinh
 * are defined on the whole line), so the rewrite holds on the whole domain of its input. The
 * simplifier keeps it only where it is shorter. The reverse, hyperbolic functions written with
 * exponentials, is {@link HyperbolicRewrites#exponentials}.
 */
final class ExponentialPairs {
  private ExponentialPairs() {}

  /**
   * True when two terms of {@code s}, or of a sum that is a factor of one of its terms (or the
   * base of a whole power among them), have e to some power: a pair may be there. Builds
   * nothing.
   */
  static boolean worthTrying(Sum s) {
    int withExp = 0;
    for (Expr t : s.terms()) {
      if (exponent(t) != null && ++withExp == 2) return true;
    }
    for (Expr t : s.terms()) {
      for (Expr f : t instanceof Product p ? p.factors() : List.of(t)) {
        Expr base = f instanceof Power q && q.exponent() instanceof Num ? q.base() : f;
        if (base instanceof Sum inner && worthTrying(inner)) return true;
      }
    }
    return false;
  }

  /** {@code e} with the pairs joined in every sum, wherever it is. */
  static Expr everywhere(Expr e) {
    return Everywhere.rewrite(e, n -> n instanceof Sum s && worthTrying(s) ? joined(s) : n);
  }

  /** {@code s} with each pair of terms joined; {@code s} itself when there is none. */
  static Expr joined(Sum s) {
    List<Expr> terms = new ArrayList<>(s.terms());
    boolean changed = false;
    for (int i = 0; i < terms.size(); i++) {
      Expr u = exponent(terms.get(i));
      if (u == null) continue;
      for (int j = i + 1; j < terms.size(); j++) {
        Expr pair = pair(terms.get(i), u, terms.get(j));
        if (pair != null) {
          terms.set(i, pair);
          terms.remove(j);
          changed = true;
          break;
        }
      }
    }
    return changed ? Expr.sum(terms) : s;
  }

  /** {@code a + b} as one hyperbolic term when b is a's mirror in the exponent u; else null. */
  private static Expr pair(Expr a, Expr u, Expr b) {
    Expr v = exponent(b);
    if (v == null || !v.equals(Expr.negate(u)) || !rest(a).equals(rest(b))) return null;
    Rational ca = coefficient(a);
    Rational cb = coefficient(b);
    boolean even = ca.equals(cb);
    if (!even && !ca.equals(cb.negate())) return null;
    // Written at the exponent that does not read negative: sinh(x), not -sinh(-x), and
    // cosh(y/2 + 1), not cosh(-y/2 - 1); between two that read alike, the first in canonical
    // order, so that the order of the terms does not matter.
    boolean flip = readsNegative(u) != readsNegative(v) ? readsNegative(u)
        : ExprOrder.compare(v, u) < 0;
    Expr w = flip ? v : u;
    Rational c = flip ? cb : ca;
    Expr hyperbolic = Expr.call(even ? COSH : SINH, w);
    return Expr.product(Expr.num(c.multiply(Rational.of(2, 1))), rest(a), hyperbolic);
  }

  /** True for a negative term, or a sum whose first term in canonical order is negative. */
  private static boolean readsNegative(Expr u) {
    return Expr.isNegative(u instanceof Sum s ? s.term(0) : u);
  }

  /** The exponent u of the factor {@code e^u} of term {@code t}, or null when it has none. */
  private static Expr exponent(Expr t) {
    if (t instanceof Power p && p.base() == Constant.E) return p.exponent();
    if (t instanceof Product p) {
      for (Expr f : p.factors()) {
        if (f instanceof Power q && q.base() == Constant.E) return q.exponent();
      }
    }
    return null;
  }

  /** The number in front of term {@code t}: 1 when it has none. */
  private static Rational coefficient(Expr t) {
    return t instanceof Product p && p.factor(0) instanceof Num n ? n.value() : Rational.ONE;
  }

  /** Term {@code t} without its number and its power of e. */
  private static Expr rest(Expr t) {
    if (!(t instanceof Product p)) return Num.ONE;
    List<Expr> rest = new ArrayList<>(p.factors().size());
    for (Expr f : p.factors()) {
      if (f instanceof Num || f instanceof Power q && q.base() == Constant.E) continue;
      rest.add(f);
    }
    return Expr.product(rest);
  }
}

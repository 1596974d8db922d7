package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;

/** The questions both printers ask of a node: is it negative, a reciprocal, a primary. */
final class Printing {
  private Printing() {}

  /**
   * The term a sum is printed from: the first in canonical order, unless that one is negative,
   * then the first positive one, as people write {@code 1 - x^2} rather than {@code -x^2 + 1}.
   * The other terms follow in canonical order. Both printers use it, so plain text and LaTeX
   * list the terms in the same order.
   */
  static int leadingTerm(Sum s) {
    if (!Expr.isNegative(s.term(0))) return 0;
    for (int i = 1, n = s.termCount(); i < n; i++) {
      if (!Expr.isNegative(s.term(i))) return i;
    }
    return 0;
  }

  /**
   * True for a polynomial in one variable whose highest term is negative and whose lowest is
   * not, which reads in ascending degree, as people write it: {@code 1 - 4*x - x^2} and
   * {@code 2 + 2*x - x^3}, not {@code 1 - x^2 - 4*x} (the positive term first, the others in
   * canonical order, highest degree first).
   */
  static boolean readsAscending(Sum s) {
    int last = s.termCount() - 1;
    if (last < 2 || !Expr.isNegative(s.term(0)) || Expr.isNegative(s.term(last))) return false;
    Var variable = null;
    for (int i = 0; i <= last; i++) {
      Var v = monomialVariable(s.term(i));
      if (v == null) {
        if (!(s.term(i) instanceof Num)) return false;
      } else if (variable == null) {
        variable = v;
      } else if (!variable.equals(v)) {
        return false;
      }
    }
    return variable != null;
  }

  /** The variable of {@code c*x^k} (c a number or absent, k a whole number above 0), or null. */
  private static Var monomialVariable(Expr term) {
    Expr power = term;
    if (term instanceof Product p) {
      if (p.factorCount() != 2 || !(p.factor(0) instanceof Num)) return null;
      power = p.factor(1);
    }
    if (power instanceof Var v) return v;
    if (power instanceof Power p && p.base() instanceof Var v && p.exponent() instanceof Num k
        && k.value().isInteger() && k.value().signum() > 0) {
      return v;
    }
    return null;
  }

  /** Writes one term of a sum after its sign: {@code negative} says the sign is a minus. */
  interface TermWriter {
    /**
     * Writes {@code sign} ({@code ""}, {@code "-"}, {@code " + "} or {@code " - "}), then
     * {@code term}, as its magnitude when {@code negative}.
     */
    void term(String sign, Expr term, boolean negative);
  }

  /**
   * Writes a sum: the terms in the order of {@link #leadingTerm}, each after its sign
   * ({@code -} before a negative first term, {@code " + "} or {@code " - "} between terms).
   */
  static void sum(Sum s, TermWriter writer) {
    if (readsAscending(s)) {
      for (int k = s.termCount() - 1; k >= 0; k--) {
        Expr t = s.term(k);
        boolean negative = Expr.isNegative(t);
        writer.term(k == s.termCount() - 1 ? "" : negative ? " - " : " + ", t, negative);
      }
      return;
    }
    int first = leadingTerm(s);
    for (int k = -1, n = s.termCount(); k < n; k++) {
      if (k == first) continue;
      Expr t = s.term(k < 0 ? first : k);
      boolean negative = Expr.isNegative(t);
      String sign = k >= 0 ? (negative ? " - " : " + ") : negative ? "-" : "";
      writer.term(sign, t, negative);
    }
  }

  /**
   * {@code u^-k} ({@link Expr#isReciprocal}) on a base other than zero: it prints as
   * {@code 1/u^k}. Powers of zero keep their exponent ({@code 0^(-2)}), because {@code 1/0^2}
   * reads back as {@code 1/0}.
   */
  static boolean isReciprocal(Expr e) {
    return Expr.isReciprocal(e) && !Expr.isZero(((Power) e).base());
  }

  /** True if a factor of {@code product} from {@code start} on is {@code s^-1} for a sum s. */
  static boolean hasReciprocalSum(Product product, int start) {
    for (int i = start, n = product.factorCount(); i < n; i++) {
      if (product.factor(i) instanceof Power p && p.base() instanceof Sum
          && p.exponent().equals(Num.MINUS_ONE)) {
        return true;
      }
    }
    return false;
  }

  /** A number that prints as plain digits. */
  static boolean isNatural(Rational r) {
    return r.signum() >= 0 && r.isInteger();
  }

  /**
   * What prints as one token or one call, so needs no parentheses as a base, an exponent or a
   * factor: names, constants, calls, natural numbers and square roots {@code sqrt(u)}.
   */
  static boolean isPrimary(Expr e) {
    if (e instanceof Var || e instanceof Constant || e instanceof Call) return true;
    if (e instanceof Num n) return isNatural(n.value());
    return e instanceof Power p && p.exponent() instanceof Num k
        && k.value().equals(Rational.HALF);
  }
}

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
import java.math.BigInteger;
import java.util.List;

/** The questions both printers ask of a node: is it negative, a reciprocal, a primary. */
final class Printing {
  private Printing() {}

  /** A negative number, or a product with a negative coefficient: printed after a minus. */
  static boolean isNegative(Expr e) {
    if (e instanceof Num n) return n.value().signum() < 0;
    return e instanceof Product p && p.coefficient().signum() < 0;
  }

  /**
   * {@code u^-k} for a number k > 0 and a base other than zero: it prints as {@code 1/u^k}.
   * Powers of zero keep their exponent ({@code 0^(-2)}), because {@code 1/0^2} reads back as
   * {@code 1/0}.
   */
  static boolean isReciprocal(Expr e) {
    return e instanceof Power p && p.exponent() instanceof Num k && k.value().signum() < 0
        && !p.base().isZero();
  }

  /** True if one of the factors from {@code start} on is {@code s^-1} for a sum s. */
  static boolean hasReciprocalSum(List<Expr> factors, int start) {
    for (int i = start; i < factors.size(); i++) {
      if (factors.get(i) instanceof Power p && p.base() instanceof Sum
          && p.exponent().equals(Num.MINUS_ONE)) {
        return true;
      }
    }
    return false;
  }

  /** Appends an integer, without going through a String when it fits in a long. */
  static void append(StringBuilder out, BigInteger n) {
    if (n.bitLength() < 64) {
      out.append(n.longValue());
    } else {
      out.append(n);
    }
  }

  /** Appends {@code 3} or {@code -1/2}, exactly. */
  static void append(StringBuilder out, Rational r) {
    append(out, r.numerator());
    if (!r.isInteger()) append(out.append('/'), r.denominator());
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

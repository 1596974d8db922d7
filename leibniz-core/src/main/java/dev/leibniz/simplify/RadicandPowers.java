package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.ABS;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * The negative powers of a variable taken out of a radicand, as the absolute value of their root:
 * {@code sqrt(1 - 1/x^2) = sqrt(x^2 - 1)/abs(x)}, {@code (1/x^2 + 1)^(-1/2) = abs(x)/sqrt(x^2 +
 * 1)}, so that the derivative of {@code acos(1/x)} reads {@code 1/(abs(x)*sqrt(x^2 - 1))} as a
 * textbook writes it, where it was {@code 1/(x^2*sqrt(1 - 1/x^2))}.
 *
 * <p>For a sum S whose terms hold negative whole powers of a variable x, the lowest {@code x^-n},
 * let m be the least integer with 2m >= n, so that {@code P = x^(2m)*S}, each term multiplied
 * out, holds none. Then {@code S^(k/2) = P^(k/2) * abs(x)^(-m*k)} for every integer k: S is
 * defined only where x is not 0, where {@code x^(2m) = abs(x)^(2m) > 0}, so S and P have the same
 * sign and {@code (P*abs(x)^(-2m))^(k/2) = P^(k/2) * abs(x)^(-m*k)} wherever P >= 0 (P > 0 for a
 * negative k), as the real root of a product of non-negative numbers is the product of their
 * roots. Where S^(k/2) is undefined (S < 0, or S = 0 for k < 0) so is P^(k/2); the right side may
 * be defined where the left is not (at x = 0 for k < 0), never the reverse. Each variable with a
 * negative power is taken out in turn: {@code sqrt(1/x^2 + 1/y^2) = sqrt(x^2 + y^2)/abs(x*y)}.
 * Fractional powers of x in a term are multiplied like any other factor but do not count in n.
 */
final class RadicandPowers {
  /** Past this many bits an exponent is left alone: a power that large is no textbook's. */
  private static final int MAX_EXPONENT_BITS = 16;

  /** The most variables taken out of one radicand. */
  private static final int MAX_VARIABLES = 8;

  private RadicandPowers() {}

  /** True when a term of {@code s} has a negative whole power of a variable: builds nothing. */
  static boolean hasCandidate(Sum s) {
    for (Expr t : s.terms()) {
      if (negativeVariable(t) != null) return true;
    }
    return false;
  }

  /**
   * {@code radicand^exponent}, for a half-integer exponent, with the negative powers of each
   * variable taken out; null when no term of the radicand has one.
   */
  static Expr pulledOut(Expr radicand, Rational exponent) {
    if (exponent.numerator().bitLength() > MAX_EXPONENT_BITS) return null;
    long k = exponent.numerator().longValueExact();
    List<Expr> outside = new ArrayList<>();
    Expr inside = radicand;
    // Each pass clears one variable's negative powers and adds none: at most one per variable.
    while (inside instanceof Sum s && outside.size() < MAX_VARIABLES) {
      Var x = firstNegativeVariable(s);
      if (x == null) break;
      long lowest = lowestPower(s, x);
      if (lowest == Long.MIN_VALUE) return null;
      long m = (1 - lowest) / 2;
      Expr scale = Expr.power(x, 2 * m);
      List<Expr> terms = new ArrayList<>(s.terms().size());
      for (Expr t : s.terms()) terms.add(Expr.product(t, scale));
      inside = Expr.sum(terms);
      // abs(x)^j is x^j for an even j: sqrt(1 - 1/x^4) = sqrt(x^4 - 1)/x^2.
      long j = -m * k;
      outside.add(Expr.power(j % 2 == 0 ? x : Expr.call(ABS, x), j));
    }
    if (outside.isEmpty()) return null;
    outside.add(Expr.power(inside, Expr.num(exponent)));
    return Expr.product(outside);
  }

  /** The first variable with a negative whole power in a term of {@code s}, or null. */
  private static Var firstNegativeVariable(Sum s) {
    for (Expr t : s.terms()) {
      Var x = negativeVariable(t);
      if (x != null) return x;
    }
    return null;
  }

  /** A variable that the term {@code t} holds to a negative whole power, or null. */
  private static Var negativeVariable(Expr t) {
    if (t instanceof Product p) {
      for (Expr f : p.factors()) {
        Var x = negativeVariable(f);
        if (x != null) return x;
      }
      return null;
    }
    return t instanceof Power p && p.base() instanceof Var x && isNegativeWhole(p) ? x : null;
  }

  /**
   * The lowest whole power of {@code x} in a term of {@code s} (0 for a term without one), or
   * {@link Long#MIN_VALUE} when one is past {@link #MAX_EXPONENT_BITS}.
   */
  private static long lowestPower(Sum s, Var x) {
    long lowest = 0;
    for (Expr t : s.terms()) {
      for (Expr f : t instanceof Product p ? p.factors() : List.of(t)) {
        if (!(f instanceof Power p) || !p.base().equals(x)) continue;
        if (!(p.exponent() instanceof Num n) || !n.value().isInteger()) continue;
        if (n.value().numerator().bitLength() > MAX_EXPONENT_BITS) return Long.MIN_VALUE;
        lowest = Math.min(lowest, n.value().numerator().longValueExact());
      }
    }
    return lowest;
  }

  private static boolean isNegativeWhole(Power p) {
    return p.exponent() instanceof Num n && n.value().isInteger() && n.value().signum() < 0;
  }
}

package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;

/**
 * The length of an expression as a person reads it: the operations of its printed form, counted
 * the way SymPy's {@code count_ops} counts them, so that the simplifier's choice matches the
 * measure users and the acceptance suite apply. {@code 1/(x + 1)^2} costs 3 (a division, a power
 * and an addition), {@code x - 1} costs 1, {@code -x - 1} costs 2, {@code sqrt(x)} costs 2 (a
 * power with exponent 1/2), {@code e^x} and {@code sin(x)} cost 1.
 */
final class OperationCount {
  private OperationCount() {}

  static int of(Expr e) {
    if (e instanceof Var || e instanceof Constant) return 0;
    if (e instanceof Num n) return ofNumber(n.value());
    if (e instanceof Call c) return 1 + of(c.argument());
    if (e instanceof Sum s) return ofSum(s);
    if (e instanceof Product p) return ofProduct(p);
    if (e instanceof Power p) return isReciprocal(p) ? 1 + ofFactor(p, true) : ofFactor(p, false);
    throw new IllegalStateException("unhandled " + e);
  }

  private static int ofNumber(Rational r) {
    return (r.signum() < 0 ? 1 : 0) + (r.isInteger() ? 0 : 1);
  }

  /** Terms joined by {@code +} or {@code -}, and a negation when every term is negative. */
  private static int ofSum(Sum s) {
    int ops = s.terms().size() - 1;
    boolean allNegative = true;
    for (Expr t : s.terms()) {
      ops += isNegative(t) ? ofNegated(t) : of(t);
      allNegative &= isNegative(t);
    }
    return ops + (allNegative ? 1 : 0);
  }

  /**
   * The count of {@code -t} for a negative term, without building it: a negative number's
   * absolute value, or the product with its coefficient negated (a canonical product's factors
   * do not change with the sign of its coefficient, and a product of 1 and one factor counts as
   * that factor).
   */
  private static int ofNegated(Expr t) {
    if (t instanceof Num n) return ofNumber(n.value().negate());
    return ofProduct((Product) t, ((Product) t).coefficient().negate());
  }

  private static int ofProduct(Product p) {
    return ofProduct(p, p.coefficient());
  }

  /**
   * A sign, factors joined by {@code *}, and one {@code /} before the denominator; {@code c}
   * stands for the coefficient.
   */
  private static int ofProduct(Product p, Rational c) {
    int numerator = c.numerator().abs().equals(java.math.BigInteger.ONE) ? 0 : 1;
    int denominator = c.denominator().equals(java.math.BigInteger.ONE) ? 0 : 1;
    int ops = c.signum() < 0 ? 1 : 0;
    for (Expr f : p.factors()) {
      if (f instanceof Num) continue;
      if (isReciprocal(f)) {
        denominator++;
        ops += ofFactor(f, true);
      } else {
        numerator++;
        ops += ofFactor(f, false);
      }
    }
    ops += Math.max(0, numerator - 1) + Math.max(0, denominator - 1);
    return ops + (denominator > 0 ? 1 : 0);
  }

  /** A factor, printed with a positive exponent when it stands in a denominator. */
  private static int ofFactor(Expr f, boolean inDenominator) {
    if (!(f instanceof Power p)) return of(f);
    if (p.base() == Constant.E) return 1 + of(p.exponent());
    Rational k = p.exponent() instanceof Num n ? n.value() : null;
    if (k == null) return 1 + of(p.base()) + of(p.exponent());
    if (inDenominator) k = k.negate();
    if (k.isOne()) return of(p.base());
    int ops = of(p.base()) + 1 + ofNumber(k);
    return inDenominator || k.signum() > 0 ? ops : ops + 1;
  }

  private static boolean isReciprocal(Expr f) {
    return f instanceof Power p && p.exponent() instanceof Num n && n.value().signum() < 0
        && p.base() != Constant.E;
  }

  private static boolean isNegative(Expr t) {
    if (t instanceof Num n) return n.value().signum() < 0;
    return t instanceof Product p && p.coefficient().signum() < 0;
  }
}

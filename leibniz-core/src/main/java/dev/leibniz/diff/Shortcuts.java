package dev.leibniz.diff;

import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.sum;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import java.util.List;

/**
 * The rules' results built with less work than the general constructors need, each giving the
 * same canonical tree they would: a sum of one term, a product of three with a factor 1 or a
 * number in front, the predecessor of a number.
 */
final class Shortcuts {
  private static final Num MINUS_TWO = Num.of(Rational.of(-2));
  private static final Num MINUS_HALF = Num.of(Rational.of(-1, 2));

  private Shortcuts() {}

  /**
   * The canonical sum of {@code terms}, each canonical and none 0: one term is its own sum, so
   * only two or more go through the builder (which would drop the zeros and hand a lone term
   * back unchanged).
   */
  static Expr sumOf(List<Expr> terms) {
    int n = terms.size();
    return n == 0 ? Num.ZERO : n == 1 ? terms.get(0) : sum(terms);
  }

  /**
   * {@code a*b*c}, canonical, with less work than gathering and sorting three factors: a factor
   * {@code c} of 1 (the derivative of the variable itself, or {@code ln(e)}) is left out, and a
   * number {@code a} multiplies the merged {@code b*c} (a coefficient times a product is the
   * same canonical product however it is grouped, and a number times a lone sum is distributed
   * either way). Otherwise the three are gathered: {@code y*(2*(x + 1))} would keep the
   * distributed {@code 2*x + 2} that {@code 2*y*(x + 1)} does not. Two numbers {@code a} and
   * {@code c} ({@code (3*x + 1)^2}'s {@code 2*(3*x + 1)*3}) are multiplied first, so that one
   * product is built, not two.
   */
  static Expr product3(Expr a, Expr b, Expr c) {
    if (Expr.isOne(c)) return product(a, b);
    if (!(a instanceof Num k)) return product(a, b, c);
    if (c instanceof Num m) return product(Num.of(k.value().multiply(m.value())), b);
    return product(a, product(b, c));
  }

  /**
   * {@code n - 1}: for a number, its predecessor at once (the commonest exponents, -1 of a
   * quotient, 1/2 of a square root and 2 of a square, without arithmetic); otherwise the
   * canonical sum.
   */
  static Expr minusOne(Expr n) {
    if (!(n instanceof Num k)) return sum(n, num(-1));
    Rational v = k.value();
    if (v.equals(Rational.MINUS_ONE)) return MINUS_TWO;
    if (v.equals(Rational.HALF)) return MINUS_HALF;
    if (v.equals(Rational.TWO)) return Num.ONE;
    return Num.of(v.add(Rational.MINUS_ONE));
  }
}

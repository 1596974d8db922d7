package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A square rational content taken out of a radicand: {@code sqrt(x^2/4 + 1) = sqrt(x^2 + 4)/2},
 * {@code sqrt(1 - x^2/4) = sqrt(4 - x^2)/2}, {@code (4*x + 4)^(3/2) = 8*(x + 1)^(3/2)}. For a sum
 * {@code s = c*u} whose content c (the positive rational that leaves u with coprime integer
 * coefficients) is a square {@code r^2}, {@code s^(k/2) = r^k * u^(k/2)} for every integer k:
 * with r > 0, wherever u >= 0 (so wherever either side is defined on the reals) both sides are
 * {@code (r^2*u)^(k/2)} and {@code r^k*(u)^(k/2)}, equal since the real square root of a product
 * of non-negative numbers is the product of their roots; where u < 0 neither side is defined.
 *
 * <p>SymPy's {@code simplify} writes {@code 1/sqrt(4 - x^2)} for the derivative of
 * {@code asin(x/2)} the same way. The negative powers of a variable come out of the radicand in
 * the same pass ({@link RadicandPowers}: {@code sqrt(1 - 1/x^2) = sqrt(x^2 - 1)/abs(x)}), the
 * content first. The simplifier keeps the rewrite only when a form built from it is shorter.
 */
final class RadicandContent {
  private RadicandContent() {}

  /**
   * {@code e} with every square content, and every negative power of a variable
   * ({@link RadicandPowers}), taken out of its radicands; e itself when none.
   */
  static Expr pulledOut(Expr e) {
    if (!hasCandidate(e)) return e;
    try {
      return Rewriter.bottomUp(e, RadicandContent::pulledOutOfRadical);
    } catch (WorkBudget.Exhausted spent) {
      return e;
    }
  }

  /**
   * The cheap shape test, before anything is built: a radical of a sum with a square content,
   * or with a negative power of a variable in a term, anywhere in the rational structure of e.
   */
  private static boolean hasCandidate(Expr e) {
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (hasCandidate(child)) return true;
      }
      return false;
    }
    if (!(e instanceof Power p) || !(p.exponent() instanceof Num n)) return false;
    if (n.value().isInteger()) return hasCandidate(p.base());
    return isHalfInteger(n.value()) && p.base() instanceof Sum s
        && (RadicandPowers.hasCandidate(s) || squareContent(s).isPresent());
  }

  /** The root r of the sum's content c = r^2, when c is a square other than 1. */
  private static Optional<Rational> squareContent(Sum s) {
    Rational content = content(s);
    return content.isOne() ? Optional.empty() : content.root(2);
  }

  private static boolean isHalfInteger(Rational k) {
    return k.denominator().equals(BigInteger.TWO);
  }

  /**
   * A radical of a sum with its square content and its variables' negative powers taken out
   * ({@link RadicandPowers}); a product with the absolute values these leave joined to the
   * powers of their argument beside them ({@code abs(x)/x^2 = 1/abs(x)}, {@link AbsoluteValues}).
   */
  private static Expr pulledOutOfRadical(Expr node) {
    if (node instanceof Product) return AbsoluteValues.node(node);
    if (!(node instanceof Power p) || !(p.base() instanceof Sum s)
        || !(p.exponent() instanceof Num n) || !isHalfInteger(n.value())) {
      return node;
    }
    BigInteger k = n.value().numerator();
    if (k.bitLength() > 16) return node;
    Optional<Rational> root = squareContent(s);
    Expr radicand = s;
    Expr outside = Num.ONE;
    if (root.isPresent()) {
      Expr inverse = Expr.num(Rational.ONE.divide(root.get().pow(2)));
      List<Expr> terms = new ArrayList<>(s.terms().size());
      for (Expr t : s.terms()) terms.add(Expr.product(inverse, t));
      radicand = Expr.sum(terms);
      outside = Expr.num(root.get().pow(k.intValueExact()));
    }
    Expr radical = RadicandPowers.pulledOut(radicand, n.value());
    if (radical == null) {
      if (root.isEmpty()) return node;
      radical = Expr.power(radicand, p.exponent());
    }
    return Expr.product(outside, radical);
  }

  /** The positive gcd of the terms' numeric coefficients over the lcm of their denominators. */
  private static Rational content(Sum s) {
    BigInteger numerators = BigInteger.ZERO;
    BigInteger denominators = BigInteger.ONE;
    for (Expr t : s.terms()) {
      Rational c = t instanceof Num num ? num.value()
          : t instanceof Product product ? product.coefficient() : Rational.ONE;
      numerators = numerators.gcd(c.numerator());
      BigInteger d = c.denominator();
      denominators = denominators.divide(denominators.gcd(d)).multiply(d);
    }
    return Rational.of(numerators, denominators);
  }
}

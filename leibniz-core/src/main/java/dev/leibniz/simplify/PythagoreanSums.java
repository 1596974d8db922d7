package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.COTH;
import static dev.leibniz.expr.MathFunction.CSC;
import static dev.leibniz.expr.MathFunction.CSCH;
import static dev.leibniz.expr.MathFunction.SECH;
import static dev.leibniz.expr.MathFunction.TANH;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;

/**
 * Two terms of a sum that a Pythagorean identity joins into one, wherever they meet:
 *
 * <ul>
 *   <li>{@code t - t*tanh(u)^2 = t*sech(u)^2} (the derivative of tanh, as the cheat sheet
 *       writes it, is {@code sech(u)^2});
 *   <li>{@code t - t*coth(u)^2 = -t*csch(u)^2};
 *   <li>{@code t + t*csch(u)^2 = t*coth(u)^2};
 *   <li>{@code t + t*cot(u)^2 = t*csc(u)^2}.
 * </ul>
 *
 * <p>Each side of each identity has the same domain on the reals: all of it for tanh and sech,
 * {@code u != 0} for coth and csch, {@code sin(u) != 0} for cot and csc. The pair
 * {@code t*f(u)^k} and {@code t*f(u)^(k+2)} is met as well: {@code tanh(u) - tanh(u)^3} is
 * {@code tanh(u)*sech(u)^2}.
 *
 * <p>Unlike the identities of {@link TrigRewrites}, which the search tries as candidates and
 * keeps only when a form built from them is shorter, these never lengthen: the joined term
 * writes t once instead of twice and drops the sum's operator, which is shorter unless t is a
 * power of f(u) itself ({@code tanh(u)*sech(u)^2} and {@code tanh(u) - tanh(u)^3} are equally
 * long). So {@link FullSimplifier} applies them once to its result, with no search: as a
 * candidate, {@code tanh(u)^2 = 1 - sech(u)^2} would be tried on every form of every expression
 * with a tanh, since derivatives are full of {@code 1 - tanh(u)^2}, and would make the search
 * about a quarter slower on the mix (bench/simplify-ab). The other direction of two of them
 * ({@code sech(u)^2 = 1 - tanh(u)^2}, {@code csc(u)^2 = 1 + cot(u)^2}) stays a candidate there,
 * for the forms in which it meets something.
 */
final class PythagoreanSums {
  /** {@code 1 + sign*f(u)^2 = factor*g(u)^2}. */
  private record Identity(MathFunction f, int sign, int factor, MathFunction g) {}

  private static final List<Identity> IDENTITIES = List.of(
      new Identity(TANH, -1, 1, SECH),
      new Identity(COTH, -1, -1, CSCH),
      new Identity(CSCH, 1, 1, COTH),
      new Identity(COT, 1, 1, CSC));

  private PythagoreanSums() {}

  /** {@code e} with every such pair in its sums joined (one level: not inside calls). */
  static Expr of(Expr e) {
    if (!hasSumWithSquare(e)) return e;
    return Rewriter.bottomUp(e, node -> node instanceof Sum s ? joined(s) : node);
  }

  /**
   * {@code e} with every such pair joined, in function arguments and radicals too; the same
   * object when there is none.
   */
  static Expr everywhere(Expr e) {
    return Everywhere.rewrite(e,
        node -> node instanceof Sum s && hasSquareTerm(s) ? joined(s) : node);
  }

  private static Expr joined(Sum s) {
    List<Expr> terms = new ArrayList<>(s.terms());
    boolean changed = false;
    for (int j = 0; j < terms.size(); j++) {
      Expr joined = joinedWithPartner(terms, j);
      if (joined != null) {
        changed = true;
        terms.remove(j--);
      }
    }
    return changed ? Expr.sum(terms) : s;
  }

  /**
   * When term {@code j} is {@code sign*t*f(u)^k} (k >= 2) and another term is {@code t}, that
   * other term set to {@code factor*t*g(u)^2}, and returned; else null.
   */
  private static Expr joinedWithPartner(List<Expr> terms, int j) {
    Expr term = terms.get(j);
    List<Expr> factors = term instanceof Product p ? p.factors() : List.of(term);
    for (Expr factor : factors) {
      Identity identity = squareOf(factor);
      if (identity == null) continue;
      Expr call = ((Power) factor).base();
      Expr t = Expr.product(Expr.num(identity.sign()), term, Expr.power(call, -2));
      for (int i = 0; i < terms.size(); i++) {
        if (i == j || !terms.get(i).equals(t)) continue;
        Expr joined = Expr.product(Expr.num(identity.factor()), t,
            Expr.power(Expr.call(identity.g(), ((Call) call).argument()), 2));
        terms.set(i, joined);
        return joined;
      }
    }
    return null;
  }

  /** True when a term of {@code s} has a factor {@code f(u)^k} (k >= 2) of an identity. */
  private static boolean hasSquareTerm(Sum s) {
    for (Expr term : s.terms()) {
      if (term instanceof Product p) {
        for (Expr factor : p.factors()) {
          if (squareOf(factor) != null) return true;
        }
      } else if (squareOf(term) != null) {
        return true;
      }
    }
    return false;
  }

  /** The identity for {@code f(u)^k} with an integer k >= 2, or null. */
  private static Identity squareOf(Expr e) {
    if (!(e instanceof Power p && p.base() instanceof Call c && p.exponent() instanceof Num n
        && n.value().isInteger() && n.value().compareTo(Rational.TWO) >= 0)) {
      return null;
    }
    for (Identity identity : IDENTITIES) {
      if (identity.f() == c.function()) return identity;
    }
    return null;
  }

  /**
   * True when a sum in the rational structure of e has a term with {@code f(u)^k} (k >= 2) for
   * one of the identities' f: a walk that builds nothing, so that most forms are left at once.
   */
  private static boolean hasSumWithSquare(Expr e) {
    if (e instanceof Sum s && hasSquareTerm(s)) return true;
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (hasSumWithSquare(child)) return true;
      }
      return false;
    }
    return e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()
        && hasSumWithSquare(p.base());
  }
}

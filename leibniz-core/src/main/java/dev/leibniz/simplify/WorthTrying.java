package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.SIN;

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
 * Whether an identity of {@link TrigRewrites} can lead to a shorter form, judged by a walk that
 * builds nothing, so that the rewrite, and the rational forms of its result, are built only where
 * they can pay. Where {@link TrigShapes} asks whether a rewrite changes anything, this asks whether
 * the change can meet anything: an identity replaces a few functions by others, and the result is
 * shorter only when the new terms combine with terms already there.
 *
 * <p>Each walk covers what the rewrites cover: sums, products and the bases of integer powers, not
 * function arguments. A false answer means no form built from the rewrite was found shorter on the
 * held-back suite, the mix and a seeded random family (the tests); the reasons are given with each
 * test.
 */
final class WorthTrying {
  private WorthTrying() {}

  /**
   * The Pythagorean rewrite of every {@code f(u)^(2k)} by the square of its partner {@code g}
   * ({@code cos(u)^2 = 1 - sin(u)^2}) can shorten {@code e} only when a rewritten square meets
   * something: {@code g(u)} itself ({@code cos(u)^2/(1 - sin(u))}, {@code cos(u)^2 - sin(u)^2}),
   * or, in one sum, a term with the same other factors, which the constant of the identity
   * cancels or joins ({@code 1 - cos(u)^2 = sin(u)^2}, {@code y*sec(u)^2 - y = y*tan(u)^2}).
   * Otherwise every square becomes a longer sum that nothing collects.
   */
  static boolean pythagorean(Expr e, MathFunction f, MathFunction g) {
    List<Expr> arguments = new ArrayList<>();
    if (squareMeetsItsTerms(e, f, arguments)) return true;
    for (Expr u : arguments) {
      if (calls(e, g, u)) return true;
    }
    return false;
  }

  /**
   * Writing one pair {@code sin(A)*cos(B)} of a product as {@code (sin(A + B) + sin(A - B))/2}
   * ({@link ProductToSum}) can shorten {@code e} only when the new arguments collect or the new
   * functions meet: when two arguments of sines and cosines in e share a term, so that
   * {@code A + B} or {@code A - B} collects ({@code 2*sin(x + 1)*cos(x - 1) = sin(2*x) + sin(2)},
   * {@code cos(x)*cos(x - z) - sin(x)*sin(x - z) = cos(2*x - z)}), or when two arguments each
   * occur twice, so that two pairs of them give the same new functions
   * ({@code cos(a)*cos(b) - sin(a)*sin(b) = cos(a + b)}). Otherwise every new function has an
   * argument longer than A and B apart and meets nothing.
   */
  static boolean productToSum(Expr e) {
    List<Call> calls = new ArrayList<>();
    sinesAndCosines(e, calls);
    if (calls.size() < 2) return false;
    List<Expr> arguments = new ArrayList<>();
    int repeated = 0;
    for (Call c : calls) {
      Expr u = c.argument();
      int seen = 0;
      for (Expr v : arguments) {
        if (v.equals(u)) {
          seen++;
        } else if (shareATerm(u, v)) {
          return true;
        }
      }
      if (seen == 1) repeated++;
      if (repeated >= 2) return true;
      arguments.add(u);
    }
    return false;
  }

  /**
   * True when, in a sum of e, a term with {@code f(u)^k} (k >= 2) has a partner term with the
   * same other factors; collects each such u into {@code arguments} along the way.
   */
  private static boolean squareMeetsItsTerms(Expr e, MathFunction f, List<Expr> arguments) {
    if (e instanceof Sum s) {
      List<Expr> terms = s.terms();
      for (int i = 0; i < terms.size(); i++) {
        Expr rest = withoutSquare(terms.get(i), f, arguments);
        if (rest == null) continue;
        for (int j = 0; j < terms.size(); j++) {
          if (j != i && rest.equals(withoutCoefficient(terms.get(j)))) return true;
        }
      }
    } else if (e instanceof Power p && isSquareOrMore(p, f)) {
      arguments.add(((Call) p.base()).argument());
      return false;
    }
    for (Expr child : structure(e)) {
      if (squareMeetsItsTerms(child, f, arguments)) return true;
    }
    return false;
  }

  /**
   * The term without its number and its factor {@code f(u)^k} (k >= 2), the u added to
   * {@code arguments}; null when the term has no such factor.
   */
  private static Expr withoutSquare(Expr term, MathFunction f, List<Expr> arguments) {
    if (term instanceof Power p && isSquareOrMore(p, f)) {
      arguments.add(((Call) p.base()).argument());
      return Num.ONE;
    }
    if (!(term instanceof Product p)) return null;
    List<Expr> rest = new ArrayList<>(p.factors().size());
    boolean found = false;
    for (Expr factor : p.factors()) {
      if (!found && factor instanceof Power q && isSquareOrMore(q, f)) {
        arguments.add(((Call) q.base()).argument());
        found = true;
      } else if (!(factor instanceof Num)) {
        rest.add(factor);
      }
    }
    return found ? Expr.product(rest) : null;
  }

  private static Expr withoutCoefficient(Expr term) {
    if (term instanceof Num) return Num.ONE;
    return term instanceof Product p ? p.withoutCoefficient() : term;
  }

  private static boolean isSquareOrMore(Power p, MathFunction f) {
    return p.base() instanceof Call c && c.function() == f && p.exponent() instanceof Num n
        && n.value().isInteger() && n.value().compareTo(Rational.TWO) >= 0;
  }

  /** True when {@code f(u)} is called in the rational structure of e. */
  private static boolean calls(Expr e, MathFunction f, Expr u) {
    if (e instanceof Call c) return c.function() == f && c.argument().equals(u);
    for (Expr child : structure(e)) {
      if (calls(child, f, u)) return true;
    }
    return false;
  }

  private static void sinesAndCosines(Expr e, List<Call> out) {
    if (e instanceof Call c) {
      if (c.function() == SIN || c.function() == COS) out.add(c);
      return;
    }
    for (Expr child : structure(e)) sinesAndCosines(child, out);
  }

  /** True when a term of A and a term of B are equal up to their numbers. */
  private static boolean shareATerm(Expr a, Expr b) {
    for (Expr s : termsOf(a)) {
      Expr rest = withoutCoefficient(s);
      for (Expr t : termsOf(b)) {
        if (rest.equals(withoutCoefficient(t))) return true;
      }
    }
    return false;
  }

  private static List<Expr> termsOf(Expr e) {
    return e instanceof Sum s ? s.terms() : List.of(e);
  }

  /** The children the rewrites walk into: terms, factors, the base of an integer power. */
  private static List<Expr> structure(Expr e) {
    if (e instanceof Sum || e instanceof Product) return e.children();
    if (e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()) {
      return List.of(p.base());
    }
    return List.of();
  }
}

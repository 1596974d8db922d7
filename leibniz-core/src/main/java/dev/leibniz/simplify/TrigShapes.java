package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.SINH;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a rewrite of {@link TrigRewrites} can change an expression at all, judged by a walk
 * that builds nothing: the rewrites rebuild the tree through the constructors, which costs far
 * more than looking, and most expressions have nothing for them. Each test walks the part of the
 * tree the rewrite walks (sums, products and the bases of integer powers, as {@link Rewriter}
 * does) and answers true whenever the rewrite could apply, so that skipping on false never loses
 * a form.
 */
final class TrigShapes {
  /** The largest power of a sine or cosine that {@link TrigRewrites#quotients} rewrites. */
  static final int MAX_QUOTIENT_POWER = 64;

  private TrigShapes() {}

  /**
   * The arguments of the calls of {@code f} or {@code g} in the rational structure of {@code e}
   * (not inside other calls' arguments, nor in exponents other than numbers).
   */
  static Set<Expr> argumentsOf(Expr e, MathFunction f, MathFunction g) {
    Set<Expr> out = new HashSet<>();
    collectArguments(e, f, g, out);
    return out;
  }

  private static void collectArguments(Expr e, MathFunction f, MathFunction g, Set<Expr> out) {
    if (e instanceof Call c) {
      if (c.function() == f || c.function() == g) out.add(c.argument());
    } else if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) collectArguments(child, f, g, out);
    } else if (e instanceof Power p && p.exponent() instanceof Num) {
      collectArguments(p.base(), f, g, out);
    }
  }

  /** True when {@code f(u)^k} occurs with an integer {@code k >= 2}: evenPowers can apply. */
  static boolean hasSquareOf(Expr e, MathFunction f) {
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (hasSquareOf(child, f)) return true;
      }
      return false;
    }
    if (!(e instanceof Power p && isInteger(p))) return false;
    if (p.base() instanceof Call c && c.function() == f) {
      return ((Num) p.exponent()).value().compareTo(Rational.TWO) >= 0;
    }
    return hasSquareOf(p.base(), f);
  }

  /**
   * True when a sine or cosine (circular or hyperbolic) occurs to a negative integer power, the
   * only case in which {@link TrigRewrites#quotients} writes a tangent, secant or the like.
   */
  static boolean hasSineOrCosineQuotient(Expr e) {
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (hasSineOrCosineQuotient(child)) return true;
      }
      return false;
    }
    if (!(e instanceof Power p && isInteger(p))) return false;
    if (p.base() instanceof Call c && isSineOrCosine(c.function())) {
      Rational k = ((Num) p.exponent()).value();
      return k.signum() < 0 && k.negate().compareTo(Rational.of(MAX_QUOTIENT_POWER)) <= 0;
    }
    return hasSineOrCosineQuotient(p.base());
  }

  /** True when a product has a sine and a cosine among its factors, to write at double angle. */
  static boolean hasSineCosinePair(Expr e) {
    if (e instanceof Product p) {
      boolean sine = false;
      boolean cosine = false;
      for (Expr f : p.factors()) {
        sine |= f instanceof Call c && c.function() == SIN;
        cosine |= f instanceof Call c && c.function() == COS;
      }
      if (sine && cosine) return true;
    }
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (hasSineCosinePair(child)) return true;
      }
      return false;
    }
    return e instanceof Power p && isInteger(p) && hasSineCosinePair(p.base());
  }

  private static boolean isInteger(Power p) {
    return p.exponent() instanceof Num n && n.value().isInteger();
  }

  private static boolean isSineOrCosine(MathFunction f) {
    return f == SIN || f == COS || f == SINH || f == COSH;
  }
}

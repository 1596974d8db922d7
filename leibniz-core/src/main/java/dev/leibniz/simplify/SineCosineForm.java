package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.COTH;
import static dev.leibniz.expr.MathFunction.CSC;
import static dev.leibniz.expr.MathFunction.CSCH;
import static dev.leibniz.expr.MathFunction.SEC;
import static dev.leibniz.expr.MathFunction.SECH;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.SINH;
import static dev.leibniz.expr.MathFunction.TAN;
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
 * Every tangent, cotangent, secant and cosecant (circular and hyperbolic) written with sine and
 * cosine: {@code tan(u) = sin(u)/cos(u)}, {@code cot(u) = cos(u)/sin(u)},
 * {@code sec(u) = 1/cos(u)}, {@code csc(u) = 1/sin(u)}, and the same for tanh, coth, sech, csch.
 * SymPy's {@code fu} starts the same way (its rule TR2): over sine and cosine alone, the rational
 * step and the Pythagorean identities see that {@code cos(x)*sec(x)^2 - sin(x)*tan(x)} is
 * {@code (1 - sin(x)^2)/cos(x)}, that is {@code cos(x)}.
 *
 * <p>Each side of each identity is defined exactly where the denominator on the right is not
 * zero, so the rewrite holds on the whole real domain of its input. The simplifier keeps it only
 * when a form built from it is shorter; {@link TrigRewrites#quotients} turns what is left back
 * into tangents and secants.
 *
 * <p>{@link #canShorten} tells, by a walk that builds nothing, when the rewrite is worth trying.
 */
final class SineCosineForm {
  private SineCosineForm() {}

  /** {@code e} with every tan, cot, sec, csc (and tanh, coth, sech, csch) over sin and cos. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (!(node instanceof Call c)) return node;
      MathFunction f = c.function();
      boolean hyperbolic = f == TANH || f == COTH || f == SECH || f == CSCH;
      Expr sin = Expr.call(hyperbolic ? SINH : SIN, c.argument());
      Expr cos = Expr.call(hyperbolic ? COSH : COS, c.argument());
      if (f == TAN || f == TANH) return Expr.quotient(sin, cos);
      if (f == COT || f == COTH) return Expr.quotient(cos, sin);
      if (f == SEC || f == SECH) return Expr.power(cos, -1);
      if (f == CSC || f == CSCH) return Expr.power(sin, -1);
      return node;
    });
  }

  /** True when {@code f} is one of the functions this form rewrites. */
  static boolean rewrites(MathFunction f) {
    return f == TAN || f == COT || f == SEC || f == CSC || f == TANH || f == COTH || f == SECH
        || f == CSCH;
  }

  /**
   * False when writing {@code e} over sine and cosine cannot lead to a shorter form, so that the
   * rewrite and the rational forms of its result need not be built. Over sine and cosine taken as
   * independent generators, a rational function of one {@code tan(u)} alone is a function of
   * {@code sin(u)/cos(u)} alone, and its forms, written back by
   * {@link TrigRewrites#quotients}, are its forms in {@code tan(u)}, which the simplifier has
   * already tried. A shorter form needs one of:
   *
   * <ul>
   *   <li>two different functions of one argument, circular or hyperbolic alike, one of them
   *       rewritten here: their sines and cosines meet ({@code tan(u)*cos(u) = sin(u)});
   *   <li>a rewritten function in a denominator, which becomes its cofunction
   *       ({@code 1/tanh(u) = coth(u)});
   *   <li>a circular one to a power of 2 or more: the constructors fold
   *       {@code sin(u)^2 + cos(u)^2 = 1} ({@code 1 + tan(u)^2 = 1/cos(u)^2}).
   * </ul>
   *
   * The walk covers what the rewrite covers: sums, products and the bases of integer powers,
   * not function arguments.
   */
  static boolean canShorten(Expr e) {
    List<Call> calls = new ArrayList<>();
    if (collect(e, false, calls)) return true;
    for (int i = 0; i < calls.size(); i++) {
      Call a = calls.get(i);
      if (!rewrites(a.function())) continue;
      for (Call b : calls) {
        if (b.function() != a.function() && isHyperbolic(b.function()) == isHyperbolic(a.function())
            && b.argument().equals(a.argument())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Adds the circular and hyperbolic calls of {@code e} to {@code calls}; true as soon as a
   * rewritten one stands in a denominator or a circular one is squared or more.
   */
  private static boolean collect(Expr e, boolean inDenominator, List<Call> calls) {
    if (e instanceof Call c) {
      if (!isCircularOrHyperbolic(c.function())) return false;
      calls.add(c);
      return inDenominator && rewrites(c.function());
    }
    if (e instanceof Sum s) {
      for (Expr t : s.terms()) {
        if (collect(t, false, calls)) return true;
      }
      return false;
    }
    if (e instanceof Product p) {
      for (Expr f : p.factors()) {
        if (collect(f, inDenominator, calls)) return true;
      }
      return false;
    }
    if (e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()) {
      int sign = n.value().signum();
      if (p.base() instanceof Call c && rewrites(c.function()) && !isHyperbolic(c.function())
          && n.value().abs().compareTo(Rational.TWO) >= 0) {
        return true;
      }
      return collect(p.base(), inDenominator != (sign < 0), calls);
    }
    return false;
  }

  private static boolean isHyperbolic(MathFunction f) {
    return f == SINH || f == COSH || f == TANH || f == COTH || f == SECH || f == CSCH;
  }

  private static boolean isCircularOrHyperbolic(MathFunction f) {
    return isHyperbolic(f) || f == SIN || f == COS || f == TAN || f == COT || f == SEC
        || f == CSC;
  }
}

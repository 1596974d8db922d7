package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.COTH;
import static dev.leibniz.expr.MathFunction.CSC;
import static dev.leibniz.expr.MathFunction.CSCH;
import static dev.leibniz.expr.MathFunction.SEC;
import static dev.leibniz.expr.MathFunction.SECH;
import static dev.leibniz.expr.MathFunction.SIGN;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Trigonometric and hyperbolic identities, each a rewrite of the whole expression that the
 * simplifier tries as one more candidate and keeps only when the result is shorter. Every
 * identity holds wherever both sides are defined, and both sides have the same domain:
 *
 * <ul>
 *   <li>quotients: {@code sin(u)/cos(u) = tan(u)}, {@code cos(u)/sin(u) = cot(u)},
 *       {@code 1/cos(u) = sec(u)}, {@code 1/sin(u) = csc(u)}, and the same for sinh and cosh
 *       ({@link TrigQuotients});
 *   <li>Pythagorean: {@code cos(u)^2 = 1 - sin(u)^2} (or the other way),
 *       {@code sec(u)^2 = 1 + tan(u)^2} (or the other way), {@code csc(u)^2 = 1 + cot(u)^2},
 *       {@code cosh(u)^2 = 1 + sinh(u)^2} (or the other way), {@code sech(u)^2 = 1 - tanh(u)^2};
 *       the directions that always shorten where they apply, {@code 1 - tanh(u)^2 = sech(u)^2}
 *       and the like, are not searched but applied once, throughout, to the search's result
 *       ({@link PythagoreanSums}, in {@link FullSimplifier});
 *   <li>double angles: {@code cos(u)^2 = (1 + cos(2u))/2}, {@code sin(u)^2 = (1 - cos(2u))/2},
 *       {@code sin(u)*cos(u) = sin(2u)/2}, {@code sec(u)^2 = 2/(1 + cos(2u))} and
 *       {@code csc(u)^2 = 2/(1 - cos(2u))} (each side defined where cos(u), or sin(u), is not 0);
 *   <li>products of sines and cosines of different angles as sums ({@link ProductToSum});
 *   <li>{@code sign(u)*abs(u)^m = u^m} for odd m ({@link SignTimesAbs}).
 * </ul>
 */
final class TrigRewrites {
  private TrigRewrites() {}

  /** {@code cos(u)^2 = 1 - sin(u)^2} and {@code sin(u)^2 = 1 - cos(u)^2}. */
  static final List<Identity> SINE_COSINE_SQUARES = List.of(
      pythagorean(COS, SIN, u -> Expr.difference(Expr.num(1), square(SIN, u))),
      pythagorean(SIN, COS, u -> Expr.difference(Expr.num(1), square(COS, u))));

  /** An identity with its name, as a step of an explanation shows it. */
  record Identity(Rewrite.Kind kind, UnaryOperator<Expr> rewrite) {}

  /** The rewrites worth trying on {@code e}, by the functions at its top level, each named. */
  static List<Identity> identities(Expr e) {
    Set<MathFunction> present = EnumSet.noneOf(MathFunction.class);
    functionsAtTop(e, present);
    List<Identity> out = new ArrayList<>();
    if (present.contains(SIN) || present.contains(COS)) {
      out.addAll(SINE_COSINE_SQUARES);
      out.add(new Identity(Rewrite.Kind.DOUBLE_ANGLE, TrigRewrites::doubleAngles));
      if (SingleAngles.worthTrying(e)) {
        out.add(new Identity(Rewrite.Kind.DOUBLE_ANGLE, SingleAngles::of));
      }
      if (HalfAngleTangents.worthTrying(e)) {
        out.add(new Identity(Rewrite.Kind.HALF_ANGLE, HalfAngleTangents::of));
      }
      out.add(new Identity(Rewrite.Kind.PRODUCT_TO_SUM,
          x -> WorthTrying.productToSum(x) ? ProductToSum.of(x) : x));
    }
    if (present.contains(SEC) || present.contains(TAN)) {
      out.add(pythagorean(SEC, TAN, u -> Expr.sum(Expr.num(1), square(TAN, u))));
      out.add(pythagorean(TAN, SEC, u -> Expr.difference(square(SEC, u), Expr.num(1))));
    }
    if (present.contains(SEC)) {
      out.add(new Identity(Rewrite.Kind.DOUBLE_ANGLE, x -> evenPowers(x, SEC,
          u -> Expr.quotient(Expr.num(2), Expr.sum(Expr.num(1), doubled(COS, u))))));
    }
    if (present.contains(CSC)) {
      out.add(new Identity(Rewrite.Kind.DOUBLE_ANGLE, x -> evenPowers(x, CSC,
          u -> Expr.quotient(Expr.num(2), Expr.difference(Expr.num(1), doubled(COS, u))))));
    }
    if (present.contains(CSC) || present.contains(COT)) {
      out.add(pythagorean(CSC, COT, u -> Expr.sum(Expr.num(1), square(COT, u))));
    }
    // csc(u)^2 = 1/(1 - cos(u)^2) beside a cosine, so that a factor 1 - cos(u) can cancel:
    // (1 - cos(x))*csc(x)^2 = 1/(cos(x) + 1); sec(u)^2 = 1/(1 - sin(u)^2) likewise.
    if (present.contains(CSC) && present.contains(COS)) {
      out.add(pythagorean(CSC, COS,
          u -> Expr.power(Expr.difference(Expr.num(1), square(COS, u)), Num.MINUS_ONE)));
    }
    if (present.contains(SEC) && present.contains(SIN)) {
      out.add(pythagorean(SEC, SIN,
          u -> Expr.power(Expr.difference(Expr.num(1), square(SIN, u)), Num.MINUS_ONE)));
    }
    if (present.contains(SINH) || present.contains(COSH)) {
      out.add(pythagorean(COSH, SINH, u -> Expr.sum(Expr.num(1), square(SINH, u))));
      out.add(pythagorean(SINH, COSH, u -> Expr.difference(square(COSH, u), Expr.num(1))));
      out.add(new Identity(Rewrite.Kind.DOUBLE_ANGLE, HyperbolicRewrites::doubleAngles));
      out.add(new Identity(Rewrite.Kind.EXPONENTIAL_FORM, HyperbolicRewrites::exponentials));
    }
    if (present.contains(SECH) || present.contains(TANH)) {
      out.add(pythagorean(SECH, TANH, u -> Expr.difference(Expr.num(1), square(TANH, u))));
    }
    if (present.contains(SIGN)) {
      out.add(new Identity(Rewrite.Kind.SIGN_TIMES_ABS, SignTimesAbs::of));
    }
    if (present.stream().anyMatch(SineCosineForm::rewrites) && SineCosineForm.canShorten(e)) {
      out.add(new Identity(Rewrite.Kind.QUOTIENT_IDENTITY, SineCosineForm::of));
    }
    return out;
  }

  /**
   * Every even power of {@code f(u)} written by {@code identity(u)}, its square's other form in
   * its partner {@code g}; only where {@link WorthTrying#pythagorean} sees that it can pay.
   */
  private static Identity pythagorean(MathFunction f, MathFunction g,
      UnaryOperator<Expr> identity) {
    return new Identity(Rewrite.Kind.PYTHAGOREAN_IDENTITY,
        x -> TrigShapes.hasSquareOf(x, f) && WorthTrying.pythagorean(x, f, g)
            ? evenPowers(x, f, identity) : x);
  }

  /**
   * True when {@code e} calls, at its top level, a function some identity here rewrites: a
   * trigonometric or hyperbolic one, or sign ({@link SignTimesAbs}).
   */
  static boolean mentions(Expr e) {
    Set<MathFunction> present = EnumSet.noneOf(MathFunction.class);
    functionsAtTop(e, present);
    for (MathFunction f : present) {
      if (isCircularOrHyperbolic(f) || f == SIGN) return true;
    }
    return false;
  }

  /** The functions called in the rational structure of {@code e}, not inside arguments. */
  private static void functionsAtTop(Expr e, Set<MathFunction> present) {
    if (e instanceof Call c) {
      present.add(c.function());
    } else if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) functionsAtTop(child, present);
    } else if (e instanceof Power p && p.exponent() instanceof Num) {
      functionsAtTop(p.base(), present);
    }
  }

  private static boolean isCircularOrHyperbolic(MathFunction f) {
    return f == SIN || f == COS || f == TAN || f == COT || f == SEC || f == CSC || f == SINH
        || f == COSH || f == TANH || f == COTH || f == SECH || f == CSCH;
  }

  private static Expr doubled(MathFunction f, Expr u) {
    return Expr.call(f, Expr.product(Expr.num(2), u));
  }

  private static Expr square(MathFunction f, Expr u) {
    return Expr.power(Expr.call(f, u), 2);
  }

  /** Every {@code f(u)^(2k)} replaced by {@code identity(u)^k} (one level: not inside calls). */
  static Expr evenPowers(Expr e, MathFunction f, UnaryOperator<Expr> identity) {
    if (!TrigShapes.hasSquareOf(e, f)) return e;
    return Rewriter.bottomUp(e, node -> {
      if (node instanceof Power p && p.base() instanceof Call c && c.function() == f
          && p.exponent() instanceof Num n && n.value().isInteger()) {
        int k = n.value().intValue().orElse(0);
        if (k >= 2) {
          return Expr.product(Expr.power(identity.apply(c.argument()), k / 2),
              Expr.power(c, k % 2));
        }
      }
      return node;
    });
  }

  /** {@code sin^a * cos^b} in a product written with tan, cot, sec, csc ({@link TrigQuotients}). */
  static Expr quotients(Expr e) {
    return TrigQuotients.of(e);
  }

  /** Products of sines and cosines of one argument, and their squares, at the double angle. */
  private static Expr doubleAngles(Expr e) {
    Expr halved = !TrigShapes.hasSineCosinePair(e) ? e : Rewriter.bottomUp(e, node -> {
      if (node instanceof Product p) return pairedSineCosines(p);
      return node;
    });
    return evenPowers(evenPowers(halved, COS,
        u -> Expr.product(Expr.num(Rational.HALF),
            Expr.sum(Expr.num(1), Expr.call(COS, Expr.product(Expr.num(2), u))))),
        SIN, u -> Expr.product(Expr.num(Rational.HALF),
            Expr.difference(Expr.num(1), Expr.call(COS, Expr.product(Expr.num(2), u)))));
  }

  private static Expr pairedSineCosines(Product p) {
    List<Expr> out = new ArrayList<>(p.factors());
    boolean changed = false;
    for (int i = 0; i < out.size(); i++) {
      if (!(out.get(i) instanceof Call s) || s.function() != SIN) continue;
      for (int j = 0; j < out.size(); j++) {
        if (out.get(j) instanceof Call c && c.function() == COS
            && c.argument().equals(s.argument())) {
          Expr u = s.argument();
          out.set(i, Expr.num(Rational.HALF));
          out.set(j, Expr.call(SIN, Expr.product(Expr.num(2), u)));
          changed = true;
          break;
        }
      }
    }
    return changed ? Expr.product(out) : p;
  }
}

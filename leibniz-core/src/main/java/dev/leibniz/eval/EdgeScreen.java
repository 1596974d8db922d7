package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.Map;

/**
 * A cheap first look, in doubles, at whether the input as written may be on a domain's edge at
 * a point: some power or call is not finite, or a divisor, a fractional power's base or a
 * restricted function's argument is within rounding of 0 (an argument also of ±1):
 * {@code 3*x - 0.3} at 0.1 is {@code 5.6e-17}, tiny beside its terms. Only then are exact values
 * worth their cost ({@link UndefinedExplainer#explainOutsideDomain}); elsewhere the point is
 * inside every domain, and an evaluation costs a walk in doubles more than the tree's own.
 */
final class EdgeScreen {
  /** Within this fraction of a value's own terms, a value may be an edge that rounding moved. */
  private static final double NEAR = 1e-9;

  private final Map<String, Double> point;
  private boolean near;
  /**
   * The magnitude the rounding of the value {@link #value} returned last is relative to: the
   * largest of a sum's terms, the product of a product's factors' scales, else the value's own.
   */
  private double scale;

  private EdgeScreen(Map<String, Double> point) {
    this.point = point;
  }

  /** True where {@code e} may be outside or on the edge of a domain at {@code point}. */
  static boolean nearAnEdge(Expr e, Map<String, Double> point) {
    EdgeScreen screen = new EdgeScreen(point);
    double v = screen.value(e);
    return screen.near || !Double.isFinite(v);
  }

  /** The value of {@code e} in doubles, noting in {@link #near} an operand near an edge. */
  private double value(Expr e) {
    if (e instanceof Num n) return scaled(n.value().doubleValue());
    if (e instanceof Var v) {
      Double x = point.get(v.name());
      return scaled(x == null ? Double.NaN : x);
    }
    if (e instanceof Constant c) return scaled(c.value());
    if (e instanceof Sum s) {
      double total = 0;
      double largest = 0;
      for (Expr t : s.terms()) {
        total += value(t);
        largest = Math.max(largest, scale);
      }
      scale = Math.max(largest, Math.abs(total));
      return total;
    }
    if (e instanceof Product p) {
      double total = 1;
      double magnitude = 1;
      for (Expr f : p.factors()) {
        total *= value(f);
        magnitude *= scale;
      }
      scale = Math.max(magnitude, Math.abs(total));
      return total;
    }
    if (e instanceof Power p) {
      double base = value(p.base());
      double baseScale = scale;
      double exponent = value(p.exponent());
      double v = Evaluator.power(p, base, exponent);
      boolean risky = exponent < 0 || exponent != Math.rint(exponent);
      if (!Double.isFinite(v) || risky && p.base() != Constant.E
          && !(Math.abs(base) > NEAR * baseScale)) {
        near = true;
      }
      return scaled(v);
    }
    if (e instanceof Call c) {
      double u = value(c.argument());
      double v = c.function().value(u);
      if (!Double.isFinite(v) || restricted(c.function()) && (!(Math.abs(u) > NEAR * scale)
          || Math.abs(Math.abs(u) - 1) <= NEAR * Math.max(1, scale))) {
        near = true;
      }
      return scaled(v);
    }
    throw new IllegalStateException("unhandled " + e);
  }

  private double scaled(double v) {
    scale = Math.abs(v);
    return v;
  }

  /**
   * True for the functions not defined on the whole real line, whose edges are at 0 or ±1
   * ({@link ExactValues#outsideDomain}: outside at 0 or at 2, or not known there).
   */
  static boolean restricted(MathFunction f) {
    Boolean atZero = ExactValues.outsideDomain(f, Rational.ZERO);
    Boolean atTwo = ExactValues.outsideDomain(f, Rational.TWO);
    return atZero == null || atZero || atTwo == null || atTwo;
  }
}

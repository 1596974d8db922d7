package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.NumberText;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.print.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where a NaN or an infinity first arises: evaluating bottom-up, the first node whose
 * arguments are all finite but whose own value is not. Being first in a bottom-up walk, it is
 * the innermost such node on its path. As in {@link Evaluator}, a non-finite intermediate makes
 * the whole point undefined even when a later operation would absorb it ({@code atan(1/x)} at
 * {@code x = 0} is a division by zero, not {@code pi/2}). For the input as written
 * ({@link #explainOutsideDomain}) such a node counts only when its operand was computed exactly;
 * else, like an overflow, it says nothing about the domain.
 */
final class UndefinedExplainer {
  private final Map<String, Double> point;
  private String reason;
  /**
   * True when {@link #reason} is a value too large for a double, or (with {@link #onlyExact}) a
   * value that rounding put outside a domain: not a point outside a domain.
   */
  private boolean overflow;
  /**
   * True when only a value computed exactly can put the point outside a domain
   * ({@link #explainOutsideDomain}): a divisor or an argument that rounding or underflow made 0
   * or negative says nothing about the domain ({@link ExactDoubles}).
   */
  private boolean onlyExact;
  /** Whether the value {@link #value} returned last is exact. */
  private boolean exact;

  UndefinedExplainer(Map<String, Double> point) {
    this.point = point;
  }

  Optional<String> explain(Expr e) {
    double v = value(e);
    if (reason == null && Double.isFinite(v)) return Optional.empty();
    if (reason == null) reason = "undefined";
    return Optional.of(reason + at());
  }

  /**
   * As {@link #explain}, but empty where the first value that is not finite is an overflow (a
   * value too large for a double) rather than a point outside a domain.
   */
  Optional<String> explainOutsideDomain(Expr e) {
    onlyExact = true;
    value(e);
    if (reason == null || overflow) return Optional.empty();
    return Optional.of(reason + at());
  }

  private double value(Expr e) {
    if (e instanceof Num n) {
      double v = n.value().doubleValue();
      if (!Double.isFinite(v)) {
        blameOverflow("the number " + NumberText.of(n.value()) + " overflows");
      }
      exact = ExactDoubles.number(n.value(), v);
      return v;
    }
    if (e instanceof Var var) {
      double v = Evaluator.variable(var, point);
      if (Double.isNaN(v) && onlyExact) {
        // A variable whose value is unknown (NaN): nothing that uses it is blamed.
        exact = false;
        return v;
      }
      if (!Double.isFinite(v)) blameOverflow(var.name() + " is not finite");
      exact = true;
      return v;
    }
    if (e instanceof Constant c) {
      exact = false;
      return c.value();
    }
    if (e instanceof Sum s) {
      double total = 0;
      boolean finite = true;
      boolean allExact = true;
      for (Expr t : s.terms()) {
        double v = value(t);
        finite &= Double.isFinite(v);
        double next = total + v;
        allExact &= exact && ExactDoubles.sum(total, v, next);
        total = next;
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      exact = allExact;
      return total;
    }
    if (e instanceof Product p) {
      double total = 1;
      boolean finite = true;
      boolean allExact = true;
      for (Expr f : p.factors()) {
        double v = value(f);
        finite &= Double.isFinite(v);
        double next = total * v;
        allExact &= exact && ExactDoubles.product(total, v, next);
        total = next;
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      exact = allExact;
      return total;
    }
    if (e instanceof Power p) {
      double base = value(p.base());
      boolean baseExact = exact;
      double exponent = value(p.exponent());
      double v = Evaluator.power(p, base, exponent);
      if (Double.isFinite(base) && Double.isFinite(exponent) && !Double.isFinite(v)) {
        boolean outsideDomain = Double.isNaN(v) || (base == 0 && exponent < 0);
        if (outsideDomain && (baseExact || !onlyExact)) {
          blame(powerReason(p, base, exponent, v));
        } else {
          blameOverflow(powerReason(p, base, exponent, v));
        }
      }
      exact = baseExact && (exponent == 1
          || (exponent == 2 && ExactDoubles.product(base, base, v))
          || (exponent == -1 && ExactDoubles.product(v, base, 1)));
      return v;
    }
    if (e instanceof Call c) {
      double u = value(c.argument());
      boolean argumentExact = exact;
      double v = c.function().value(u);
      if (Double.isFinite(u) && !Double.isFinite(v)) {
        if (argumentExact || !onlyExact) blame(c.function().canonicalName() + " undefined");
        else blameOverflow(c.function().canonicalName() + " undefined");
      }
      exact = argumentExact && ExactDoubles.call(u, v);
      return v;
    }
    throw new IllegalStateException("unhandled " + e);
  }

  private static String powerReason(Power p, double base, double exponent, double v) {
    if (base == 0 && exponent < 0) return "division by zero";
    String power = PlainPrinter.printLiterally(p);
    return Double.isNaN(v) ? power + " undefined" : power + " overflows";
  }

  /** Keeps the first reason found: the innermost. */
  private void blame(String why) {
    if (reason == null) reason = why;
  }

  /** As {@link #blame}, for a value too large for a double. */
  private void blameOverflow(String why) {
    if (reason == null) overflow = true;
    blame(why);
  }

  /** {@code " at x = -1, z = 3"}: every variable of the point, in name order. */
  private String at() {
    return point.isEmpty() ? "" : " at " + describe(point);
  }

  /** {@code x = -1, z = 3}: every variable of the point, in name order. */
  static String describe(Map<String, Double> point) {
    List<String> names = new ArrayList<>(point.keySet());
    names.sort(ExprOrder::compareNames);
    StringBuilder sb = new StringBuilder();
    for (String name : names) {
      double value = point.get(name);
      if (Double.isNaN(value)) continue; // unknown: no value was given
      if (sb.length() > 0) sb.append(", ");
      sb.append(name).append(" = ").append(ValueText.of(value));
    }
    return sb.toString();
  }
}

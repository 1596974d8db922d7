package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.NumberText;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
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
 * ({@link #explainOutsideDomain}) a power's base is judged by its exact value where it has one
 * ({@link ExactValues}): {@code x^2/x^2} at {@code 1e-200} divides by a double 0 that is
 * exactly {@code 1e-400}, which, like an overflow, says nothing about the domain.
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
   * True when the exact value decides whether a power is outside its domain
   * ({@link #explainOutsideDomain}): a divisor that underflow made 0 though it is not
   * ({@link ExactValues}) says nothing about the domain.
   */
  private boolean onlyExact;
  /** The exact value of the node {@link #value} returned last, null where there is none. */
  private Rational exact;
  /** True when that node's value is surely not 0, exact or not ({@code e^u}, {@code pi}). */
  private boolean surelyNonzero;

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
      known(n.value(), !n.value().isZero());
      return v;
    }
    if (e instanceof Var var) {
      double v = Evaluator.variable(var, point);
      if (Double.isNaN(v) && onlyExact) {
        // A variable whose value is unknown (NaN): nothing that uses it is blamed.
        known(null, false);
        return v;
      }
      if (!Double.isFinite(v)) blameOverflow(var.name() + " is not finite");
      known(Double.isFinite(v) ? ExactValues.bounded(ExactValues.of(v)) : null, v != 0);
      return v;
    }
    if (e instanceof Constant c) {
      known(null, true);
      return c.value();
    }
    if (e instanceof Sum s) {
      double total = 0;
      boolean finite = true;
      Rational sum = Rational.ZERO;
      for (Expr t : s.terms()) {
        double v = value(t);
        finite &= Double.isFinite(v);
        total += v;
        sum = sum == null || exact == null ? null : ExactValues.bounded(sum.add(exact));
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      known(sum, sum != null && !sum.isZero());
      return total;
    }
    if (e instanceof Product p) {
      double total = 1;
      boolean finite = true;
      Rational product = Rational.ONE;
      boolean nonzero = true;
      for (Expr f : p.factors()) {
        double v = value(f);
        finite &= Double.isFinite(v);
        total *= v;
        product = product == null || exact == null ? null
            : ExactValues.bounded(product.multiply(exact));
        nonzero &= surelyNonzero;
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      known(product, product != null ? !product.isZero() : nonzero);
      return total;
    }
    if (e instanceof Power p) {
      double base = value(p.base());
      Rational exactBase = exact;
      boolean baseNonzero = surelyNonzero || p.base() == Constant.E;
      double exponent = value(p.exponent());
      Rational exactExponent = exact;
      double v = Evaluator.power(p, base, exponent);
      boolean operandsFinite = Double.isFinite(base) && Double.isFinite(exponent);
      if (onlyExact && exactBase != null && exactExponent != null && p.base() != Constant.E) {
        // The exact values decide, whatever the doubles say: (3*x - 0.3)^-1 at 0.1 divides by
        // an exact 0 that is a double 5.6e-17; x^-3 at -1e-200 by a double 0 that is not.
        if (exactBase.isZero() && exactExponent.signum() < 0) {
          blame("division by zero");
        } else if (exactBase.signum() < 0 && !exactExponent.isInteger()) {
          blame(PlainPrinter.printLiterally(p) + " undefined");
        } else if (operandsFinite && !Double.isFinite(v)) {
          blameOverflow(powerReason(p, base, exponent, v));
        }
      } else if (operandsFinite && !Double.isFinite(v)) {
        boolean outsideDomain = Double.isNaN(v) || (base == 0 && exponent < 0);
        // Without exact values, a base surely not 0 (an underflowed product of factors that
        // are not, e^u) is not a division by zero.
        if (outsideDomain && !(onlyExact && base == 0 && baseNonzero)) {
          blame(powerReason(p, base, exponent, v));
        } else {
          blameOverflow(powerReason(p, base, exponent, v));
        }
      }
      Rational power = p.base() == Constant.E && exactExponent != null && exactExponent.isZero()
          ? Rational.ONE : ExactValues.bounded(ExactValues.power(exactBase, exactExponent));
      known(power, power != null ? !power.isZero() : baseNonzero);
      return v;
    }
    if (e instanceof Call c) {
      double u = value(c.argument());
      Rational exactArgument = exact;
      double v = c.function().value(u);
      String undefined = c.function().canonicalName() + " undefined";
      Boolean outside = onlyExact && exactArgument != null
          ? ExactValues.outsideDomain(c.function(), exactArgument) : null;
      String overflows = c.function().canonicalName() + " overflows";
      if (outside != null) {
        // The exact argument decides: ln(3*x - 0.3) at 0.1 is ln(0); cosh(1000) overflows.
        if (outside) blame(undefined);
        else if (Double.isFinite(u) && !Double.isFinite(v)) blameOverflow(overflows);
      } else if (Double.isFinite(u) && !Double.isFinite(v)) {
        if (growsPastDoubles(c.function(), u, v)) blameOverflow(overflows);
        else blame(undefined);
      }
      Rational result = ExactValues.call(c.function(), exactArgument, v);
      boolean positive = c.function() == MathFunction.COSH || c.function() == MathFunction.SIGMOID;
      known(result, result != null ? !result.isZero() : positive);
      return v;
    }
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * True if {@code f(u) = v} is infinite only because it is too large for a double, the
   * function being defined there ({@code cosh(800)}, {@code gamma(200)}); false for a NaN or a
   * pole ({@code ln(0)}, {@code coth(0)}, {@code gamma(0)}), which is outside the domain.
   */
  private static boolean growsPastDoubles(MathFunction f, double u, double v) {
    if (!Double.isInfinite(v)) return false;
    return f == MathFunction.SINH || f == MathFunction.COSH || f == MathFunction.GAMMA && u > 0;
  }

  private void known(Rational value, boolean nonzero) {
    exact = value;
    surelyNonzero = nonzero;
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

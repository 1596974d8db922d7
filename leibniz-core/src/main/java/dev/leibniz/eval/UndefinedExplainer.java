package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.LogSigmoid;
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
 *
 * <p>Nor does an underflow: a value surely not 0 ({@link MathFunction#neverZero}, {@code e^u}, a
 * nonzero exact value, {@link MathFunction#zeroOnlyAtZero} of one) that a double holds as 0 is
 * too small for a double, and an operation that
 * fails on it is blamed on it, as on an overflow: {@code 1/sigmoid(x)} at {@code x = -800} is
 * {@code sigmoid(x) underflows}, not a division by zero, and {@code ln(softplus(x))} there not
 * {@code ln undefined}. So only where the operation is defined just beside 0, on the side the
 * value lies: {@code ln(-sigmoid(x))} and {@code (-sigmoid(x))^(-1/2)} are undefined still. A
 * difference is surely not 0 only by its exact value ({@code cosh(x) - 1} may be 0).
 */
final class UndefinedExplainer {
  private final Map<String, Double> point;
  private String reason;
  /**
   * True when {@link #reason} is a value too large for a double, one surely not 0 too small for
   * one, or (with {@link #onlyExact}) a value that rounding put outside a domain: not a point
   * outside a domain.
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
  /**
   * Where that node's value is surely not 0 but its double is, the innermost node whose value
   * underflowed so ({@code sigmoid(x)} in {@code 2*sigmoid(x)} at -800); else null.
   */
  private Expr underflowed;

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
      settle(n, v, null);
      return v;
    }
    if (e instanceof Var var) {
      double v = Evaluator.variable(var, point);
      if (Double.isNaN(v) && onlyExact) {
        // A variable whose value is unknown (NaN): nothing that uses it is blamed.
        known(null, false);
        settle(var, v, null);
        return v;
      }
      if (!Double.isFinite(v)) blameOverflow(var.name() + " is not finite");
      known(Double.isFinite(v) ? ExactValues.bounded(ExactValues.of(v)) : null, v != 0);
      settle(var, v, null);
      return v;
    }
    if (e instanceof Constant c) {
      known(null, true);
      settle(c, c.value(), null);
      return c.value();
    }
    if (e instanceof Sum s) {
      double total = 0;
      boolean finite = true;
      Rational sum = Rational.ZERO;
      Expr inner = null;
      for (Expr t : s.terms()) {
        double v = value(t);
        finite &= Double.isFinite(v);
        total += v;
        sum = sum == null || exact == null ? null : ExactValues.bounded(sum.add(exact));
        if (inner == null) inner = underflowed;
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      known(sum, sum != null && !sum.isZero());
      settle(s, total, inner);
      return total;
    }
    if (e instanceof Product p) {
      double total = 1;
      boolean finite = true;
      Rational product = Rational.ONE;
      boolean nonzero = true;
      Expr inner = null;
      for (Expr f : p.factors()) {
        double v = value(f);
        finite &= Double.isFinite(v);
        total *= v;
        product = product == null || exact == null ? null
            : ExactValues.bounded(product.multiply(exact));
        nonzero &= surelyNonzero;
        if (inner == null) inner = underflowed;
      }
      if (finite && !Double.isFinite(total)) blameOverflow("overflow");
      known(product, product != null ? !product.isZero() : nonzero);
      settle(p, total, inner);
      return total;
    }
    if (e instanceof Power p) {
      double base = value(p.base());
      Rational exactBase = exact;
      boolean baseNonzero = surelyNonzero || p.base() == Constant.E;
      Expr baseUnderflowed = underflowed;
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
          blameOverflow(baseUnderflowed != null ? Underflow.reason(baseUnderflowed)
              : powerReason(p, base, exponent, v));
        }
      } else if (operandsFinite && !Double.isFinite(v)) {
        // A base surely not 0 that a double holds as 0 (sigmoid(x) at -800) underflowed: its
        // power is judged just beside 0, on the side the base lies. Defined there, the power is
        // only too large for a double; undefined there, it is undefined: (-sigmoid(x))^(-1/2).
        double b = baseUnderflowed == null ? base : Underflow.besideZero(base, exactBase);
        double w = baseUnderflowed == null ? v : Evaluator.power(p, b, exponent);
        if (baseUnderflowed != null && !Double.isNaN(w)) {
          blameOverflow(Underflow.reason(baseUnderflowed));
        } else if (Double.isNaN(w) || (b == 0 && exponent < 0)) {
          blame(powerReason(p, b, exponent, w));
        } else {
          blameOverflow(powerReason(p, b, exponent, w));
        }
      }
      Rational power = p.base() == Constant.E && exactExponent != null && exactExponent.isZero()
          ? Rational.ONE : ExactValues.bounded(ExactValues.power(exactBase, exactExponent));
      known(power, power != null ? !power.isZero() : baseNonzero);
      settle(p, v, baseUnderflowed);
      return v;
    }
    if (e instanceof Call c) {
      Expr softplusOf = LogSigmoid.argumentOf(c);
      if (softplusOf != null) return logSigmoid(c, softplusOf);
      MathFunction f = c.function();
      double u = value(c.argument());
      Rational exactArgument = exact;
      boolean argumentNonzero = surelyNonzero;
      Expr argumentUnderflowed = underflowed;
      double v = f.value(u);
      String undefined = f.canonicalName() + " undefined";
      Boolean outside = onlyExact && exactArgument != null
          ? ExactValues.outsideDomain(f, exactArgument) : null;
      // An argument surely not 0 that a double holds as 0 underflowed: ln(sigmoid(x)) at -800.
      boolean underflow = argumentUnderflowed != null
          && !Double.isNaN(f.value(Underflow.besideZero(u, exactArgument)));
      String overflows = underflow ? Underflow.reason(argumentUnderflowed)
          : f.canonicalName() + " overflows";
      if (outside != null) {
        // The exact argument decides: ln(3*x - 0.3) at 0.1 is ln(0); cosh(1000) overflows.
        if (outside) blame(undefined);
        else if (Double.isFinite(u) && !Double.isFinite(v)) blameOverflow(overflows);
      } else if (Double.isFinite(u) && !Double.isFinite(v)) {
        if (underflow || growsPastDoubles(f, u, v)) blameOverflow(overflows);
        else blame(undefined);
      }
      Rational result = ExactValues.call(f, exactArgument, v);
      known(result, result != null ? !result.isZero()
          : f.neverZero() || argumentNonzero && f.zeroOnlyAtZero());
      settle(c, v, argumentUnderflowed);
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

  /**
   * {@code ln(sigmoid(u))} (or {@code ln(1 - sigmoid(u))}) as {@link Evaluator} computes it,
   * {@code -softplus(s)} of {@link LogSigmoid#argumentOf}: finite wherever s is, so nothing to
   * blame but in s; below 0 for every s, so never 0.
   */
  private double logSigmoid(Call c, Expr s) {
    double v = LogSigmoid.value(value(s));
    known(null, true);
    settle(c, v, null);
    return v;
  }

  private void known(Rational value, boolean nonzero) {
    exact = value;
    surelyNonzero = nonzero;
  }

  /**
   * Notes whether {@code e}, just valued {@code v} ({@link #known} already said whether it is
   * surely not 0), underflowed: {@code inner}, an operand's underflow, where there is one, as
   * the innermost; else {@code e} itself, when its double is 0.
   */
  private void settle(Expr e, double v, Expr inner) {
    underflowed = v == 0 && surelyNonzero ? (inner != null ? inner : e) : null;
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

package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.LogSigmoid;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates an expression in double arithmetic at a point, a value for each variable.
 *
 * <p>Real arithmetic throughout (LANGUAGE.md): a value outside a function's real domain is NaN,
 * never complex. So {@code ln(x)}, {@code sqrt(x)} and {@code x^(1/3)} are NaN at
 * {@code x = -1} (the real cube root is {@code cbrt}). A point is <em>undefined</em> as soon as
 * one intermediate value is NaN or infinite, whatever comes after: {@code atan(1/x)},
 * {@code e^(-1/x)} and {@code 1/(1 + 1/x)} are NaN at {@code x = 0}, although a naive double
 * evaluation would absorb the infinite {@code 1/x} into a number. So the value is either a
 * finite number or NaN, never infinite, and {@link #explainUndefined} says, in words, where the
 * first non-finite value arose. The reverse-mode tape ({@code graph.Tape}) follows the same rule.
 * Where a stable formula gives a value that the node's own would lose to underflow, it is used:
 * {@code ln(sigmoid(u))} is {@code -softplus(-u)} ({@link LogSigmoid}), -800 at {@code u = -800}.
 *
 * <pre>{@code
 * double v = Evaluator.evaluate(f, Map.of("x", 2.0, "z", 3.0));
 * Evaluator.explainUndefined(ln, Map.of("x", -1.0));  // "ln undefined at x = -1"
 * }</pre>
 *
 * <p>Evaluation recurses once per tree level and allocates nothing beyond the map look-ups.
 */
public final class Evaluator {
  private Evaluator() {}

  /**
   * The value of {@code e} with each variable taking its value in {@code point}: a finite number,
   * or NaN if some intermediate value is not finite.
   *
   * @throws EvaluationException if a variable of {@code e} has no value in {@code point}
   */
  public static double evaluate(Expr e, Map<String, Double> point) {
    return defined(value(e, point));
  }

  /** Each node's value, NaN once any operand is NaN: no operation may turn it into a number. */
  private static double value(Expr e, Map<String, Double> point) {
    if (e instanceof Num n) return defined(n.value().doubleValue());
    if (e instanceof Var v) return defined(variable(v, point));
    if (e instanceof Constant c) return c.value();
    if (e instanceof Sum s) {
      StackGuard.checkInterrupted();
      List<Expr> terms = s.terms();
      double total = 0;
      for (int i = 0; i < terms.size(); i++) total += value(terms.get(i), point);
      return defined(total);
    }
    if (e instanceof Product p) {
      StackGuard.checkInterrupted();
      List<Expr> factors = p.factors();
      double total = 1;
      for (int i = 0; i < factors.size(); i++) total *= value(factors.get(i), point);
      return defined(total);
    }
    if (e instanceof Power p) {
      double base = value(p.base(), point);
      double exponent = value(p.exponent(), point);
      // Math.pow(NaN, 0) is 1: an undefined base stays undefined.
      if (Double.isNaN(base) || Double.isNaN(exponent)) return Double.NaN;
      return defined(power(p, base, exponent));
    }
    if (e instanceof Call c) {
      Expr softplusOf = LogSigmoid.argumentOf(c);
      if (softplusOf != null) {
        // ln(sigmoid(u)) as -softplus(-u): sigmoid(-800) underflows to 0, its logarithm is -800.
        double s = value(softplusOf, point);
        return Double.isNaN(s) ? Double.NaN : defined(LogSigmoid.value(s));
      }
      double u = value(c.argument(), point);
      // step(NaN) would be 0: an undefined argument stays undefined.
      return Double.isNaN(u) ? Double.NaN : defined(c.function().value(u));
    }
    throw new IllegalStateException("unhandled " + e);
  }

  /** {@code v} if it is finite, else NaN: an infinite intermediate makes the point undefined. */
  static double defined(double v) {
    return v - v == 0 ? v : Double.NaN;
  }

  /**
   * When {@code e} is NaN or infinite at {@code point}, a sentence naming the innermost node
   * whose arguments are finite but whose value is not: {@code ln undefined at x = -1},
   * {@code sqrt(x) undefined at x = -1}, {@code division by zero at x = 0}; or the value too
   * large or too small for a double that it fails on: {@code e^x overflows at x = 1000},
   * {@code sigmoid(x) underflows at x = -800} (of {@code 1/sigmoid(x)}). Empty when the value is
   * finite.
   *
   * @throws EvaluationException if a variable of {@code e} has no value in {@code point}
   */
  public static Optional<String> explainUndefined(Expr e, Map<String, Double> point) {
    return new UndefinedExplainer(point).explain(e);
  }

  /**
   * As {@link #explainUndefined}, but empty where the value is not finite only because a value
   * overflowed a double ({@code e^x*e^(-x)} at {@code x = 1000} as written), or underflowed to 0
   * though it is surely not 0 ({@code 1/sigmoid(x)} at {@code x = -800}), not because the
   * point is outside a domain: what tells whether the input as written is defined at a point.
   *
   * @throws EvaluationException if a variable of {@code e} has no value in {@code point}
   */
  public static Optional<String> explainOutsideDomain(Expr e, Map<String, Double> point) {
    return new UndefinedExplainer(point).explainOutsideDomain(e);
  }

  /**
   * False where {@code e} is surely inside every domain at {@code point}, by a look in doubles
   * ({@link EdgeScreen}); true where {@link #explainOutsideDomain} is worth asking.
   */
  public static boolean mayBeOutsideDomain(Expr e, Map<String, Double> point) {
    return EdgeScreen.nearAnEdge(e, point);
  }

  /** {@code x = 2, y = 0}: every variable of the point in name order, as messages show it. */
  public static String describePoint(Map<String, Double> point) {
    return UndefinedExplainer.describe(point);
  }

  /** The value of a variable at the point. */
  static double variable(Var v, Map<String, Double> point) {
    Double value = point.get(v.name());
    if (value == null) throw new EvaluationException("no value for variable '" + v.name() + "'");
    return value;
  }

  /**
   * {@code base^exponent} in real arithmetic: {@code e^u} is {@link Math#exp}, the exponent 1/2
   * is {@link Math#sqrt}, and a fractional power of a negative number is NaN.
   */
  static double power(Power p, double base, double exponent) {
    if (p.base() == Constant.E) return Math.exp(exponent);
    if (p.exponent() instanceof Num n) {
      Rational k = n.value();
      if (k.isInteger()) {
        if (exponent == -1) return 1 / base;
        if (exponent == 2) return base * base;
        return Math.pow(base, exponent);
      }
      if (k.equals(Rational.HALF)) return Math.sqrt(base);
      if (base < 0) return Double.NaN;
    }
    return Math.pow(base, exponent);
  }
}

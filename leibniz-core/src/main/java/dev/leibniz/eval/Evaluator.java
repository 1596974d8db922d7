package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
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
 * never complex. So {@code ln(-1)}, {@code sqrt(-1)} and {@code (-8)^(1/3)} are NaN (the real
 * cube root is {@code cbrt}); {@code 1/0} is infinite. {@link #explainUndefined} says, in words,
 * where such a value first arose.
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
   * The value of {@code e} with each variable taking its value in {@code point}.
   *
   * @throws EvaluationException if a variable of {@code e} has no value in {@code point}
   */
  public static double evaluate(Expr e, Map<String, Double> point) {
    if (e instanceof Num n) return n.value().doubleValue();
    if (e instanceof Var v) return variable(v, point);
    if (e instanceof Constant c) return c.value();
    if (e instanceof Sum s) {
      StackGuard.checkInterrupted();
      List<Expr> terms = s.terms();
      double total = 0;
      for (int i = 0; i < terms.size(); i++) total += evaluate(terms.get(i), point);
      return total;
    }
    if (e instanceof Product p) {
      StackGuard.checkInterrupted();
      List<Expr> factors = p.factors();
      double total = 1;
      for (int i = 0; i < factors.size(); i++) total *= evaluate(factors.get(i), point);
      return total;
    }
    if (e instanceof Power p) {
      return power(p, evaluate(p.base(), point), evaluate(p.exponent(), point));
    }
    if (e instanceof Call c) return c.function().value(evaluate(c.argument(), point));
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * When {@code e} is NaN or infinite at {@code point}, a sentence naming the innermost node
   * whose arguments are finite but whose value is not: {@code ln undefined at x = -1},
   * {@code x^(1/2) undefined at x = -1}, {@code division by zero at x = 0}. Empty when the
   * value is finite.
   *
   * @throws EvaluationException if a variable of {@code e} has no value in {@code point}
   */
  public static Optional<String> explainUndefined(Expr e, Map<String, Double> point) {
    return new UndefinedExplainer(point).explain(e);
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

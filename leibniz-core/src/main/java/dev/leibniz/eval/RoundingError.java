package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import java.util.List;
import java.util.Map;

/**
 * A bound, to first order, on how far the double of a constant may be from its value: each
 * node's own rounding (an ulp of its result) plus what its operands' errors become through it.
 * A sum adds its terms' errors, so one that cancels has an error as large as its terms
 * ({@code cosh(40)^2 - sinh(40)^2}); a product adds its factors' relative errors; a call or
 * power is evaluated at its operands moved by their errors, so that a function whose argument
 * has lost its precision passes the loss on ({@code sin(2*pi + 10^-20)}, whose double is
 * {@code sin} of a rounded 2*pi, about 2.4e-16, within 1e-15 of anything). Infinite where a
 * value or a moved one is not a number: nothing can be told there.
 */
final class RoundingError {
  private RoundingError() {}

  /** The bound for the constant {@code e}. */
  static double of(Expr e) {
    double v = valueOf(e);
    if (Double.isNaN(v)) return Double.POSITIVE_INFINITY;
    // A whole number below 2^53 is exact; another number or constant is within an ulp.
    if (e instanceof Num n) return n.value().isInteger() && Math.abs(v) < 0x1p53 ? 0 : Math.ulp(v);
    double own = Math.ulp(v);
    if (e instanceof Sum s) {
      double error = own;
      for (Expr t : s.terms()) error += of(t);
      return error;
    }
    if (e instanceof Product p) return own + productError(p.factors(), v);
    if (e instanceof Call c) {
      double u = valueOf(c.argument());
      double du = of(c.argument());
      return own + moved(v, c.function().value(u - du), c.function().value(u + du));
    }
    if (e instanceof Power p) {
      double base = valueOf(p.base());
      double exponent = valueOf(p.exponent());
      double db = of(p.base());
      // A number as exponent is not moved: a whole one stays whole (1/u is u^-1 exactly).
      double dk = p.exponent() instanceof Num ? 0 : of(p.exponent());
      double lowLow = Evaluator.power(p, base - db, exponent - dk);
      double highHigh = Evaluator.power(p, base + db, exponent + dk);
      double lowHigh = Evaluator.power(p, base - db, exponent + dk);
      double highLow = Evaluator.power(p, base + db, exponent - dk);
      return own + moved(v, lowLow, highHigh, lowHigh, highLow);
    }
    return own;
  }

  /** The error of a product of {@code factors}, whose value is {@code v}: each factor's, scaled. */
  private static double productError(List<Expr> factors, double v) {
    double error = 0;
    for (int i = 0; i < factors.size(); i++) {
      double others = 1;
      for (int j = 0; j < factors.size(); j++) {
        if (j != i) others *= valueOf(factors.get(j));
      }
      error += of(factors.get(i)) * Math.abs(others);
    }
    return Double.isNaN(error) ? Double.POSITIVE_INFINITY : error;
  }

  /** How far the values at moved operands are from {@code v}; infinite if one is not a number. */
  private static double moved(double v, double... at) {
    double most = 0;
    for (double w : at) {
      if (!Double.isFinite(w)) return Double.POSITIVE_INFINITY;
      most = Math.max(most, Math.abs(w - v));
    }
    return most;
  }

  private static double valueOf(Expr constant) {
    return Evaluator.evaluate(constant, Map.of());
  }
}

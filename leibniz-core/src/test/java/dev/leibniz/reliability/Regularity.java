package dev.leibniz.reliability;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a point is an ordinary point of an expression: every subexpression has a finite value
 * there and every function and power has a finite local derivative. At any other point (a
 * constant {@code 1/0} that double arithmetic turns into a harmless 0, {@code sqrt} at 0 under
 * a locally constant argument) the ways of differentiating may legitimately differ, so the
 * agreement test skips it.
 */
final class Regularity {
  private final Map<String, Double> point;
  private final Map<Expr, Double> values = new IdentityHashMap<>();
  private boolean regular = true;

  private Regularity(Map<String, Double> point) {
    this.point = point;
  }

  static boolean isRegular(Expr e, Map<String, Double> point) {
    Regularity r = new Regularity(point);
    r.value(e);
    return r.regular;
  }

  private double value(Expr e) {
    Double known = values.get(e);
    if (known != null) return known;
    double v = compute(e);
    if (!Double.isFinite(v)) regular = false;
    values.put(e, v);
    return v;
  }

  private double compute(Expr e) {
    if (e instanceof Num || e instanceof Constant || e instanceof Var) {
      return Evaluator.evaluate(e, point);
    }
    if (e instanceof Sum s) {
      for (Expr t : s.terms()) value(t);
    } else if (e instanceof Product p) {
      for (Expr f : p.factors()) value(f);
    } else if (e instanceof Power p) {
      double base = value(p.base());
      double exponent = value(p.exponent());
      boolean constantExponent = p.exponent() instanceof Num;
      double byBase = exponent * Math.pow(base, exponent - 1);
      if (!(p.base() instanceof Num || p.base() instanceof Constant) && !Double.isFinite(byBase)) {
        regular = false;
      }
      if (!constantExponent && !(base > 0)) regular = false;
    } else if (e instanceof Call c) {
      double u = value(c.argument());
      if (!Double.isFinite(CheatSheet.slope(c.function()).applyAsDouble(u))) regular = false;
    }
    return Evaluator.evaluate(e, point);
  }
}

package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Variables;
import java.util.Map;

/**
 * Whether a function or power of constants alone is outside its real domain, as {@code ln(-pi)},
 * {@code asin(pi)} and {@code (1 - e)^(1/2)} are: an expression undefined wherever it is
 * evaluated. The smart constructors refuse exact points ({@code ln(-1)}, {@code asin(2)}); this
 * judges the constants no rational equals, in doubles, with a margin: the argument (or base) is
 * outside the domain only when it stays outside moved by a relative 1e-9 either way, so that a
 * value rounding puts just past a domain's edge is not refused, and an overflow is not a domain
 * error ({@code e^(e^(e^10))} is a number too large for a double, not an undefined one).
 */
public final class ConstantDomain {
  private static final double MARGIN = 1e-9;

  private ConstantDomain() {}

  /** True when {@code e}, a call or power with no variable in it, has no real value. */
  public static boolean outside(Expr e) {
    if (!Variables.none(e)) return false;
    if (e instanceof Call c) {
      double u = valueOf(c.argument());
      if (Double.isNaN(u)) return false;
      MathFunction f = c.function();
      double d = margin(u);
      return Double.isNaN(f.value(u)) && Double.isNaN(f.value(u - d))
          && Double.isNaN(f.value(u + d));
    }
    if (e instanceof Power p) {
      double base = valueOf(p.base());
      double exponent = valueOf(p.exponent());
      if (Double.isNaN(base) || Double.isNaN(exponent)) return false;
      double d = margin(base);
      return Double.isNaN(Evaluator.power(p, base, exponent))
          && Double.isNaN(Evaluator.power(p, base - d, exponent))
          && Double.isNaN(Evaluator.power(p, base + d, exponent))
          && Math.abs(exponent - Math.rint(exponent)) > MARGIN;
    }
    return false;
  }

  /**
   * True when a call or power of constants alone anywhere in {@code e} has no real value, as
   * {@code ln(-pi)} in {@code ln(x)/ln(-pi)}, what {@code log(-pi, x)} stands for. Walks the
   * whole tree: for what a call of several arguments builds, not for every node of a parse.
   */
  public static boolean outsideAnywhere(Expr e) {
    if (outside(e)) return true;
    for (Expr child : e.children()) {
      if (outsideAnywhere(child)) return true;
    }
    return false;
  }

  /** The constant's value; NaN (so never judged outside) where it overflows a double. */
  private static double valueOf(Expr constant) {
    return Evaluator.evaluate(constant, Map.of());
  }

  private static double margin(double v) {
    return MARGIN * Math.max(1, Math.abs(v));
  }
}

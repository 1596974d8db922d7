package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Variables;
import java.util.Map;

/**
 * Whether a function or power of constants alone is outside its real domain, as {@code ln(-pi)},
 * {@code asin(pi)} and {@code (1 - e)^(1/2)} are: an expression undefined wherever it is
 * evaluated. The smart constructors refuse exact points ({@code ln(-1)}, {@code asin(2)}); this
 * judges the constants no rational equals, in doubles, and only where the doubles can tell: the
 * argument (or a power's base) must stay outside the domain when moved either way by four times
 * a bound on its rounding error ({@link RoundingError}), and by at least a relative 1e-9. So
 * <ul>
 *   <li>a value that rounding puts just past an edge is kept
 *       ({@code asin(sin(1)^2 + cos(1)^2)} is {@code asin(1)});
 *   <li>an argument made by a sum that cancels, or by a function whose own argument lost its
 *       precision, is not judged: {@code sqrt(cosh(40)^2 - sinh(40)^2 - 1)} and
 *       {@code ln(sin(2*pi + 10^-20))} are defined, though their doubles say otherwise;
 *   <li>an argument past 2^52, where every double is a whole number, is not judged for a
 *       function ({@code gamma(-10^17*pi)} has a value, though gamma has a pole at every
 *       negative whole number);
 *   <li>an overflow is not a domain error ({@code e^(e^(e^10))} is a number too large for a
 *       double, not an undefined one).
 * </ul>
 * A power of a base below zero is outside the domain for an exponent that is not whole: exactly
 * so for a rational exponent, within the margin for another ({@code (-pi)^pi}).
 */
public final class ConstantDomain {
  private static final double MARGIN = 1e-9;
  /** How many rounding-error bounds an argument must stay outside the domain by. */
  private static final double ERRORS = 4;
  /** Past this, every double is a whole number. */
  private static final double WHOLE = 0x1p52;
  /** The largest constant, in nodes, that is judged. */
  private static final int MAX_NODES = 200;

  private ConstantDomain() {}

  /** True when {@code e}, a call or power with no variable in it, has no real value. */
  public static boolean outside(Expr e) {
    if (!Variables.none(e)) return false;
    if (e instanceof Call c) {
      double u = valueOf(c.argument());
      if (Double.isNaN(u) || Math.abs(u) >= WHOLE) return false;
      MathFunction f = c.function();
      if (!Double.isNaN(f.value(u)) || !ExprSize.isSmall(c.argument(), MAX_NODES)) return false;
      double d = Math.max(MARGIN * Math.abs(u), ERRORS * RoundingError.of(c.argument()));
      return Double.isNaN(f.value(u - d)) && Double.isNaN(f.value(u + d));
    }
    if (e instanceof Power p) {
      double base = valueOf(p.base());
      double exponent = valueOf(p.exponent());
      if (Double.isNaN(base) || Double.isNaN(exponent) || base >= 0) return false;
      boolean whole = p.exponent() instanceof Num n ? n.value().isInteger()
          : Math.abs(exponent - Math.rint(exponent)) <= MARGIN * Math.max(1, Math.abs(exponent));
      if (whole || !ExprSize.isSmall(p.base(), MAX_NODES)) return false;
      double d = Math.max(MARGIN * Math.abs(base), ERRORS * RoundingError.of(p.base()));
      return base + d < 0;
    }
    return false;
  }

  /**
   * What is wrong with {@code refused}, a call or power that
   * {@link #outside} refused: {@code " is not a real number"} for a power (a root of a number
   * below zero), {@code " is undefined"} for a call, as the constructors word exact points.
   */
  public static String reason(Expr refused) {
    return refused instanceof Power ? " is not a real number" : " is undefined";
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
}

package dev.leibniz.eval;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Variables;
import java.util.Map;

/**
 * Whether a function or power of constants alone is outside its real domain, as {@code ln(-pi)},
 * {@code asin(pi)} and {@code (1 - e)^(1/2)} are: an expression undefined wherever it is
 * evaluated. The smart constructors refuse exact points ({@code ln(-1)}, {@code asin(2)}); this
 * judges the constants no rational equals, in doubles, and only where the doubles can tell:
 * <ul>
 *   <li>the argument (or base) is outside the domain only if it stays outside moved by a
 *       relative 1e-9 either way, so that a value rounding puts just past an edge, such as
 *       {@code asin(sin(1)^2 + cos(1)^2)}, is not refused;
 *   <li>an argument computed by a sum that cancels (its value under a millionth of its terms'
 *       magnitudes: {@code cosh(40)^2 - sinh(40)^2 - 1}, {@code sin(pi/4) - sqrt(2)/2}) is not
 *       judged: its double may be any number near 0, of either sign;
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
  /** A sum whose value is less than this part of its terms' magnitudes has cancelled. */
  private static final double CANCELLED = 1e-6;
  /** Past this, every double is a whole number. */
  private static final double WHOLE = 0x1p52;
  /** The largest constant, in nodes, whose condition is looked at. */
  private static final int MAX_NODES = 200;

  private ConstantDomain() {}

  /** True when {@code e}, a call or power with no variable in it, has no real value. */
  public static boolean outside(Expr e) {
    if (!Variables.none(e)) return false;
    if (e instanceof Call c) {
      double u = valueOf(c.argument());
      if (Double.isNaN(u) || Math.abs(u) >= WHOLE) return false;
      MathFunction f = c.function();
      double d = MARGIN * Math.abs(u);
      return Double.isNaN(f.value(u)) && Double.isNaN(f.value(u - d))
          && Double.isNaN(f.value(u + d)) && wellConditioned(c.argument());
    }
    if (e instanceof Power p) {
      double base = valueOf(p.base());
      double exponent = valueOf(p.exponent());
      if (Double.isNaN(base) || Double.isNaN(exponent) || base >= 0) return false;
      boolean whole = p.exponent() instanceof Num n ? n.value().isInteger()
          : Math.abs(exponent - Math.rint(exponent)) <= MARGIN * Math.max(1, Math.abs(exponent));
      return !whole && Double.isNaN(Evaluator.power(p, base, exponent))
          && wellConditioned(p.base());
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

  /**
   * True when no sum in the constant {@code e} cancels ({@link #CANCELLED}), so that the sign of
   * its double is its value's; false too for a constant too large to look at.
   */
  private static boolean wellConditioned(Expr e) {
    if (!ExprSize.isSmall(e, MAX_NODES)) return false;
    if (e instanceof Sum s) {
      double magnitude = 0;
      for (Expr t : s.terms()) magnitude += Math.abs(valueOf(t));
      if (Math.abs(valueOf(s)) < CANCELLED * magnitude) return false;
    }
    for (Expr child : e.children()) {
      if (!wellConditioned(child)) return false;
    }
    return true;
  }

  /** The constant's value; NaN (so never judged outside) where it overflows a double. */
  private static double valueOf(Expr constant) {
    return Evaluator.evaluate(constant, Map.of());
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.COTH;
import static dev.leibniz.expr.MathFunction.CSC;
import static dev.leibniz.expr.MathFunction.CSCH;
import static dev.leibniz.expr.MathFunction.SEC;
import static dev.leibniz.expr.MathFunction.SECH;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.SINH;
import static dev.leibniz.expr.MathFunction.TAN;
import static dev.leibniz.expr.MathFunction.TANH;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;

/**
 * Every tangent, cotangent, secant and cosecant (circular and hyperbolic) written with sine and
 * cosine: {@code tan(u) = sin(u)/cos(u)}, {@code cot(u) = cos(u)/sin(u)},
 * {@code sec(u) = 1/cos(u)}, {@code csc(u) = 1/sin(u)}, and the same for tanh, coth, sech, csch.
 * SymPy's {@code fu} starts the same way (its rule TR2): over sine and cosine alone, the rational
 * step and the Pythagorean identities see that {@code cos(x)*sec(x)^2 - sin(x)*tan(x)} is
 * {@code (1 - sin(x)^2)/cos(x)}, that is {@code cos(x)}.
 *
 * <p>Each side of each identity is defined exactly where the denominator on the right is not
 * zero, so the rewrite holds on the whole real domain of its input. The simplifier keeps it only
 * when a form built from it is shorter; {@link TrigRewrites#quotients} turns what is left back
 * into tangents and secants.
 */
final class SineCosineForm {
  private SineCosineForm() {}

  /** {@code e} with every tan, cot, sec, csc (and tanh, coth, sech, csch) over sin and cos. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (!(node instanceof Call c)) return node;
      MathFunction f = c.function();
      boolean hyperbolic = f == TANH || f == COTH || f == SECH || f == CSCH;
      Expr sin = Expr.call(hyperbolic ? SINH : SIN, c.argument());
      Expr cos = Expr.call(hyperbolic ? COSH : COS, c.argument());
      if (f == TAN || f == TANH) return Expr.quotient(sin, cos);
      if (f == COT || f == COTH) return Expr.quotient(cos, sin);
      if (f == SEC || f == SECH) return Expr.power(cos, -1);
      if (f == CSC || f == CSCH) return Expr.power(sin, -1);
      return node;
    });
  }

  /** True when {@code f} is one of the functions this form rewrites. */
  static boolean rewrites(MathFunction f) {
    return f == TAN || f == COT || f == SEC || f == CSC || f == TANH || f == COTH || f == SECH
        || f == CSCH;
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.COT;
import static dev.leibniz.expr.MathFunction.SIN;
import static dev.leibniz.expr.MathFunction.TAN;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Product;
import java.util.Set;

/**
 * The tangent and cotangent of a half angle written at the whole one, where the whole angle's
 * sine or cosine stands beside them: {@code tan(u/2) = sin(u)/(cos(u) + 1)},
 * {@code cot(u/2) = sin(u)/(1 - cos(u))}. Then the rational forms over sin(u) and cos(u) can
 * cancel: the derivative of {@code ln(tan(x/2))}, {@code cot(x/2)/(cos(x) + 1)} once its
 * {@code sec(x/2)^2} is at the whole angle, is {@code csc(x)}. Each side is defined exactly
 * where the other is: tan(u/2) where u is not an odd multiple of pi, where cos(u) + 1 is not 0;
 * cot(u/2) where u is not an even multiple of pi, where 1 - cos(u) is not 0. (The other form of
 * the cotangent, (1 + cos(u))/sin(u), is 0/0 at u = pi, where cot(pi/2) = 0.)
 */
final class HalfAngleTangents {
  private HalfAngleTangents() {}

  /** True when some tan(w) or cot(w) of {@code e} has sin(2w) or cos(2w) beside it. */
  static boolean worthTrying(Expr e) {
    Set<Expr> wholes = TrigShapes.argumentsOf(e, SIN, COS);
    for (Expr w : TrigShapes.argumentsOf(e, TAN, COT)) {
      if (wholes.contains(wholeAngle(w))) return true;
    }
    return false;
  }

  /**
   * The angle at which the sine and cosine of 2w are written: 2w, less a shift by a multiple of
   * pi/2, which canonical form takes out ({@code sin(x + pi/2)} is {@code cos(x)}), so that
   * {@code cot(x/2 + pi/4)} meets {@code sin(x)}.
   */
  private static Expr wholeAngle(Expr w) {
    Expr sine = Expr.call(SIN, doubled(w));
    if (sine instanceof Product p && p.factorCount() == 2) sine = p.factor(1); // -cos(x)
    return sine instanceof Call c ? c.argument() : null;
  }

  /** {@code e} with each tan(w) and cot(w) written at 2w. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (!(node instanceof Call c) || (c.function() != TAN && c.function() != COT)) return node;
      Expr u = doubled(c.argument());
      Expr cos = Expr.call(COS, u);
      Expr sin = Expr.call(SIN, u);
      return Expr.quotient(sin, c.function() == TAN ? Expr.sum(Num.ONE, cos)
          : Expr.difference(Num.ONE, cos));
    });
  }

  private static Expr doubled(Expr w) {
    return Expr.product(Expr.num(2), w);
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.SIN;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import java.util.List;
import java.util.Set;

/**
 * The double angle written at the single one where the single angle's own sine or cosine stands
 * beside it: {@code sin(2*u) = 2*sin(u)*cos(u)}, {@code cos(2*u) = cos(u)^2 - sin(u)^2}. Then
 * the rational forms over sin(u) and cos(u) can cancel a common factor:
 * {@code cos(2*x)/(sin(x) + cos(x)) = cos(x) - sin(x)}, so its derivative is
 * {@code -sin(x) - cos(x)}. Both identities hold for every real u. The reverse, products at the
 * double angle, is {@link TrigRewrites}' double angle; the search keeps whichever is shorter.
 */
final class SingleAngles {
  private SingleAngles() {}

  /** True when some sin(2u) or cos(2u) of {@code e} has sin(u) or cos(u) beside it. */
  static boolean worthTrying(Expr e) {
    Set<Expr> arguments = TrigShapes.argumentsOf(e, SIN, COS);
    for (Expr a : arguments) {
      Expr u = half(a);
      if (u != null && arguments.contains(u)) return true;
    }
    return false;
  }

  /** {@code e} with each sin(2u) and cos(2u) written at u. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (!(node instanceof Call c) || (c.function() != SIN && c.function() != COS)) return node;
      Expr u = half(c.argument());
      if (u == null) return node;
      Expr sin = Expr.call(SIN, u);
      Expr cos = Expr.call(COS, u);
      return c.function() == SIN ? Expr.product(Expr.num(2), sin, cos)
          : Expr.difference(Expr.power(cos, 2), Expr.power(sin, 2));
    });
  }

  /** u for an argument 2*u, else null. */
  private static Expr half(Expr argument) {
    if (!(argument instanceof Product p) || !(p.factor(0) instanceof Num n)
        || !n.value().equals(Rational.of(2))) {
      return null;
    }
    List<Expr> rest = p.factors().subList(1, p.factorCount());
    return Expr.product(rest);
  }
}

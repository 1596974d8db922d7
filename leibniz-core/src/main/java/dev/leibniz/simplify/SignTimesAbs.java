package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.ABS;
import static dev.leibniz.expr.MathFunction.SIGN;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * A sign times an odd power of the absolute value of the same argument, as the power itself:
 * {@code sign(u)*abs(u)^m = u^m} for every odd integer m, so {@code sign(u)*abs(u) = u} and
 * {@code sign(u)/abs(u) = 1/u} (the derivative of {@code ln(abs(x))} is {@code 1/x}); and the
 * other way, {@code sign(u)*u^m = abs(u)^m}. For u > 0 both sides are u^m; for u < 0,
 * {@code -(-u)^m} is u^m as m is odd; at u = 0 both are 0 when m > 0 and both undefined when
 * m < 0. So the rewrite holds wherever either side is defined. For an even m,
 * {@code sign(u)*u^m = sign(u)*abs(u)^m = u^(m-1)*abs(u)} in the same way:
 * {@code 3*x^2*sign(x)}, the derivative of {@code abs(x)^3}, is {@code 3*x*abs(x)}.
 */
final class SignTimesAbs {
  private SignTimesAbs() {}

  /** {@code e} with every such pair in its products replaced by the power. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> node instanceof Product p ? paired(p) : node);
  }

  private static Expr paired(Product p) {
    List<Expr> factors = new ArrayList<>(p.factors());
    boolean changed = false;
    for (int i = 0; i < factors.size(); i++) {
      if (!(factors.get(i) instanceof Call sign) || sign.function() != SIGN) continue;
      for (int j = 0; j < factors.size(); j++) {
        Expr f = factors.get(j);
        Expr base = f instanceof Power power ? power.base() : f;
        Expr exponent = f instanceof Power power ? power.exponent() : Expr.num(1);
        if (!(exponent instanceof Num n) || !n.value().isInteger()) continue;
        Expr u = sign.argument();
        boolean absOfU = base instanceof Call abs && abs.function() == ABS
            && abs.argument().equals(u);
        boolean odd = n.value().numerator().testBit(0);
        if (odd && (absOfU || base.equals(u))) {
          factors.set(i, Expr.num(1));
          factors.set(j, Expr.power(absOfU ? u : Expr.call(ABS, u), exponent));
          changed = true;
          break;
        }
        if (!odd && (absOfU || base.equals(u))) {
          factors.set(i, Expr.num(1));
          factors.set(j, Expr.product(Expr.power(u, Expr.num(n.value().subtract(Rational.ONE))),
              Expr.call(ABS, u)));
          changed = true;
          break;
        }
      }
    }
    return changed ? Expr.product(factors) : p;
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COSH;
import static dev.leibniz.expr.MathFunction.SINH;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * The hyperbolic identities that {@link TrigRewrites} has only in their circular form, each a
 * candidate rewrite of the whole expression (offered by {@link TrigRewrites#identities} when sinh
 * or cosh is called at the top level) that the simplifier keeps only when it is shorter:
 *
 * <ul>
 *   <li>double angles: {@code sinh(u)*cosh(u) = sinh(2u)/2},
 *       {@code cosh(u)^2 = (cosh(2u) + 1)/2}, {@code sinh(u)^2 = (cosh(2u) - 1)/2};
 *   <li>the exponential form: {@code cosh(u) = (e^u + e^(-u))/2},
 *       {@code sinh(u) = (e^u - e^(-u))/2}, whose rational form turns
 *       {@code cosh(u) + sinh(u)} into {@code e^u} and {@code e^x*(cosh(x) + sinh(x))} into
 *       {@code e^(2*x)}.
 * </ul>
 *
 * <p>sinh, cosh and the exponential are defined for every real argument, so each side is
 * defined exactly where u is: the rewrites hold on the whole real domain of their input.
 */
final class HyperbolicRewrites {
  private HyperbolicRewrites() {}

  /** Products {@code sinh(u)*cosh(u)} and the squares of sinh and cosh at the double angle. */
  static Expr doubleAngles(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (node instanceof Product p) return pairedSinhCosh(p.factors());
      if (node instanceof Power p && p.base() instanceof Call c
          && (c.function() == SINH || c.function() == COSH)
          && p.exponent() instanceof Num n && n.value().isInteger()) {
        int k = n.value().intValue().orElse(0);
        if (k >= 2) {
          return Expr.product(Expr.power(halfAngleSquare(c), k / 2), Expr.power(c, k % 2));
        }
      }
      return node;
    });
  }

  /** Every {@code sinh(u)} and {@code cosh(u)} written with {@code e^u} and {@code e^(-u)}. */
  static Expr exponentials(Expr e) {
    return Rewriter.bottomUp(e, node -> {
      if (node instanceof Call c && (c.function() == SINH || c.function() == COSH)) {
        Expr up = Expr.exp(c.argument());
        Expr down = Expr.exp(Expr.negate(c.argument()));
        Expr sum = c.function() == COSH ? Expr.sum(up, down) : Expr.difference(up, down);
        return Expr.product(Expr.num(Rational.HALF), sum);
      }
      return node;
    });
  }

  /** {@code cosh(u)^2 = (cosh(2u) + 1)/2}, {@code sinh(u)^2 = (cosh(2u) - 1)/2}. */
  private static Expr halfAngleSquare(Call c) {
    Expr coshDouble = Expr.call(COSH, Expr.product(Expr.num(2), c.argument()));
    Expr one = Expr.num(c.function() == COSH ? 1 : -1);
    return Expr.product(Expr.num(Rational.HALF), Expr.sum(coshDouble, one));
  }

  private static Expr pairedSinhCosh(List<Expr> factors) {
    List<Expr> out = new ArrayList<>(factors);
    for (int i = 0; i < out.size(); i++) {
      if (!(out.get(i) instanceof Call s) || s.function() != SINH) continue;
      for (int j = 0; j < out.size(); j++) {
        if (out.get(j) instanceof Call c && c.function() == COSH
            && c.argument().equals(s.argument())) {
          out.set(i, Expr.num(Rational.HALF));
          out.set(j, Expr.call(SINH, Expr.product(Expr.num(2), s.argument())));
          break;
        }
      }
    }
    return Expr.product(out);
  }
}

package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.SIN;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Products of sines and cosines of two different angles written as sums, the identities that
 * follow from the angle-sum formulas:
 *
 * <ul>
 *   <li>{@code sin(A)*cos(B) = (sin(A + B) + sin(A - B))/2};
 *   <li>{@code cos(A)*cos(B) = (cos(A - B) + cos(A + B))/2};
 *   <li>{@code sin(A)*sin(B) = (cos(A - B) - cos(A + B))/2}.
 * </ul>
 *
 * <p>Both sides are defined for every real A and B. Read the other way, they are the angle-sum
 * formulas: after the rational step collects like terms, {@code cos(a + x)*cos(x - a) -
 * sin(a + x)*sin(x - a)} becomes {@code cos(2*x)} and {@code 3*cos(2*x)*cos(3*x) -
 * 2*sin(2*x)*sin(3*x)} becomes {@code cos(x)/2 + 5*cos(5*x)/2}. One pair is rewritten in each
 * product; the simplifier keeps the result only when a form built from it is shorter.
 */
final class ProductToSum {
  private ProductToSum() {}

  /** {@code e} with one pair of sines or cosines of different angles in each product as a sum. */
  static Expr of(Expr e) {
    return Rewriter.bottomUp(e, node -> node instanceof Product p ? firstPairAsSum(p) : node);
  }

  private static Expr firstPairAsSum(Product p) {
    List<Expr> factors = p.factors();
    for (int i = 0; i < factors.size(); i++) {
      if (!isSineOrCosine(factors.get(i))) continue;
      Call first = (Call) factors.get(i);
      for (int j = i + 1; j < factors.size(); j++) {
        if (!isSineOrCosine(factors.get(j))) continue;
        Call second = (Call) factors.get(j);
        if (first.argument().equals(second.argument())) continue;
        List<Expr> out = new ArrayList<>(factors);
        out.set(i, Expr.num(Rational.HALF));
        out.set(j, asSum(first, second));
        return Expr.product(out);
      }
    }
    return p;
  }

  private static boolean isSineOrCosine(Expr f) {
    return f instanceof Call c && (c.function() == SIN || c.function() == COS);
  }

  /** Twice the product {@code f*g} of two sines or cosines, as a sum. */
  private static Expr asSum(Call f, Call g) {
    if (f.function() == COS && g.function() == SIN) return asSum(g, f);
    Expr a = f.argument();
    Expr b = g.argument();
    Expr sum = Expr.sum(a, b);
    Expr difference = Expr.difference(a, b);
    if (f.function() == SIN && g.function() == COS) {
      return Expr.sum(Expr.call(SIN, sum), Expr.call(SIN, difference));
    }
    if (f.function() == COS) {
      return Expr.sum(Expr.call(COS, difference), Expr.call(COS, sum));
    }
    return Expr.difference(Expr.call(COS, difference), Expr.call(COS, sum));
  }
}

package dev.leibniz.parse;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;

/**
 * A product of three or more factors read by the parser, multiplied two at a time by merging
 * ({@code Expr.product(a, b)}) instead of gathered and sorted, where that gives the same
 * canonical product: when every factor is a name, a constant, a call or a power of anything
 * but a sum, and no partial product is a sum or a number. Two powers of one base can merge
 * into either ({@code e^a*e^(ln(x + 1) - a)} is {@code x + 1}, {@code sqrt(2)*sqrt(2)} is 2),
 * and a number times a lone sum is the one product the constructors distribute ({@code
 * 2*(x + 1)} is {@code 2*x + 2}): from there the order of the factors would decide the form,
 * so the caller gathers them all instead.
 */
final class PairwiseProduct {
  private PairwiseProduct() {}

  /** The product of {@code factors[from, to)} two at a time, or null where it may differ. */
  static Expr of(Expr[] factors, int from, int to) {
    for (int i = from; i < to; i++) if (!mergesInAnyOrder(factors[i])) return null;
    Expr product = factors[from];
    for (int i = from + 1; i < to; i++) {
      product = Expr.product(product, factors[i]);
      if (product instanceof Sum || product instanceof Num) return null;
    }
    return product;
  }

  /** True for a name, a constant, a call or a power of anything but a sum. */
  private static boolean mergesInAnyOrder(Expr e) {
    return e instanceof Var || e instanceof Constant || e instanceof Call
        || (e instanceof Power p && !(p.base() instanceof Sum));
  }
}

package dev.leibniz.expr;

import java.util.List;

/**
 * One small tree of each kind {@link Expr} permits, for the tests that prove every operation
 * handles every kind (STYLE.md, "Dispatch"); {@code NodeSamplesTest} proves the list complete.
 */
public final class NodeSamples {
  private static final Var X = new Var("x");

  /** A number, a constant, a variable, a sum, a product, a power and a call, in that order. */
  public static final List<Expr> ONE_OF_EACH = List.of(
      Num.of(2), Constant.PI, X, new Sum(List.of(X, Num.ONE)), new Product(List.of(Num.TWO, X)),
      new Power(X, Num.TWO), new Call(MathFunction.SIN, X));

  private NodeSamples() {}
}

package dev.leibniz.cli;

import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * The derivatives a front end shows for {@code --wrt} and {@code --order}: by the chain of
 * {@code --wrt} variables repeated {@code order} times, so {@code [x, z]} is d²/dz dx; or, with
 * no {@code --wrt}, {@link Expression#derivations(int, boolean)}: every partial of that order,
 * mixed ones once each (d2/dx2, d2/dy dx, d2/dy2, as {@code hessian} prints them), which for
 * one variable is its derivative of that order, or, for a constant, by none (0).
 */
final class Partials {
  private Partials() {}

  /** The derivatives asked for, with their steps if {@code withSteps}. */
  static List<Derivative> of(Expression f, List<String> wrt, int order, boolean withSteps) {
    return f.derivatives(wrt, order, withSteps);
  }

  /** The result of each derivative, in order. */
  static List<Expression> results(List<Derivative> partials) {
    List<Expression> results = new ArrayList<>(partials.size());
    for (Derivative p : partials) results.add(p.result());
    return results;
  }
}

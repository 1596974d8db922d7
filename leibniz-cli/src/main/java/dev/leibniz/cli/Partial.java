package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * One derivative a front end shows: {@code result} is {@code function} differentiated by each
 * variable of {@code chain} in turn, so the chain {@code [x, z]} is d²/dz dx.
 */
record Partial(Expression function, List<String> chain, Expression result) {
  private static final Expression ZERO = Expression.parse("0");

  Partial {
    chain = List.copyOf(chain);
  }

  /**
   * The derivatives asked for: by the chain {@code wrt} repeated {@code order} times; or, when
   * {@code wrt} is empty, every partial of that order ({@link #allOfOrder}), which for one
   * variable is its {@code order}-th derivative; or, for a constant, the derivative by no
   * variable, 0 (the constant itself for order 0).
   */
  static List<Partial> of(Expression f, List<String> wrt, int order) {
    if (!wrt.isEmpty()) return List.of(of(f, repeat(wrt, order)));
    List<String> variables = new ArrayList<>(f.variables());
    if (variables.isEmpty() || order == 0) {
      return List.of(new Partial(f, List.of(), order == 0 ? f : ZERO));
    }
    return allOfOrder(f, variables, order);
  }

  /**
   * Every partial derivative of {@code f} of order {@code order}, mixed ones included, each set
   * of variables once: differentiation by different variables commutes (Schwarz), so the chain
   * lists its variables in the order of {@code variables}, which is also the order of the list.
   * For x and y and order 2: d2/dx2, d2/dy dx, d2/dy2, as {@code hessian} prints them. Each
   * partial is one derivative of a partial of the order below.
   */
  static List<Partial> allOfOrder(Expression f, List<String> variables, int order) {
    List<Partial> level = List.of(new Partial(f, List.of(), f));
    for (int k = 0; k < order; k++) {
      List<Partial> next = new ArrayList<>();
      for (Partial p : level) {
        int from = p.chain.isEmpty() ? 0 : variables.indexOf(p.chain.get(p.chain.size() - 1));
        for (String v : variables.subList(from, variables.size())) {
          List<String> chain = new ArrayList<>(p.chain);
          chain.add(v);
          next.add(new Partial(f, chain, p.result.derivative(v)));
        }
      }
      level = next;
    }
    return level;
  }

  /** The result of each partial, in order. */
  static List<Expression> results(List<Partial> partials) {
    List<Expression> results = new ArrayList<>(partials.size());
    for (Partial p : partials) results.add(p.result());
    return results;
  }

  /** The derivative of {@code f} by each variable of {@code chain} in turn. */
  static Partial of(Expression f, List<String> chain) {
    return new Partial(f, chain, f.derivative(chain.toArray(new String[0])));
  }

  /**
   * The operator's name: {@code d/dx}, {@code d2/dx2}, {@code d2/dz dx}, {@code d3/dy dx2}
   * (the variables right to left in the order they apply, a run of one variable with its
   * count, after a {@code ^} when the name ends in a digit: {@code d2/dx1^2}); empty for a
   * derivative by no variable.
   */
  String label() {
    int n = chain.size();
    if (n == 0) return "";
    StringBuilder label = new StringBuilder(n == 1 ? "d/" : "d" + n + "/");
    int i = n - 1;
    while (i >= 0) {
      String v = chain.get(i);
      int run = 0;
      while (i >= 0 && chain.get(i).equals(v)) {
        run++;
        i--;
      }
      if (i + run < n - 1) label.append(' ');
      label.append('d').append(v);
      if (run > 1) label.append(Character.isDigit(v.charAt(v.length() - 1)) ? "^" : "").append(run);
    }
    return label.toString();
  }

  private static List<String> repeat(List<String> chain, int times) {
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < times; i++) repeated.addAll(chain);
    return repeated;
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.ArrayList;
import java.util.Collections;
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
   * {@code wrt} is empty, by the only variable, by each variable in turn (a gradient), or by
   * none (the derivative of a constant, 0).
   */
  static List<Partial> of(Expression f, List<String> wrt, int order) {
    if (!wrt.isEmpty()) return List.of(of(f, repeat(wrt, order)));
    List<Partial> partials = new ArrayList<>();
    for (String v : f.variables()) partials.add(of(f, Collections.nCopies(order, v)));
    if (partials.isEmpty()) partials.add(new Partial(f, List.of(), order == 0 ? f : ZERO));
    return partials;
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
   * The operator's name as the REPL reads it: {@code d/dx}, {@code d2/dx2}, {@code d2/dz dx};
   * empty for a derivative by no variable.
   */
  String label() {
    int n = chain.size();
    if (n == 0) return "";
    if (n == 1) return "d/d" + chain.get(0);
    if (chain.stream().distinct().count() == 1) {
      String v = chain.get(0);
      return "d" + n + "/d" + v + (Character.isDigit(v.charAt(v.length() - 1)) ? "^" : "") + n;
    }
    StringBuilder label = new StringBuilder("d" + n + "/");
    for (int i = n - 1; i >= 0; i--) label.append(i < n - 1 ? " d" : "d").append(chain.get(i));
    return label.toString();
  }

  private static List<String> repeat(List<String> chain, int times) {
    List<String> repeated = new ArrayList<>();
    for (int i = 0; i < times; i++) repeated.addAll(chain);
    return repeated;
  }
}

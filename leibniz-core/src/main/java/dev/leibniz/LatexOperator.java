package dev.leibniz;

import java.util.List;

/**
 * A partial derivative's name in LaTeX, in Leibniz's notation with {@code f} for the function
 * differentiated: {@code \frac{\partial f}{\partial x}},
 * {@code \frac{\partial^{2} f}{\partial x^{2}}}, and for a mixed partial the variables right to
 * left in the order they apply, as in the plain label {@code d2/dy dx}:
 * {@code \frac{\partial^{2} f}{\partial y \partial x}} is d/dy of d/dx of f. A variable is
 * written as the LaTeX printer writes it ({@code \theta}, {@code x_{1}}).
 */
final class LatexOperator {
  private LatexOperator() {}

  /** The operator applied to f for the chain {@code chain} (first variable applied first). */
  static String of(List<String> chain) {
    StringBuilder below = new StringBuilder();
    for (OperatorLabel.Run r : OperatorLabel.runs(chain)) {
      if (below.length() > 0) below.append(' ');
      below.append("\\partial ").append(Expression.parse(r.variable()).toLatex())
          .append(power(r.count()));
    }
    return "\\frac{\\partial" + power(chain.size()) + " f}{" + below + "}";
  }

  private static String power(int n) {
    return n == 1 ? "" : "^{" + n + "}";
  }
}

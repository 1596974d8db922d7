package dev.leibniz.cli;

import dev.leibniz.Derivative;
import dev.leibniz.Expression;

/** How expressions are written out: the output language (plain) or LaTeX. */
enum TextFormat {
  /** The output language, which parses back: {@code z/ln(x)}. */
  PLAIN,
  /** LaTeX: {@code \frac{z}{\ln\left(x\right)}}. */
  LATEX;

  /** {@code e} written in this format. */
  String write(Expression e) {
    return this == LATEX ? e.toLatex() : e.toString();
  }

  /** The operator of a partial: {@code d/dx} or {@code \frac{\partial}{\partial x}}. */
  String operator(Derivative p) {
    if (this == PLAIN) return p.label();
    int n = p.variables().size();
    StringBuilder below = new StringBuilder();
    for (int i = n - 1; i >= 0; i--) {
      if (below.length() > 0) below.append(' ');
      below.append("\\partial ").append(p.variables().get(i));
    }
    String top = n == 1 ? "\\partial" : "\\partial^{" + n + "}";
    return "\\frac{" + top + "}{" + below + "}";
  }
}

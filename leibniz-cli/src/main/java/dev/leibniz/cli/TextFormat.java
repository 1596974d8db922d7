package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.expr.Expr;
import dev.leibniz.print.LatexPrinter;
import dev.leibniz.print.PlainPrinter;

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

  /** {@code e} written in this format. */
  String write(Expr e) {
    return this == LATEX ? LatexPrinter.print(e) : PlainPrinter.print(e);
  }

  /** The operator of a partial: {@code d/dx} or {@code \frac{\partial}{\partial x}}. */
  String operator(Partial p) {
    if (this == PLAIN) return p.label();
    int n = p.chain().size();
    StringBuilder below = new StringBuilder();
    for (int i = n - 1; i >= 0; i--) {
      if (below.length() > 0) below.append(' ');
      below.append("\\partial ").append(p.chain().get(i));
    }
    String top = n == 1 ? "\\partial" : "\\partial^{" + n + "}";
    return "\\frac{" + top + "}{" + below + "}";
  }
}

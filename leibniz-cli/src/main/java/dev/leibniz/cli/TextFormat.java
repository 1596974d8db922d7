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

  /**
   * The operator of a partial: {@code d/dx}, or {@code \frac{\partial f}{\partial x}}
   * ({@link LatexOperator}).
   */
  String operator(Partial p) {
    return this == PLAIN ? p.label() : LatexOperator.of(p.chain());
  }
}

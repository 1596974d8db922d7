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

  /**
   * The operator of a partial: {@code d/dx}, or {@code \frac{\partial f}{\partial x}}
   * ({@link Derivative#latexLabel()}).
   */
  String operator(Derivative p) {
    return this == PLAIN ? p.label() : p.latexLabel();
  }
}

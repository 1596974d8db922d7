package dev.leibniz.expr;

import java.util.List;

/** A named mathematical constant: Euler's number {@code e} and {@code pi}. */
public enum Constant implements Expr {
  /** Euler's number; {@code e^u} is the exponential function. */
  E("e", "e", Math.E),
  /** The ratio of a circle's circumference to its diameter, written {@code pi} or {@code π}. */
  PI("pi", "\\pi", Math.PI);

  private final String symbol;
  private final String latex;
  private final double value;

  Constant(String symbol, String latex, double value) {
    this.symbol = symbol;
    this.latex = latex;
    this.value = value;
  }

  /** How the output language writes it. */
  public String symbol() {
    return symbol;
  }

  /** How LaTeX writes it. */
  public String latex() {
    return latex;
  }

  /** Its double value. */
  public double value() {
    return value;
  }

  @Override
  public String toString() {
    return symbol;
  }

  @Override
  public List<Expr> children() {
    return Operands.empty();
  }
}

package dev.leibniz.expr;

import dev.leibniz.error.LeibnizException;

/**
 * An expression whose value is undefined wherever it is evaluated, found while it is built:
 * a division by an exact zero ({@code 1/0}, {@code (x-x)/(x-x)}) or a function at an exact
 * point outside its real domain or at a pole ({@code ln(0)}, {@code asin(2)},
 * {@code tan(pi/2)}). The smart constructors throw it rather than build a tree that would
 * print as a formula and evaluate to nothing; the parser adds the column.
 */
public class UndefinedException extends LeibnizException {
  private static final long serialVersionUID = 1L;

  /** {@code what} says what is undefined, e.g. {@code division by zero}. */
  public UndefinedException(String what) {
    super(what);
  }

  /** {@code 1/0}: an exact zero raised to a negative power. */
  static UndefinedException divisionByZero() {
    return new UndefinedException("division by zero");
  }

  /** {@code ln(0) is undefined}, {@code tan(pi/2) is undefined (a pole)}. */
  static UndefinedException functionAt(MathFunction f, String argument, boolean pole) {
    return new UndefinedException(f.canonicalName() + "(" + argument + ") is undefined"
        + (pole ? " (a pole)" : ""));
  }

  /** {@code (-1)^(1/2) is not a real number}. */
  static UndefinedException notReal(Rational base, Rational exponent) {
    return new UndefinedException("(" + NumberText.of(base) + ")^(" + NumberText.of(exponent)
        + ") is not a real number");
  }
}

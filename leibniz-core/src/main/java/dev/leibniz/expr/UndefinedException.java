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
  private static final String NOT_REAL = " is not a real number";

  /** True for a power that is not a real number, which a call may name as it was written. */
  private final boolean notReal;

  /** {@code what} says what is undefined, e.g. {@code division by zero}. */
  public UndefinedException(String what) {
    this(what, false);
  }

  private UndefinedException(String what, boolean notReal) {
    super(what);
    this.notReal = notReal;
  }

  /**
   * This error about the call {@code written}, as the input writes it, when the call made a
   * power that is not a real number ({@code sqrt(-1) is not a real number}, not the
   * {@code (-1)^(1/2)} it stands for, as {@code eval} says {@code sqrt(x) undefined}); any other
   * error as it is.
   */
  public UndefinedException writtenAs(String written) {
    return notReal ? new UndefinedException(written + NOT_REAL, true) : this;
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
        + ")" + NOT_REAL, true);
  }
}

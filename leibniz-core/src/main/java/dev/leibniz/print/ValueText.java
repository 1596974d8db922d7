package dev.leibniz.print;

/**
 * A double as Leibniz writes a value for a person: a whole number without a fraction
 * ({@code 6}, {@code -1}), any other value as {@link Double#toString} writes it, the shortest
 * decimal that reads back to the same double ({@code 0.6931471805599453}, {@code 1.0E-9},
 * {@code NaN}, {@code Infinity}). Whole numbers from 10^15 on keep the exponent form
 * ({@code 1.0E15}), so no value prints with a run of invented digits.
 */
public final class ValueText {
  private ValueText() {}

  /** The value as text: {@code 2}, {@code 2.5}, {@code -0.1}, {@code 1.0E-9}. */
  public static String of(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return Double.toString(value);
  }
}

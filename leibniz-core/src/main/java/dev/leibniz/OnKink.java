package dev.leibniz;

import java.util.OptionalDouble;

/**
 * A derivative at a point on a kink ({@link Derivative#onKink}): the function whose kink it is
 * ({@code abs}, {@code relu}, {@code sign} or {@code step}, its argument 0 there), and the
 * derivative's value where it exists nonetheless ({@code x*abs(x)} at 0 has derivative 0), empty
 * where it does not ({@code abs(x)} at 0).
 */
public record OnKink(String function, OptionalDouble value) {
  /** True where the derivative exists at the point. */
  public boolean exists() {
    return value.isPresent();
  }

  /**
   * A derivative that does not exist on a kink of {@code function}, in words, as every front
   * end writes it: {@code none, the point is on the kink of abs (at 0)}.
   */
  public static String words(String function) {
    return "none, the point is on the kink of " + function + " (at 0)";
  }
}

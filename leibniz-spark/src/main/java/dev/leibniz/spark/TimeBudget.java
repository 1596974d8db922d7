package dev.leibniz.spark;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The time one row may compute, in seconds: {@link #run} computes on the calling thread (the
 * task's, so a partition's rows stay thread-confined, as in {@code leibniz batch}) and, past the
 * budget, interrupts the computation through the {@link Watchdog}; Leibniz stops at its next
 * poll of the interrupt flag and the row gets the timeout answer instead. The task goes on.
 */
final class TimeBudget implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double seconds;

  /** @throws IllegalArgumentException unless {@code 0 < seconds <= 1e6} */
  TimeBudget(double seconds) {
    if (!(seconds > 0 && seconds <= 1e6)) {
      throw new IllegalArgumentException("the timeout must be a positive number of seconds, not "
          + seconds);
    }
    this.seconds = seconds;
  }

  double seconds() {
    return seconds;
  }

  /**
   * The value of {@code work}, or of {@code timedOut} if {@code work} ran past the budget.
   * {@code work} must not throw: it answers its errors as values.
   */
  <T> T run(Supplier<T> work, Supplier<T> timedOut) {
    Watchdog.Watch watch = Watchdog.watch((long) (seconds * 1e9));
    T answer;
    boolean late;
    try {
      answer = work.get();
    } finally {
      late = watch.stop();
    }
    return late ? timedOut.get() : answer;
  }
}

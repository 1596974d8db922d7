package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Ends a test that hangs, and nothing more: a guard against a hang, never a speed limit. Tests
 * assert the work done (the answer, its size, the column where input was refused); how long it
 * takes belongs in BENCHMARKS.md. The limit is minutes so that no machine, however loaded,
 * mistakes slowness for a hang.
 */
public final class HangGuard {
  /** Far beyond any honest run, which takes well under a minute on a loaded machine. */
  public static final Duration LIMIT = Duration.ofMinutes(5);

  private HangGuard() {}

  /** The value of {@code work}, run on another thread that is abandoned if it hangs. */
  public static <T> T call(ThrowingSupplier<T> work) {
    return assertTimeoutPreemptively(LIMIT, work, HangGuard::message);
  }

  /** Runs {@code work} on another thread that is abandoned if it hangs. */
  public static void run(Executable work) {
    assertTimeoutPreemptively(LIMIT, work, HangGuard::message);
  }

  private static String message() {
    return "hang guard: still running after " + LIMIT.toMinutes() + " minutes";
  }
}

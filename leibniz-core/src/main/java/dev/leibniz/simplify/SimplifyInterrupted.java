package dev.leibniz.simplify;

/** Thrown when the thread running a simplification is interrupted: the caller gave up on it. */
final class SimplifyInterrupted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SimplifyInterrupted() {
    super("simplification interrupted");
  }
}

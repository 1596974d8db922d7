package dev.leibniz.expr;

import dev.leibniz.error.LeibnizException;

/**
 * The depth policy, in one place (docs/ARCHITECTURE.md, "Depth"), and the interruption poll of
 * the long stages.
 *
 * <p>The parser refuses input nested deeper than {@link #MAX_NESTING} levels (brackets, chains of
 * powers and of signs) before any recursion starts. ANTLR's parser and the visitor that builds
 * the tree recurse a few frames per level of nesting; the later stages work on the tree, whose
 * equality, hashing and printing are iterative or recurse a bounded number of frames per level.
 * The limit is chosen so that every stage runs, at the limit, on a thread with a 512 KiB stack,
 * half the JVM's default thread stack, with the JIT compiler off (the largest frames):
 * {@code DepthPolicyTest} runs exactly that. No stage moves its work to another thread.
 */
public final class StackGuard {
  /** The deepest nesting the parser accepts. */
  public static final int MAX_NESTING = 100;

  /** How many nodes a long stage handles between two looks at the interrupt flag. */
  private static final int POLL_MASK = 1023;

  private StackGuard() {}

  /**
   * Throws {@link InterruptedComputation} if the current thread was interrupted, clearing the
   * flag as {@link InterruptedException} does; call it once per node of a long walk with a
   * running count, it looks at the flag once every 1,024 counts.
   */
  public static void poll(int count) {
    if ((count & POLL_MASK) == 0 && Thread.interrupted()) throw new InterruptedComputation();
  }

  /** Throws {@link InterruptedComputation} if the current thread was interrupted. */
  public static void checkInterrupted() {
    if (Thread.interrupted()) throw new InterruptedComputation();
  }

  /** The current thread was interrupted while a stage was running: it stopped. */
  public static final class InterruptedComputation extends LeibnizException {
    private static final long serialVersionUID = 1L;

    InterruptedComputation() {
      super("interrupted");
    }
  }
}

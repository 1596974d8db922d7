package dev.leibniz.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * One batch line on its way through {@link BatchRunner}: its number and text, when it started
 * computing and, once submitted, its future; or, for a line that needs no work (a blank line, a
 * comment), its answer already.
 */
final class BatchJob implements Callable<Outcome> {
  /** The value of {@link #started} before the computation starts. */
  static final long NOT_STARTED = Long.MIN_VALUE;

  final long number;
  final String line;
  final Outcome ready;
  volatile long started = NOT_STARTED;
  volatile Future<Outcome> future;

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;

  private final BiFunction<Long, String, Outcome> work;
  private final WorkerPool pool;
  private final AtomicInteger state = new AtomicInteger(RUNNING);

  /** A line to compute with {@code work} on a worker of {@code pool}. */
  BatchJob(long number, String line, BiFunction<Long, String, Outcome> work, WorkerPool pool) {
    this.number = number;
    this.line = line;
    this.work = work;
    this.pool = pool;
    this.ready = null;
  }

  /** A line whose answer is known already. */
  BatchJob(long number, String line, Outcome ready) {
    this.number = number;
    this.line = line;
    this.work = null;
    this.pool = null;
    this.ready = ready;
  }

  @Override
  public Outcome call() {
    started = System.nanoTime();
    try {
      return work.apply(number, line);
    } finally {
      // An abandoned line's extra worker is no longer needed once this one is free again.
      if (!state.compareAndSet(RUNNING, DONE)) pool.shrink();
    }
  }

  /**
   * Gives up on this line after its timeout: interrupts it (the differentiator stops when
   * interrupted) and lends the pool another worker until it has stopped. False if the line
   * finished first, so that its answer can be used after all.
   */
  boolean abandon() {
    if (!state.compareAndSet(RUNNING, ABANDONED)) return false;
    pool.grow();
    future.cancel(true);
    return true;
  }
}

package dev.leibniz.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
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

  private final BiFunction<Long, String, Outcome> work;
  private final Semaphore running;
  private final AtomicBoolean released = new AtomicBoolean();

  /** A line to compute with {@code work}, holding a permit of {@code running} meanwhile. */
  BatchJob(long number, String line, BiFunction<Long, String, Outcome> work, Semaphore running) {
    this.number = number;
    this.line = line;
    this.work = work;
    this.running = running;
    this.ready = null;
  }

  /** A line whose answer is known already. */
  BatchJob(long number, String line, Outcome ready) {
    this.number = number;
    this.line = line;
    this.work = null;
    this.running = null;
    this.ready = ready;
  }

  @Override
  public Outcome call() {
    started = System.nanoTime();
    try {
      return work.apply(number, line);
    } finally {
      release();
    }
  }

  /** Gives back this line's permit to compute, once, whether it finished or was abandoned. */
  void release() {
    if (running != null && released.compareAndSet(false, true)) running.release();
  }
}

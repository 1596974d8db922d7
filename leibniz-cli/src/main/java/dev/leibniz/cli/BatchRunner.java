package dev.leibniz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;

/**
 * Runs a stream of lines through a function in parallel and writes the answers in input order,
 * in constant memory: a reader thread queues each line for the workers ({@link WorkerPool},
 * {@code threads} of them) and in a window of at most {@code threads * 1024} lines; the calling
 * thread takes every line the window holds at once, waits for each answer in turn and writes
 * it. Workers take the next queued line as soon as they are free, so no thread waits on another
 * between lines. The writer looks at the oldest line's answer every {@link #TICK_NANOS} rather
 * than asking its worker to wake it, and frees the window a batch of lines at a time, so the
 * threads do not wake each other once per line (each wake-up is a system call and a context
 * switch, a sizeable share of a line that takes a few microseconds).
 *
 * <p>A line still computing after the timeout is abandoned: its answer becomes the timeout
 * message, it is interrupted (the differentiator stops when interrupted), and the pool has one
 * more worker until its thread is free again. Workers are daemon threads and never keep the JVM
 * alive.
 */
final class BatchRunner {
  /** Counts of what was written. */
  record Summary(long ok, long errors) {}

  /**
   * How long the writer sleeps before it looks at the line it waits for again: long enough that
   * its wake-ups cost little (at 200 µs they took about a tenth of a core, in the kernel's timer
   * work, which two workers on two cores feel), short against the window, which the workers
   * take hundreds of microseconds to fill.
   */
  static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final BiFunction<Long, String, Outcome> work;
  private final BiFunction<Long, String, Outcome> timedOut;
  private final BatchFormat format;
  private final int threads;
  private final long timeoutNanos;

  /**
   * @param work the answer for line number n with text s (never throws)
   * @param timedOut the answer for a line abandoned after the timeout
   * @param format how blank and comment lines are passed over
   */
  BatchRunner(BiFunction<Long, String, Outcome> work, BiFunction<Long, String, Outcome> timedOut,
      BatchFormat format, int threads, double timeoutSeconds) {
    this.work = work;
    this.timedOut = timedOut;
    this.format = format;
    this.threads = threads;
    this.timeoutNanos = (long) (timeoutSeconds * 1e9);
  }

  /**
   * Answers every line of {@code in} on {@code out}; {@code written} counts lines as they go.
   *
   * @throws IOException if reading fails (the lines before it are written)
   */
  Summary run(InputLines in, PrintWriter out, AtomicLong written) throws IOException {
    WorkerPool pool = new WorkerPool(threads);
    BlockingQueue<BatchJob> window = new ArrayBlockingQueue<>(threads * 1024);
    LineFeeder feeder = new LineFeeder(in, window, format,
        (number, line) -> submit(new BatchJob(number, line, work, pool), pool));
    Thread reader = new Thread(feeder, "leibniz-batch-reader");
    reader.setDaemon(true);
    reader.start();
    long ok = 0;
    long errors = 0;
    List<BatchJob> taken = new ArrayList<>();
    try {
      reading:
      while (true) {
        taken.clear();
        taken.add(take(window));
        window.drainTo(taken);
        for (BatchJob job : taken) {
          if (job == LineFeeder.END) break reading;
          Outcome outcome = await(job);
          if (outcome.text() != null) out.println(outcome.text());
          if (outcome.status() == Outcome.Status.OK) ok++;
          if (outcome.status() == Outcome.Status.ERROR) errors++;
          if (written.incrementAndGet() % 1024 == 0 && out.checkError()) break reading;
        }
      }
    } finally {
      reader.interrupt();
      pool.shutdownNow();
      out.flush();
    }
    if (feeder.failure() != null) throw feeder.failure();
    return new Summary(ok, errors);
  }

  /** Queues {@code job} for the workers. */
  private static BatchJob submit(BatchJob job, WorkerPool pool) {
    job.future = pool.submit(job);
    return job;
  }

  /**
   * The answer of {@code job}, or the timeout answer once it has computed too long. Looks at
   * the job every {@link #TICK_NANOS} without registering to be woken, so a worker finishing a
   * line never has to wake this thread.
   */
  private Outcome await(BatchJob job) {
    if (job.ready != null) return job.ready;
    while (!job.future.isDone()) {
      long started = job.started;
      long wait = started == BatchJob.NOT_STARTED ? TICK_NANOS
          : timeoutNanos - (System.nanoTime() - started);
      if (wait <= 0) {
        if (job.abandon()) return timedOut.apply(job.number, job.line);
        break;
      }
      LockSupport.parkNanos(Math.min(wait, TICK_NANOS));
      if (Thread.currentThread().isInterrupted()) return Outcome.error("error: interrupted");
    }
    return result(job);
  }

  /** The answer of a finished job. */
  private static Outcome result(BatchJob job) {
    try {
      return job.future.get();
    } catch (ExecutionException e) {
      return Outcome.error(Failures.internal(e.getCause()));
    } catch (InterruptedException | java.util.concurrent.CancellationException e) {
      Thread.currentThread().interrupt();
      return Outcome.error("error: interrupted");
    }
  }

  private static BatchJob take(BlockingQueue<BatchJob> window) {
    try {
      return window.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LineFeeder.END;
    }
  }

}

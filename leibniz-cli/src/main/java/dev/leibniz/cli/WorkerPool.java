package dev.leibniz.cli;

import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch's workers: a fixed number of daemon threads with default stacks (every stage fits
 * them at the nesting limit: docs/ARCHITECTURE.md, "Depth") taking lines from a queue, so a
 * worker goes from one line to the next without waiting for anyone. A line abandoned after its timeout keeps its thread busy until it stops,
 * so the pool {@link #grow()}s by one thread meanwhile and {@link #shrink()}s back after.
 */
final class WorkerPool {
  private final ThreadPoolExecutor executor;

  WorkerPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    executor = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(group, r, "leibniz-batch-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Queues {@code job}; a free worker starts it. */
  Future<Outcome> submit(BatchJob job) {
    return executor.submit(job);
  }

  /** One more worker, while an abandoned line still holds one. */
  synchronized void grow() {
    executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
    executor.setCorePoolSize(executor.getCorePoolSize() + 1);
  }

  /** One worker fewer, once an abandoned line has stopped. */
  synchronized void shrink() {
    executor.setCorePoolSize(executor.getCorePoolSize() - 1);
    executor.setMaximumPoolSize(executor.getMaximumPoolSize() - 1);
  }

  void shutdownNow() {
    executor.shutdownNow();
  }
}

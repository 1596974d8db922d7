package dev.leibniz.spark;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per JVM that interrupts a row's computation once it is past its deadline.
 * Leibniz's long stages poll the interrupt flag and stop with an error, so the task thread gets
 * its row back and goes on with the next one; Spark's own threads are never interrupted outside
 * a row: a watch only interrupts while its row is running ({@link Watch#stop()} ends that under
 * the same lock), and clears a flag it set that the computation did not consume.
 */
final class Watchdog {
  /** How often the deadlines are looked at: a row stops at most this late. */
  private static final long TICK_MILLIS = 10;

  private static final Watchdog INSTANCE = new Watchdog();

  private final Set<Watch> running = ConcurrentHashMap.newKeySet();

  private Watchdog() {
    Thread thread = new Thread(this::patrol, "leibniz-row-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts watching the calling thread: it is interrupted {@code nanos} from now. */
  static Watch watch(long nanos) {
    Watch w = new Watch(Thread.currentThread(), System.nanoTime() + nanos);
    INSTANCE.running.add(w);
    return w;
  }

  /** One row's computation on one thread, with its deadline. */
  static final class Watch {
    private final Thread thread;
    private final long deadline;
    private boolean stopped;
    private boolean fired;

    private Watch(Thread thread, long deadline) {
      this.thread = thread;
      this.deadline = deadline;
    }

    /**
     * Ends the watch, on the watched thread; true if the deadline passed and the thread was
     * interrupted. No interrupt is delivered after this returns, and none is left pending.
     */
    boolean stop() {
      INSTANCE.running.remove(this);
      boolean interrupted;
      synchronized (this) {
        stopped = true;
        interrupted = fired;
      }
      if (interrupted) Thread.interrupted();
      return interrupted;
    }

    private synchronized void fireIfLate(long now) {
      if (!stopped && !fired && now - deadline >= 0) {
        fired = true;
        thread.interrupt();
      }
    }
  }

  private void patrol() {
    while (true) {
      try {
        TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      for (Watch w : running) w.fireIfLate(now);
    }
  }
}

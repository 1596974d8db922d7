package dev.leibniz.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * The calling thread's CPU time and bytes allocated, the two measures of the CPU-clock
 * harnesses ({@code bench/cpu}, {@code bench/cpu-ab}, {@code bench/parse}, {@code bench/phase-ab}):
 * unlike wall-clock time, neither counts the time another process holds the core.
 */
public final class ThreadClock {
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ThreadClock() {}

  /** Nanoseconds of CPU this thread has used. */
  public static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Bytes this thread has allocated. */
  public static long allocated() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}

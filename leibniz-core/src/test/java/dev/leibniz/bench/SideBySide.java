package dev.leibniz.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the library in one JVM, timed in alternation, so that a busy machine slows both
 * alike: each build is loaded by its own class loader, and each round times one pass of one
 * build, then one pass of the other. A pass is the full simplification of the mix's derivatives
 * by x ({@code mix}), the lecture example parsed, differentiated by x and fully simplified
 * 10,000 times ({@code lecture}), or its derivative only simplified 10,000 times
 * ({@code lecture-simplify}). Times are the thread's CPU time; the figure to read is the
 * median of the per-round ratios. {@code bench/simplify-ab} runs it:
 *
 * <pre>
 * bench/simplify-ab /tmp/old/leibniz-core/target/classes mix 9
 * </pre>
 */
public final class SideBySide {
  private static final int LECTURE_REPEATS = 10_000;

  private SideBySide() {}

  public static void main(String[] args) throws Exception {
    String[] builds = args[0].split(",");
    String workload = args[1];
    int rounds = Integer.parseInt(args[2]);
    String libraries = args[3];
    Runnable[] passes = new Runnable[2];
    int count = 0;
    for (int b = 0; b < 2; b++) {
      Workload w = new Workload(new LibraryBuild(builds[b], libraries).loader, workload);
      passes[b] = w::pass;
      count = w.size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] nanos = new long[2][rounds];
    for (int r = -1; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        long start = threads.getCurrentThreadCpuTime();
        passes[b].run();
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (r >= 0) nanos[b][r] = spent;
      }
    }
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) ratios[r] = (double) nanos[0][r] / nanos[1][r];
    Arrays.sort(ratios);
    System.out.printf("%s, %d rounds (the first, warm-up, not counted), %d per pass%n", workload,
        rounds, count);
    for (int b = 0; b < 2; b++) {
      long[] t = nanos[b].clone();
      Arrays.sort(t);
      double median = t[rounds / 2];
      System.out.printf("  %-5s %,12.0f ns per item   %,10.0f per second   (%s)%n",
          b == 0 ? "first" : "second", median / count, count / (median / 1e9), builds[b]);
    }
    System.out.printf("  first/second, median of the per-round ratios: %.2f (min %.2f, max %.2f)%n",
        ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
  }

  /** One pass of a workload through the public facade of one build, by reflection. */
  private static final class Workload {
    private final Method parse;
    private final Method derivative;
    private final Method simplify;
    private final boolean lecture;
    private final boolean simplifyOnly;
    private final List<Object> derivatives = new ArrayList<>();
    private long sink;

    Workload(ClassLoader loader, String name) throws ReflectiveOperationException {
      Class<?> expression = loader.loadClass("dev.leibniz.Expression");
      parse = expression.getMethod("parse", String.class);
      derivative = expression.getMethod("derivative", String.class);
      simplify = expression.getMethod("simplify");
      simplifyOnly = name.equals("lecture-simplify");
      lecture = name.equals("lecture") || simplifyOnly;
      if (!lecture && !name.equals("mix")) throw new IllegalArgumentException("no workload " + name);
      List<String> lines = !lecture ? Workloads.mix()
          : simplifyOnly ? List.of(Workloads.LECTURE) : Collections.emptyList();
      for (String line : lines) {
        try {
          derivatives.add(derivative.invoke(parse.invoke(null, line), "x"));
        } catch (InvocationTargetException e) {
          // A line that does not parse (0^(-1)) is not a derivative to simplify.
        }
      }
    }

    int size() {
      return lecture ? LECTURE_REPEATS : derivatives.size();
    }

    void pass() {
      try {
        if (lecture) {
          for (int i = 0; i < LECTURE_REPEATS; i++) {
            Object d = simplifyOnly ? derivatives.get(0)
                : derivative.invoke(parse.invoke(null, Workloads.LECTURE), "x");
            sink += simplify.invoke(d).hashCode();
          }
        } else {
          for (Object d : derivatives) sink += simplify.invoke(d).hashCode();
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}

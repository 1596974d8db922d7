package dev.leibniz.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phases of {@link CpuPhases} for two builds of the library in one JVM, timed in
 * alternation so that a busy machine slows both alike: each build is loaded by its own class
 * loader, and each round runs every phase of one build, then of the other. The phases are
 * parse, d/dx and print of the mix each alone, the whole pipeline through the facade (with the
 * bytes it allocates per line) and the lecture pipeline 10,000 times. Times are the thread's
 * CPU time; the figures are medians over the rounds, and the ratio is the median of the
 * per-round ratios. {@code bench/cpu-ab} runs it:
 *
 * <pre>
 * bench/cpu-ab /tmp/old/leibniz-core/target/classes 9
 * </pre>
 */
public final class PhasesSideBySide {
  private static final String[] PHASES = {"parse", "d/dx", "print", "pipeline", "lecture"};
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private PhasesSideBySide() {}

  public static void main(String[] args) throws Exception {
    String[] builds = args[0].split(",");
    int rounds = Integer.parseInt(args[1]);
    String libraries = args[2];
    List<String> lines = Workloads.mix();
    Build[] pair = new Build[2];
    for (int b = 0; b < 2; b++) {
      List<URL> urls = new ArrayList<>();
      urls.add(Path.of(builds[b]).toUri().toURL());
      for (String jar : libraries.split(":")) urls.add(Path.of(jar).toUri().toURL());
      pair[b] = new Build(new URLClassLoader(urls.toArray(new URL[0]),
          ClassLoader.getPlatformClassLoader()), lines);
    }
    long[][][] nanos = new long[2][PHASES.length][rounds];
    long[][] bytes = new long[2][rounds];
    for (int r = -2; r < rounds; r++) {
      for (int b = 0; b < 2; b++) {
        long[] spent = new long[PHASES.length];
        long allocated = pair[b].round(spent);
        if (r < 0) continue;
        for (int p = 0; p < PHASES.length; p++) nanos[b][p][r] = spent[p];
        bytes[b][r] = allocated;
      }
    }
    System.out.printf("%d rounds (two warm-up rounds not counted), %,d lines; µs per line,"
        + " medians%n", rounds, lines.size());
    System.out.printf("  %-9s %10s %10s %10s%n", "phase", "first", "second", "first/second");
    for (int p = 0; p < PHASES.length; p++) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) ratios[r] = (double) nanos[0][p][r] / nanos[1][p][r];
      Arrays.sort(ratios);
      System.out.printf("  %-9s %10.2f %10.2f %10.2f  (min %.2f, max %.2f)%n", PHASES[p],
          median(nanos[0][p]) / 1e3 / lines.size(), median(nanos[1][p]) / 1e3 / lines.size(),
          ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
    }
    System.out.printf("  %-9s %10d %10d  bytes per line of the pipeline%n", "allocated",
        (long) median(bytes[0]) / lines.size(), (long) median(bytes[1]) / lines.size());
    System.out.printf("  first: %s%n  second: %s%n", builds[0], builds[1]);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One build's phases, called by reflection through its own class loader. */
  private static final class Build {
    private final Method parseTree;
    private final Method differentiate;
    private final Method print;
    private final Method parse;
    private final Method derivative;
    private final List<String> lines;
    private long sink;

    Build(ClassLoader loader, List<String> lines) throws ReflectiveOperationException {
      Class<?> expr = loader.loadClass("dev.leibniz.expr.Expr");
      parseTree = loader.loadClass("dev.leibniz.parse.ExprParser").getMethod("parse",
          String.class);
      differentiate = loader.loadClass("dev.leibniz.diff.Differentiator")
          .getMethod("derivative", expr, String.class);
      print = loader.loadClass("dev.leibniz.print.PlainPrinter").getMethod("print", expr);
      Class<?> expression = loader.loadClass("dev.leibniz.Expression");
      parse = expression.getMethod("parse", String.class);
      derivative = expression.getMethod("derivative", String.class);
      this.lines = lines;
    }

    /** Runs every phase once, fills {@code spent} with CPU ns and returns pipeline bytes. */
    long round(long[] spent) throws ReflectiveOperationException {
      long t0 = cpu();
      List<Object> trees = new ArrayList<>(lines.size());
      for (String line : lines) {
        Object tree = orNull(parseTree, line);
        if (tree != null) trees.add(tree);
      }
      long t1 = cpu();
      List<Object> derivatives = new ArrayList<>(trees.size());
      for (Object tree : trees) derivatives.add(differentiate.invoke(null, tree, "x"));
      long t2 = cpu();
      for (Object d : derivatives) sink += ((String) print.invoke(null, d)).length();
      long t3 = cpu();
      long before = allocated();
      for (String line : lines) {
        Object e = orNull(parse, line);
        if (e != null) sink += derivative.invoke(e, "x").toString().length();
      }
      long allocated = allocated() - before;
      long t4 = cpu();
      for (int i = 0; i < lines.size(); i++) {
        sink += derivative.invoke(parse.invoke(null, Workloads.LECTURE), "x").toString().length();
      }
      long t5 = cpu();
      spent[0] = t1 - t0;
      spent[1] = t2 - t1;
      spent[2] = t3 - t2;
      spent[3] = t4 - t3;
      spent[4] = t5 - t4;
      return allocated;
    }

    /** The static or factory call's result, or null if the line is rejected. */
    private static Object orNull(Method m, String line) throws IllegalAccessException {
      try {
        return m.invoke(null, line);
      } catch (InvocationTargetException rejected) {
        return null;
      }
    }
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long allocated() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}

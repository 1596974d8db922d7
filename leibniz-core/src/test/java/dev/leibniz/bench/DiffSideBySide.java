package dev.leibniz.bench;

import com.sun.management.ThreadMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code Differentiator.derivative} by x of two or more builds of the library, one JVM per build
 * and round, alternating, by the thread's CPU clock, with the bytes allocated (the pattern of
 * {@link ParseSideBySide}, which says why not class loaders side by side): the mix's trees,
 * parsed beforehand, and the lecture example's tree 10,000 times. Every child also hashes the
 * printed derivatives of every mix line by x, y and z and of the lecture (or the error each
 * raises): the builds must agree. {@code bench/diff-ab} runs it and passes JVM options to the
 * children (e.g. {@code -XX:TieredStopAtLevel=1}, the CLI's C1-only JIT):
 *
 * <pre>
 * bench/diff-ab /tmp/old/leibniz-core/target/classes,/tmp/old/leibniz-core/target/classes 7
 * LEIBNIZ_JVM_OPTS=-XX:TieredStopAtLevel=1 bench/diff-ab /tmp/old/leibniz-core/target/classes 7
 * </pre>
 */
public final class DiffSideBySide {
  private static final String[] PHASES = {"mix d/dx", "lecture d/dx"};
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();
  /** Passes over both inputs in one child JVM, of which the last {@link #MEASURED} count. */
  private static final int PASSES = 40;
  private static final int MEASURED = 15;

  private DiffSideBySide() {}

  /** {@code BUILD,BUILD,... ROUNDS LIBRARIES [JVM options...]}, or {@code --child BUILD LIBS}. */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--child")) {
      child(args[1], args[2]);
      return;
    }
    String[] builds = args[0].split(",");
    int rounds = Integer.parseInt(args[1]);
    List<String> options = Arrays.asList(args).subList(3, args.length);
    int n = builds.length;
    double[][][] nanos = new double[n][PHASES.length][rounds];
    double[][][] bytes = new double[n][PHASES.length][rounds];
    String[] outcomes = new String[n];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int b = Math.floorMod(k + r, n);
        String[] report = runChild(builds[b], args[2], options).split(" ");
        for (int p = 0; p < PHASES.length; p++) {
          nanos[b][p][r] = Double.parseDouble(report[2 * p]);
          bytes[b][p][r] = Double.parseDouble(report[2 * p + 1]);
        }
        boolean same = outcomes[b] == null || outcomes[b].equals(report[4]);
        outcomes[b] = same ? report[4] : "varies between rounds";
      }
    }
    System.out.printf("%d rounds of one JVM per build (%d passes each, the last %d measured);"
        + " JVM options %s; µs of thread CPU per derivative, medians; a build's ratio to the"
        + " first (above 1: faster) is the median of the per-round ratios; B allocated per"
        + " derivative%n", rounds, PASSES, MEASURED, options);
    for (int p = 0; p < PHASES.length; p++) {
      StringBuilder row = new StringBuilder(String.format("  %-13s", PHASES[p]));
      for (int b = 0; b < n; b++) {
        row.append(String.format(" %7.3f", median(nanos[b][p]) / 1e3));
        if (b > 0) {
          double[] ratios = new double[rounds];
          for (int r = 0; r < rounds; r++) ratios[r] = nanos[0][p][r] / nanos[b][p][r];
          row.append(String.format(" (%.3f)", median(ratios)));
        }
        row.append(String.format(" %6.0f B", median(bytes[b][p])));
        row.append(b + 1 < n ? "  |" : "");
      }
      System.out.println(row);
    }
    for (int b = 0; b < n; b++) {
      System.out.printf("  build %d: %s (derivatives: %s, %s)%n", b + 1, builds[b],
          outcomes[b], outcomes[b].equals(outcomes[0]) ? "as build 1" : "DIFFERENT from build 1");
    }
  }

  /** Runs one child JVM on {@code build} and returns its report line. */
  private static String runChild(String build, String libraries, List<String> options)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        DiffSideBySide.class.getName(), "--child", build, libraries));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) output.add(line);
    }
    if (child.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException("child JVM failed: " + String.join("\n", output));
    }
    return output.get(output.size() - 1);
  }

  /**
   * In a child JVM: loads {@code build}, parses the mix, hashes the derivatives, then times
   * {@link #PASSES} passes and prints the medians of the last {@link #MEASURED}: mix ns and B
   * per derivative, lecture ns and B per derivative, and the derivatives' hash.
   */
  private static void child(String build, String libraries) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(build).toUri().toURL());
    for (String jar : libraries.split(":")) urls.add(Path.of(jar).toUri().toURL());
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Method parse = loader.loadClass("dev.leibniz.parse.ExprParser").getMethod("parse",
        String.class);
    Method derivative = loader.loadClass("dev.leibniz.diff.Differentiator")
        .getMethod("derivative", loader.loadClass("dev.leibniz.expr.Expr"), String.class);
    Method print = loader.loadClass("dev.leibniz.print.PlainPrinter")
        .getMethod("print", loader.loadClass("dev.leibniz.expr.Expr"));
    List<Object> mix = new ArrayList<>();
    for (String line : Workloads.mix()) {
      try {
        mix.add(parse.invoke(null, line));
      } catch (InvocationTargetException refused) {
        // a line the language refuses has no derivative to time
      }
    }
    Object lecture = parse.invoke(null, Workloads.LECTURE);
    long hash = 0;
    for (Object tree : mix) {
      for (String v : List.of("x", "y", "z")) {
        hash = 31 * hash + outcome(derivative, print, tree, v).hashCode();
      }
    }
    hash = 31 * hash + outcome(derivative, print, lecture, "x").hashCode();
    List<List<Object>> inputs = List.of(mix, Collections.nCopies(10_000, lecture));
    double[][] nanos = new double[PHASES.length][MEASURED];
    double[][] bytes = new double[PHASES.length][MEASURED];
    long sink = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      for (int p = 0; p < PHASES.length; p++) {
        List<Object> trees = inputs.get(p);
        long before = allocated();
        long start = cpu();
        for (Object tree : trees) {
          sink += System.identityHashCode(derivative.invoke(null, tree, "x")) & 1;
        }
        long spent = cpu() - start;
        long allocated = allocated() - before;
        int m = pass - (PASSES - MEASURED);
        if (m < 0) continue;
        nanos[p][m] = (double) spent / trees.size();
        bytes[p][m] = (double) allocated / trees.size();
      }
    }
    System.out.printf("%.1f %.0f %.1f %.0f %016x %d%n", median(nanos[0]), median(bytes[0]),
        median(nanos[1]), median(bytes[1]), hash, sink & 1);
  }

  /** The printed derivative of {@code tree} by {@code v}, or the error it raises. */
  private static String outcome(Method derivative, Method print, Object tree, String v)
      throws IllegalAccessException {
    try {
      return (String) print.invoke(null, derivative.invoke(null, tree, v));
    } catch (InvocationTargetException e) {
      return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static long allocated() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}

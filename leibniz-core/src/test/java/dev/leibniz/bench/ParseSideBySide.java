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
 * {@code ExprParser.parse} of two or more builds of the library, each in JVMs of its own run
 * one after the other in alternation, by the thread's CPU clock, with the bytes allocated: the
 * 10,000 lines of the mix, and the lecture example 10,000 times. One JVM per build and round
 * (not class loaders side by side in one JVM: there the JDK's shared code sees every build's
 * classes, its call sites turn polymorphic, and the last build loaded ran 15-20 % slower than
 * the same classes loaded first). Each round runs every build once, in a rotating order, so a
 * drift in the machine's load falls on all alike; each child JVM warms up, then reports the
 * medians of its last passes. A build's ratio to the first is the median of the per-round
 * ratios. Name the base build twice ({@code old,old,new}) to see the spread. Every child also
 * hashes every mix line's outcome (the tree's {@code toString}, or the refusal's class,
 * message and column): the builds must agree. {@code bench/parse-ab} runs it, and passes JVM
 * options to the children (e.g. {@code -XX:TieredStopAtLevel=1}, the CLI's C1-only JIT):
 *
 * <pre>
 * bench/parse-ab /tmp/old/leibniz-core/target/classes,/tmp/old/leibniz-core/target/classes 7
 * LEIBNIZ_JVM_OPTS=-XX:TieredStopAtLevel=1 bench/parse-ab /tmp/old/leibniz-core/target/classes 7
 * </pre>
 */
public final class ParseSideBySide {
  private static final String[] PHASES = {"mix parse", "lecture parse"};
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();
  /**
   * Passes over both inputs in one child JVM, of which the last {@link #MEASURED} count: the
   * parse takes some 200,000 lines to reach its steady speed on a busy machine.
   */
  private static final int PASSES = 40;
  private static final int MEASURED = 15;

  private ParseSideBySide() {}

  /** {@code BUILD,BUILD,... ROUNDS LIBRARIES [JVM options...]}, or {@code --child BUILD LIBS}. */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--child")) {
      child(args[1], args[2]);
      return;
    }
    String[] builds = args[0].split(",");
    int rounds = Integer.parseInt(args[1]);
    String libraries = args[2];
    List<String> options = Arrays.asList(args).subList(3, args.length);
    int n = builds.length;
    double[][][] nanos = new double[n][PHASES.length][rounds];
    double[][][] bytes = new double[n][PHASES.length][rounds];
    String[] outcomes = new String[n];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int b = Math.floorMod(k + r, n);
        String[] report = runChild(builds[b], libraries, options).split(" ");
        for (int p = 0; p < PHASES.length; p++) {
          nanos[b][p][r] = Double.parseDouble(report[2 * p]);
          bytes[b][p][r] = Double.parseDouble(report[2 * p + 1]);
        }
        // The tree hash alone (report[5] is the timing loop's sink, which varies by JVM).
        if (outcomes[b] == null || outcomes[b].equals(report[4])) {
          outcomes[b] = report[4];
        } else {
          outcomes[b] = "varies between rounds";
        }
      }
    }
    System.out.printf("%d rounds of one JVM per build (%d passes each, the last %d measured),"
        + " 10,000 lines per phase; JVM options %s; µs of thread CPU per line, medians; a"
        + " build's ratio to the first (above 1: faster) is the median of the per-round ratios;"
        + " B/line allocated%n", rounds, PASSES, MEASURED, options);
    for (int p = 0; p < PHASES.length; p++) {
      StringBuilder row = new StringBuilder(String.format("  %-14s", PHASES[p]));
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
      System.out.printf("  build %d: %s (outcomes of the mix: %s, %s)%n", b + 1, builds[b],
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
        ParseSideBySide.class.getName(), "--child", build, libraries));
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
   * In a child JVM: loads {@code build}, hashes the mix's outcomes, then times {@link #PASSES}
   * passes and prints the medians of the last {@link #MEASURED}: mix ns and B per line,
   * lecture ns and B per parse, and the outcomes' hash.
   */
  private static void child(String build, String libraries) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(build).toUri().toURL());
    for (String jar : libraries.split(":")) urls.add(Path.of(jar).toUri().toURL());
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Method parse = loader.loadClass("dev.leibniz.parse.ExprParser").getMethod("parse",
        String.class);
    List<String> mix = Workloads.mix();
    List<List<String>> inputs =
        List.of(mix, Collections.nCopies(mix.size(), Workloads.LECTURE));
    long hash = 0;
    for (String line : mix) hash = 31 * hash + outcome(parse, line).hashCode();
    int measured = MEASURED;
    double[][] nanos = new double[PHASES.length][measured];
    double[][] bytes = new double[PHASES.length][measured];
    long sink = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      for (int p = 0; p < PHASES.length; p++) {
        List<String> lines = inputs.get(p);
        long before = allocated();
        long start = cpu();
        sink += parseAll(parse, lines);
        long spent = cpu() - start;
        long allocated = allocated() - before;
        int m = pass - (PASSES - measured);
        if (m < 0) continue;
        nanos[p][m] = (double) spent / lines.size();
        bytes[p][m] = (double) allocated / lines.size();
      }
    }
    System.out.printf("%.1f %.0f %.1f %.0f %016x %d%n", median(nanos[0]), median(bytes[0]),
        median(nanos[1]), median(bytes[1]), hash, sink & 1);
  }

  /** Parses every line; a refused line counts as read. */
  private static long parseAll(Method parse, List<String> lines) throws IllegalAccessException {
    long sink = 0;
    for (String line : lines) {
      try {
        sink += System.identityHashCode(parse.invoke(null, line)) & 1;
      } catch (InvocationTargetException refused) {
        sink--;
      }
    }
    return sink;
  }

  /** The tree the line parses to, or the refusal's class, message and column. */
  private static String outcome(Method parse, String line) throws ReflectiveOperationException {
    try {
      return parse.invoke(null, line).toString();
    } catch (InvocationTargetException refused) {
      Throwable e = refused.getCause();
      return e.getClass().getSimpleName() + ": " + e.getClass().getMethod("display").invoke(e);
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

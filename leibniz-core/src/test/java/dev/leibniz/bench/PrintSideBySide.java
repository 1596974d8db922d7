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
import java.util.List;

/**
 * {@code PlainPrinter.print} of two or more builds of the library, one JVM per build and round,
 * alternating, by the thread's CPU clock, with the bytes allocated (the pattern of
 * {@link ParseSideBySide}: builds loaded side by side in one JVM bias the last one loaded).
 * Each child parses the mix and takes d/dx of every line with its own build beforehand, then
 * times three phases: the mix's derivatives printed, the mix's parsed trees printed, and the
 * lecture's derivative printed 10,000 times. Each child also hashes every string it printed
 * (the trees, d/dx, d/dy, d/dz and d2/dx2 of every mix line): the builds must agree, byte for
 * byte. A build's ratio to the first (above 1: faster) is the median of the per-round ratios.
 * {@code bench/print-ab} runs it and passes JVM options to the children:
 *
 * <pre>
 * bench/print-ab /tmp/old/leibniz-core/target/classes 9
 * LEIBNIZ_JVM_OPTS=-XX:TieredStopAtLevel=1 bench/print-ab /tmp/old/leibniz-core/target/classes 9
 * </pre>
 */
public final class PrintSideBySide {
  private static final String[] PHASES = {"mix d/dx", "mix trees", "lecture d/dx"};
  private static final ThreadMXBean THREADS =
      (ThreadMXBean) ManagementFactory.getThreadMXBean();
  /** Passes over the three inputs in one child JVM, of which the last {@link #MEASURED} count. */
  private static final int PASSES = 60;
  private static final int MEASURED = 20;

  private PrintSideBySide() {}

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
    int phases = PHASES.length;
    double[][][] nanos = new double[n][phases][rounds];
    double[][][] bytes = new double[n][phases][rounds];
    String[] outcomes = new String[n];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int b = Math.floorMod(k + r, n);
        String[] report = runChild(builds[b], args[2], options).split(" ");
        for (int p = 0; p < phases; p++) {
          nanos[b][p][r] = Double.parseDouble(report[2 * p]);
          bytes[b][p][r] = Double.parseDouble(report[2 * p + 1]);
        }
        String hash = report[2 * phases];
        outcomes[b] = outcomes[b] == null || outcomes[b].equals(hash) ? hash : "varies";
      }
    }
    System.out.printf("%d rounds of one JVM per build (%d passes each, the last %d measured);"
        + " JVM options %s; ns of thread CPU per printed expression, medians; a build's ratio"
        + " to the first (above 1: faster) is the median of the per-round ratios; B allocated"
        + " per expression%n", rounds, PASSES, MEASURED, options);
    for (int p = 0; p < phases; p++) {
      StringBuilder row = new StringBuilder(String.format("  %-13s", PHASES[p]));
      for (int b = 0; b < n; b++) {
        row.append(String.format(" %7.1f", median(nanos[b][p])));
        if (b > 0) {
          double[] ratios = new double[rounds];
          for (int r = 0; r < rounds; r++) ratios[r] = nanos[0][p][r] / nanos[b][p][r];
          row.append(String.format(" (%.3f)", median(ratios)));
        }
        row.append(String.format(" %5.0f B", median(bytes[b][p])));
        row.append(b + 1 < n ? "  |" : "");
      }
      System.out.println(row);
    }
    for (int b = 0; b < n; b++) {
      System.out.printf("  build %d: %s (printed text: %s, %s)%n", b + 1, builds[b], outcomes[b],
          outcomes[b].equals(outcomes[0]) ? "as build 1" : "DIFFERENT from build 1");
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
        PrintSideBySide.class.getName(), "--child", build, libraries));
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
   * In a child JVM: loads {@code build}, prepares and hashes the printed forms, then times
   * {@link #PASSES} passes and prints the medians of the last {@link #MEASURED}: ns and B per
   * expression of each phase, then the hash.
   */
  private static void child(String build, String libraries) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(Path.of(build).toUri().toURL());
    for (String jar : libraries.split(":")) urls.add(Path.of(jar).toUri().toURL());
    ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader());
    Class<?> expr = loader.loadClass("dev.leibniz.expr.Expr");
    Method parse = loader.loadClass("dev.leibniz.parse.ExprParser").getMethod("parse",
        String.class);
    Method derive = loader.loadClass("dev.leibniz.diff.Differentiator")
        .getMethod("derivative", expr, String.class);
    Method print = loader.loadClass("dev.leibniz.print.PlainPrinter").getMethod("print", expr);
    List<Object> trees = new ArrayList<>();
    List<Object> derivatives = new ArrayList<>();
    long hash = 0;
    for (String line : Workloads.mix()) {
      Object tree;
      try {
        tree = parse.invoke(null, line);
      } catch (InvocationTargetException refused) {
        continue;
      }
      trees.add(tree);
      Object dx = derive.invoke(null, tree, "x");
      derivatives.add(dx);
      Object[] forms = {tree, dx, derive.invoke(null, tree, "y"), derive.invoke(null, tree, "z"),
          derive.invoke(null, dx, "x")};
      for (Object form : forms) hash = 31 * hash + print.invoke(null, form).hashCode();
    }
    Object lecture = derive.invoke(null, parse.invoke(null, Workloads.LECTURE), "x");
    List<List<Object>> inputs = List.of(derivatives, trees,
        java.util.Collections.nCopies(10_000, lecture));
    double[][] nanos = new double[PHASES.length][MEASURED];
    double[][] bytes = new double[PHASES.length][MEASURED];
    long sink = 0;
    for (int pass = 0; pass < PASSES; pass++) {
      for (int p = 0; p < PHASES.length; p++) {
        List<Object> forms = inputs.get(p);
        long before = allocated();
        long start = cpu();
        for (Object form : forms) sink += ((String) print.invoke(null, form)).length();
        long spent = cpu() - start;
        long allocated = allocated() - before;
        int m = pass - (PASSES - MEASURED);
        if (m < 0) continue;
        nanos[p][m] = (double) spent / forms.size();
        bytes[p][m] = (double) allocated / forms.size();
      }
    }
    StringBuilder report = new StringBuilder();
    for (int p = 0; p < PHASES.length; p++) {
      report.append(String.format("%.1f %.0f ", median(nanos[p]), median(bytes[p])));
    }
    System.out.println(report.append(String.format("%016x %d", hash, sink & 1)));
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

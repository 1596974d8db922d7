package dev.leibniz.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One step of the mix's pipeline ({@link PhaseWorkload}: parse, d/dx or print) in two or more
 * builds of the library, each in JVMs of its own run one after the other in alternation, by
 * the thread's CPU clock, with the bytes allocated. One JVM per build and round (not class
 * loaders side by side in one JVM: there the JDK's shared code sees every build's classes, its
 * call sites turn polymorphic, and the last build loaded ran 15-20 % slower than the same
 * classes loaded first). Each round runs every build once, in a rotating order, so a drift in
 * the machine's load falls on all alike; each child JVM warms up, then reports the medians of
 * its last passes. A build's ratio to the first is the median of the per-round ratios. Name
 * the base build twice ({@code old,old,new}) to see the spread. Every child also hashes the
 * step's outcomes over the mix: the builds must agree. {@code bench/phase-ab} runs it, and
 * passes JVM options to the children (e.g. {@code -XX:TieredStopAtLevel=1}, the CLI's C1-only
 * JIT):
 *
 * <pre>
 * bench/phase-ab parse /tmp/old/leibniz-core/target/classes,/tmp/old/leibniz-core/target/classes 7
 * LEIBNIZ_JVM_OPTS=-XX:TieredStopAtLevel=1 bench/phase-ab diff /tmp/old/classes 7
 * </pre>
 */
public final class PhaseSideBySide {

  private PhaseSideBySide() {}

  /**
   * {@code PHASE BUILD,BUILD,... ROUNDS LIBRARIES [JVM options...]}, or
   * {@code --child PHASE BUILD LIBRARIES}.
   */
  public static void main(String[] args) throws Exception {
    if (args[0].equals("--child")) {
      child(PhaseWorkload.named(args[1]), args[2], args[3]);
      return;
    }
    String phase = args[0];
    PhaseWorkload workload = PhaseWorkload.named(phase);
    String[] builds = args[1].split(",");
    int rounds = Integer.parseInt(args[2]);
    List<String> options = Arrays.asList(args).subList(4, args.length);
    int n = builds.length;
    int inputs = workload.inputs.length;
    double[][][] nanos = new double[n][inputs][rounds];
    double[][][] bytes = new double[n][inputs][rounds];
    String[] outcomes = new String[n];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < n; k++) {
        int b = Math.floorMod(k + r, n);
        String[] report = runChild(phase, builds[b], args[3], options).split(" ");
        for (int p = 0; p < inputs; p++) {
          nanos[b][p][r] = Double.parseDouble(report[2 * p]);
          bytes[b][p][r] = Double.parseDouble(report[2 * p + 1]);
        }
        // The outcome hash alone (the report's last word is the timing loop's sink).
        String hash = report[2 * inputs];
        outcomes[b] = outcomes[b] == null || outcomes[b].equals(hash) ? hash
            : "varies between rounds";
      }
    }
    System.out.printf("%s: %d rounds of one JVM per build (%d passes each, the last %d"
        + " measured); JVM options %s; µs of thread CPU per item, medians; a build's ratio to"
        + " the first (above 1: faster) is the median of the per-round ratios; B allocated per"
        + " item%n", phase, rounds, workload.passes, workload.measured, options);
    for (int p = 0; p < inputs; p++) {
      StringBuilder row = new StringBuilder(String.format("  %-14s", workload.inputs[p]));
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
  private static String runChild(String phase, String build, String libraries,
      List<String> options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        PhaseSideBySide.class.getName(), "--child", phase, build, libraries));
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
   * In a child JVM: loads {@code build}, prepares the inputs and hashes the outcomes, then times
   * the workload's passes and prints, per input, the medians of the measured passes (ns and B
   * per item), then the outcomes' hash and the sink.
   */
  private static void child(PhaseWorkload workload, String classes, String libraries)
      throws Exception {
    long hash = workload.prepare(new LibraryBuild(classes, libraries));
    int inputs = workload.inputs.length;
    double[][] nanos = new double[inputs][workload.measured];
    double[][] bytes = new double[inputs][workload.measured];
    long sink = 0;
    for (int pass = 0; pass < workload.passes; pass++) {
      for (int p = 0; p < inputs; p++) {
        long before = ThreadClock.allocated();
        long start = ThreadClock.cpu();
        sink += workload.pass(p);
        long spent = ThreadClock.cpu() - start;
        long allocated = ThreadClock.allocated() - before;
        int m = pass - (workload.passes - workload.measured);
        if (m < 0) continue;
        nanos[p][m] = (double) spent / workload.size(p);
        bytes[p][m] = (double) allocated / workload.size(p);
      }
    }
    StringBuilder report = new StringBuilder();
    for (int p = 0; p < inputs; p++) {
      report.append(String.format("%.1f %.0f ", median(nanos[p]), median(bytes[p])));
    }
    System.out.println(report.append(String.format("%016x %d", hash, sink & 1)));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

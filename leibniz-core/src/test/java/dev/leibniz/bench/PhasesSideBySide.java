package dev.leibniz.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The phases of {@link CpuPhases} for two or more builds of the library in one JVM, timed in
 * alternation so that a busy machine slows all alike: each build is loaded by its own class
 * loader, and each round runs each phase for every build in turn (in a rotating order). Name
 * the base build twice ({@code old,old,new}) to see the harness's own bias. The phases are
 * parse, canonical construction alone (the parsed trees rebuilt bottom-up through the smart
 * constructors by {@code Simplifier.simplify}), d/dx and print of the mix each alone, the whole pipeline through the facade (with the
 * bytes it allocates per line) and the lecture pipeline 10,000 times. Times are the thread's
 * CPU time; the figures are medians over the rounds, and a build's ratio to the first is the
 * median of the per-round ratios. {@code bench/cpu-ab} runs it:
 *
 * <pre>
 * bench/cpu-ab /tmp/old/leibniz-core/target/classes 9
 * </pre>
 */
public final class PhasesSideBySide {
  private static final String[] PHASES =
      {"parse", "rebuild", "d/dx", "print", "pipeline", "lecture"};

  private PhasesSideBySide() {}

  public static void main(String[] args) throws Exception {
    String[] builds = args[0].split(",");
    int rounds = Integer.parseInt(args[1]);
    String libraries = args[2];
    // Optionally only some phases, e.g. "rebuild,d/dx"; parse always runs (the others need it).
    List<String> only = args.length > 3 ? List.of(args[3].split(",")) : List.of(PHASES);
    int n = builds.length;
    LibraryBuild[] libraryBuilds = new LibraryBuild[n];
    for (int b = 0; b < n; b++) libraryBuilds[b] = new LibraryBuild(builds[b], libraries);
    // The lines the last build (this tree's) differentiates: every phase has work for each.
    List<String> lines = libraryBuilds[n - 1].differentiableLines(Workloads.mix());
    Build[] pair = new Build[n];
    for (int b = 0; b < n; b++) pair[b] = new Build(libraryBuilds[b], lines);
    long[][][] nanos = new long[n][PHASES.length][rounds];
    long[][] bytes = new long[n][rounds];
    for (int r = -2; r < rounds; r++) {
      for (int p = 0; p < PHASES.length; p++) {
        if (p > 0 && !only.contains(PHASES[p])) continue;
        // Phase by phase, each round in another order (AB, BA; ABC, BCA, CAB), so that a
        // drift in the machine's load falls on every build alike.
        for (int k = 0; k < n; k++) {
          int b = Math.floorMod(k + r, n);
          long before = ThreadClock.allocated();
          long start = ThreadClock.cpu();
          pair[b].phase(p);
          long spent = ThreadClock.cpu() - start;
          long allocated = ThreadClock.allocated() - before;
          if (r < 0) continue;
          nanos[b][p][r] = spent;
          if (p == 4) bytes[b][r] = allocated;
        }
      }
    }
    System.out.printf("%d rounds (two warm-up rounds not counted), %,d lines; µs per line,"
        + " medians; each build's ratio to the first is the median of the per-round ratios%n",
        rounds, lines.size());
    for (int p = 0; p < PHASES.length; p++) {
      if (p > 0 && !only.contains(PHASES[p])) continue;
      StringBuilder row = new StringBuilder(String.format("  %-9s", PHASES[p]));
      for (int b = 0; b < n; b++) {
        row.append(String.format(" %8.2f", median(nanos[b][p]) / 1e3 / lines.size()));
        if (b == 0) continue;
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) ratios[r] = (double) nanos[0][p][r] / nanos[b][p][r];
        Arrays.sort(ratios);
        row.append(String.format(" (%.2f)", ratios[rounds / 2]));
      }
      System.out.println(row);
    }
    StringBuilder row = new StringBuilder(String.format("  %-9s", "B/line"));
    for (int b = 0; b < n; b++) {
      row.append(String.format(" %8d", (long) median(bytes[b]) / lines.size()));
    }
    System.out.println(row + "   (bytes allocated per line of the pipeline)");
    for (int b = 0; b < n; b++) System.out.printf("  build %d: %s%n", b + 1, builds[b]);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One build's phases, called by reflection through its own class loader. */
  private static final class Build {
    private final LibraryBuild library;
    private final Method rebuild;
    private final Method parse;
    private final Method derivative;
    private final List<String> lines;
    private long sink;

    Build(LibraryBuild library, List<String> lines) throws ReflectiveOperationException {
      this.library = library;
      ClassLoader loader = library.loader;
      Class<?> expr = loader.loadClass("dev.leibniz.expr.Expr");
      rebuild = loader.loadClass("dev.leibniz.simplify.Simplifier").getMethod("simplify", expr);
      Class<?> expression = loader.loadClass("dev.leibniz.Expression");
      parse = expression.getMethod("parse", String.class);
      derivative = expression.getMethod("derivative", String.class);
      this.lines = lines;
    }

    private List<Object> trees = new ArrayList<>();
    private List<Object> derivatives = new ArrayList<>();

    /** Runs phase {@code p} of {@link #PHASES} once. */
    void phase(int p) throws Exception {
      switch (p) {
        case 0:
          trees = library.parseAll(lines);
          break;
        case 1:
          for (Object tree : trees) {
            sink += System.identityHashCode(rebuild.invoke(null, tree)) & 1;
          }
          break;
        case 2:
          derivatives = new ArrayList<>(trees.size());
          for (Object tree : trees) derivatives.add(library.derivative(tree, "x"));
          break;
        case 3:
          for (Object d : derivatives) sink += library.print(d).length();
          break;
        case 4:
          for (String line : lines) {
            Object e = orNull(parse, line);
            if (e != null) sink += derivative.invoke(e, "x").toString().length();
          }
          break;
        default:
          for (int i = 0; i < lines.size(); i++) {
            sink += derivative.invoke(parse.invoke(null, Workloads.LECTURE), "x").toString()
                .length();
          }
      }
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
}

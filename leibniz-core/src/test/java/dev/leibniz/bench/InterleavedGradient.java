package dev.leibniz.bench;

import dev.leibniz.graph.CompiledTape;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The gradient by hand, compiled to bytecode with loops, compiled to straight-line bytecode (the
 * code before loops), interpreted by the tape, and the compiled value alone, measured in turns
 * in one JVM: each round times a burst of each in turn, so that a loaded machine slows all of
 * them alike, and the ratio of a round is of times taken seconds apart; times are the thread's
 * CPU time, so that waiting for a core does not count. Prints, per function,
 * the median and the fastest burst of each, and the medians of the rounds' ratios. A complement
 * to {@link GradientBench} on a machine too busy for JMH's one-after-the-other runs:
 * {@code java -cp <bench classpath> dev.leibniz.bench.InterleavedGradient [seconds of warm-up]
 * [functions...]}.
 */
public final class InterleavedGradient {
  private static final int ROUNDS = 300;
  private static final String[] CONTESTANTS = {"hand", "looped", "straight", "tape", "value"};

  private InterleavedGradient() {}

  public static void main(String[] args) {
    double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    String[] names = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length)
        : new String[] {"lecture", "mlp10", "mlp100", "mlp1000"};
    System.out.println("| function | hand CPU ns (median, fastest) | looped | straight | tape "
        + "| looped value | looped / hand | straight / hand | looped / straight "
        + "| looped gradient / value | tape / hand |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String name : names) {
      GradientCase f = GradientCase.named(name);
      Tape tape = GraphCompiler.compile(f.expr(), f.variables());
      CompiledTape looped = CompiledTape.compiledNow(tape.copy(), true);
      CompiledTape straight = CompiledTape.compiledNow(tape.copy(), false);
      double[] point = f.point();
      double[] out = new double[point.length];
      Call[] calls = {
        () -> f.gradient(point, out),
        () -> looped.gradient(point, out),
        () -> straight.gradient(point, out),
        () -> tape.gradient(point, out),
        () -> looped.value(point),
      };
      int burst = Math.max(1, 200_000 / point.length);
      long end = System.nanoTime() + (long) (warmUp * 1e9);
      while (System.nanoTime() < end) {
        for (Call call : calls) burst(call, burst);
      }
      double[][] ns = new double[calls.length][ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        for (int c = 0; c < calls.length; c++) ns[c][r] = burst(calls[c], burst);
      }
      StringBuilder row = new StringBuilder("| " + name + " |");
      for (int c = 0; c < calls.length; c++) {
        row.append(' ').append(format(median(ns[c]))).append(", ").append(format(min(ns[c])))
            .append(" |");
      }
      row.append(String.format(" %.2f | %.2f | %.2f | %.2f | %.2f |", ratio(ns[1], ns[0]),
          ratio(ns[2], ns[0]), ratio(ns[1], ns[2]), ratio(ns[1], ns[4]), ratio(ns[3], ns[0])));
      System.out.println(row);
    }
    System.out.println("(columns in the order " + String.join(", ", CONTESTANTS) + ")");
  }

  private interface Call {
    double run();
  }

  private static double sink;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Nanoseconds of this thread's CPU per call over {@code calls} calls: time the thread spends
   * waiting for a core, on a loaded machine, is not counted.
   */
  private static double burst(Call call, int calls) {
    long start = THREADS.getCurrentThreadCpuTime();
    double s = 0;
    for (int k = 0; k < calls; k++) s += call.run();
    sink += s;
    return (THREADS.getCurrentThreadCpuTime() - start) / (double) calls;
  }

  /** The median over the rounds of {@code a[r] / b[r]}. */
  private static double ratio(double[] a, double[] b) {
    double[] ratios = new double[a.length];
    for (int r = 0; r < a.length; r++) ratios[r] = a[r] / b[r];
    return median(ratios);
  }

  private static double median(double[] xs) {
    double[] sorted = xs.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] xs) {
    return Arrays.stream(xs).min().orElse(Double.NaN);
  }

  private static String format(double ns) {
    return ns >= 1000 ? String.format("%,.0f", ns) : String.format("%.1f", ns);
  }
}

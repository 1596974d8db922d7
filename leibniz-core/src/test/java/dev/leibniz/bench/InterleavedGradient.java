package dev.leibniz.bench;

import dev.leibniz.graph.CompiledTape;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import java.util.Arrays;

/**
 * The gradient by hand, compiled to bytecode and interpreted by the tape, measured in turns in
 * one JVM: each round times a burst of each in turn, so that a loaded machine slows all three
 * alike, and the ratio of a round is of times taken seconds apart. Prints, per function, the
 * median and the fastest burst of each, and the median of the rounds' ratios. A complement to
 * {@link GradientBench} on a machine too busy for JMH's one-after-the-other runs:
 * {@code java -cp <bench classpath> dev.leibniz.bench.InterleavedGradient [seconds of warm-up]}.
 */
public final class InterleavedGradient {
  private static final int ROUNDS = 300;

  private InterleavedGradient() {}

  public static void main(String[] args) {
    double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 20;
    System.out.println("| function | hand ns (median, fastest) | compiled ns | tape ns "
        + "| compiled / hand (median of rounds) | tape / hand |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String name : new String[] {"lecture", "mlp10", "mlp100", "mlp1000"}) {
      GradientCase f = GradientCase.named(name);
      Tape tape = GraphCompiler.compile(f.expr(), f.variables());
      CompiledTape compiled = CompiledTape.compiledNow(GraphCompiler.compile(f.expr(),
          f.variables()));
      double[] point = f.point();
      double[] out = new double[point.length];
      int calls = Math.max(1, 200_000 / point.length);
      long end = System.nanoTime() + (long) (warmUp * 1e9);
      while (System.nanoTime() < end) {
        burst(() -> f.gradient(point, out), calls);
        burst(() -> compiled.gradient(point, out), calls);
        burst(() -> tape.gradient(point, out), calls);
      }
      double[] hand = new double[ROUNDS];
      double[] code = new double[ROUNDS];
      double[] interpreted = new double[ROUNDS];
      double[] ratio = new double[ROUNDS];
      double[] tapeRatio = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        hand[r] = burst(() -> f.gradient(point, out), calls);
        code[r] = burst(() -> compiled.gradient(point, out), calls);
        interpreted[r] = burst(() -> tape.gradient(point, out), calls);
        ratio[r] = code[r] / hand[r];
        tapeRatio[r] = interpreted[r] / hand[r];
      }
      System.out.printf("| %s | %s, %s | %s, %s | %s, %s | %.2f | %.2f |%n", name,
          format(median(hand)), format(min(hand)), format(median(code)), format(min(code)),
          format(median(interpreted)), format(min(interpreted)), median(ratio),
          median(tapeRatio));
    }
  }

  private interface Call {
    double run();
  }

  private static double sink;

  /** Nanoseconds per call over {@code calls} calls. */
  private static double burst(Call call, int calls) {
    long start = System.nanoTime();
    double s = 0;
    for (int k = 0; k < calls; k++) s += call.run();
    sink += s;
    return (System.nanoTime() - start) / (double) calls;
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

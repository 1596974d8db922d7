package dev.leibniz.bench;

import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The tables of BENCHMARKS.md from one run: each benchmark's median over its measurement
 * iterations (with the smallest and largest, to show the noise) and allocated bytes per
 * operation, then the ratios the goals of issue 6 are stated in, all from the same run.
 */
final class Summary {
  private final Map<String, RunResult> byName = new LinkedHashMap<>();
  private final PrintStream out;

  private Summary(Collection<RunResult> results, PrintStream out) {
    for (RunResult r : results) byName.put(name(r.getParams()), r);
    this.out = out;
  }

  static void print(Collection<RunResult> results, PrintStream out) {
    Summary s = new Summary(results, out);
    s.table();
    s.goals();
  }

  /** {@code GradientBench.tapeGradient function=mlp10}. */
  private static String name(BenchmarkParams p) {
    String benchmark = p.getBenchmark();
    StringBuilder sb = new StringBuilder(benchmark.substring(
        benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1));
    for (String key : p.getParamsKeys()) {
      sb.append(' ').append(key).append('=').append(p.getParam(key));
    }
    return sb.toString();
  }

  private void table() {
    out.println("| benchmark | median | min – max | unit | allocated B/op |");
    out.println("|---|---:|---:|---|---:|");
    for (Map.Entry<String, RunResult> e : byName.entrySet()) {
      Result<?> primary = e.getValue().getPrimaryResult();
      out.printf("| %s | %s | %s – %s | %s | %s |%n", e.getKey(), format(median(e.getKey())),
          format(primary.getStatistics().getMin()), format(primary.getStatistics().getMax()),
          primary.getScoreUnit(), format(allocated(e.getValue())));
    }
  }

  private void goals() {
    out.println();
    out.println("| goal | measured |");
    out.println("|---|---|");
    double pipeline = median("LectureBench.pipeline");
    if (!Double.isNaN(pipeline)) {
      out.printf("| lecture pipeline < 5 µs | %s ns |%n", format(pipeline));
    }
    double mix = median("MixBench.oneThread");
    if (!Double.isNaN(mix)) {
      out.printf("| mix >= 200,000 expr/s, 1 thread | %s expr/s |%n", format(mix));
    }
    double mix2 = median("MixBench.twoThreads");
    if (!Double.isNaN(mix2)) out.printf("| mix, 2 threads (library) | %s expr/s |%n", format(mix2));
    for (String family : new String[] {"F1", "F2", "F3", "F4"}) {
      String at = " family=" + family + " n=";
      double d320 = median("SwellBench.derive" + at + 320);
      if (!Double.isNaN(d320)) {
        out.printf("| %s at n = 320 < 1 s | derive %s µs, print %s µs, printCse %s µs |%n",
            family, format(d320), format(median("SwellBench.print" + at + 320)),
            format(median("SwellBench.printCse" + at + 320)));
        out.printf("| %s linear: time(320)/time(160), 2 is linear | derive %s, printCse %s |%n",
            family, ratio("SwellBench.derive" + at + 320, "SwellBench.derive" + at + 160),
            ratio("SwellBench.printCse" + at + 320, "SwellBench.printCse" + at + 160));
      }
    }
    for (String f : new String[] {"lecture", "mlp10", "mlp100", "mlp1000"}) {
      String g = "GradientBench.tapeGradient function=" + f;
      if (!byName.containsKey(g)) continue;
      out.printf("| %s: tape gradient / tape value <= 3 | %s |%n", f,
          ratio(g, "GradientBench.tapeValue function=" + f));
      String hand = "GradientBench.handGradient function=" + f;
      out.printf("| %s: tape gradient / hand gradient <= 2 | %s (hand gradient / hand value %s)"
          + " |%n", f, ratio(g, hand), ratio(hand, "GradientBench.handValue function=" + f));
      String c = "GradientBench.compiledGradient function=" + f;
      out.printf("| %s: compiled gradient / hand gradient <= 1.3 | %s (compiled / tape gradient"
          + " %s) |%n", f, ratio(c, hand), ratio(c, g));
      out.printf("| %s: compiled gradient / compiled value <= 3 | %s (compiled / tape value %s)"
          + " |%n", f, ratio(c, "GradientBench.compiledValue function=" + f),
          ratio("GradientBench.compiledValue function=" + f, "GradientBench.tapeValue function="
          + f));
      out.printf("| %s: forward mode / tape gradient | SparseGradient %s, DerivativeStructure %s"
          + " |%n", f, ratio("GradientBench.sparseForward function=" + f, g),
          ratio("DsForwardBench.derivativeStructure function=" + f, g));
    }
  }

  private double median(String name) {
    RunResult r = byName.get(name);
    return r == null ? Double.NaN : r.getPrimaryResult().getStatistics().getPercentile(50);
  }

  private String ratio(String a, String b) {
    double q = median(a) / median(b);
    return Double.isNaN(q) ? "–" : String.format("%.2f", q);
  }

  private static double allocated(RunResult r) {
    for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
      if (e.getKey().endsWith("gc.alloc.rate.norm")) return e.getValue().getScore();
    }
    return Double.NaN;
  }

  /** Three significant digits at least, thousands separated: 1,234,567 / 123 / 1.23 / 0.0123. */
  private static String format(double v) {
    if (Double.isNaN(v)) return "–";
    double a = Math.abs(v);
    if (a >= 100) return String.format("%,.0f", v);
    if (a >= 1) return String.format("%.2f", v);
    return String.format("%.3g", v);
  }
}

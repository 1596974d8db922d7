package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * The mix's phases timed by the thread's CPU clock, for a machine too loaded for wall-clock
 * figures (BENCHMARKS.md, "Throughput, second round"): parse, d/dx and print of the 10,000
 * lines each alone, the whole pipeline through the facade with the bytes it allocates per
 * line, and the lecture pipeline. Prints one line per pass for the second half of the passes.
 *
 * <pre>{@code bench/cpu 12      # twelve passes, the last six printed}</pre>
 */
public final class CpuPhases {

  private CpuPhases() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    List<String> lines = Workloads.mix();
    for (int pass = 0; pass < passes; pass++) {
      long check = 0;
      long t0 = ThreadClock.cpu();
      List<Expr> parsed = new ArrayList<>();
      for (String line : lines) {
        try {
          parsed.add(ExprParser.parse(line));
        } catch (LeibnizException e) {
          check--;
        }
      }
      long t1 = ThreadClock.cpu();
      List<Expr> derivatives = new ArrayList<>();
      for (Expr e : parsed) {
        try {
          derivatives.add(Differentiator.derivative(e, "x"));
        } catch (LeibnizException refused) {
          check--; // a negative constant to a varying power, as the pipeline below counts it
        }
      }
      long t2 = ThreadClock.cpu();
      for (Expr d : derivatives) check += PlainPrinter.print(d).length();
      long t3 = ThreadClock.cpu();
      long bytes = ThreadClock.allocated();
      for (String line : lines) {
        try {
          check += Expression.parse(line).derivative("x").toString().length();
        } catch (LeibnizException e) {
          check--;
        }
      }
      long t4 = ThreadClock.cpu();
      bytes = ThreadClock.allocated() - bytes;
      for (int i = 0; i < lines.size(); i++) {
        check += Expression.parse(Workloads.LECTURE).derivative("x").toString().length();
      }
      long t5 = ThreadClock.cpu();
      double perLine = lines.size() * 1000.0;
      if (pass >= passes / 2) {
        System.out.printf("parse %.2f  d/dx %.2f  print %.2f  pipeline %.2f µs/line (%,.0f/s)"
            + "  %,d B/line  lecture %.2f µs  (%d)%n", (t1 - t0) / perLine, (t2 - t1) / perLine,
            (t3 - t2) / perLine, (t4 - t3) / perLine, 1e9 * lines.size() / (t4 - t3),
            bytes / lines.size(), (t5 - t4) / perLine, check);
      }
    }
  }
}

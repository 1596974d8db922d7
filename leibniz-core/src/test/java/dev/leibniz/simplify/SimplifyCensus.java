package dev.leibniz.simplify;

import dev.leibniz.bench.Workloads;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The full simplifier over the whole mix, counted rather than benchmarked: the d/dx of each line
 * of {@code mix-10k.txt}, fully simplified, with its {@link OperationCount} and its time. It
 * prints the total operation count (the measure that a faster simplifier must not make worse),
 * the total time and the slowest lines, and can write one line per expression
 * ({@code index<TAB>operations<TAB>microseconds<TAB>simplified form}) so that two versions of the
 * simplifier can be compared line by line. {@code bench/simplify-census} runs it:
 *
 * <pre>
 * bench/simplify-census                     # 3 passes; totals and the 10 slowest lines
 * bench/simplify-census 5 /tmp/after.tsv    # 5 passes; also one line per expression
 * bench/simplify-census 5 /tmp/after.tsv /tmp/before.tsv   # and compared with an earlier file
 * </pre>
 *
 * Times are the thread's CPU time, not wall time, so that other work on a busy machine counts
 * less (it still slows the caches); the bytes allocated in the last pass are a second measure of
 * work that does not depend on the load at all. Each expression's time is its median over the passes (the
 * first pass warms the JIT up and is not counted when there are more than one); the pass time
 * includes reading the CPU clock twice per expression.
 */
public final class SimplifyCensus {
  private SimplifyCensus() {}

  public static void main(String[] args) throws IOException {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path out = args.length > 1 ? Path.of(args[1]) : null;
    List<String> lines = Workloads.mix();
    List<Expr> derivatives = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        derivatives.add(Differentiator.derivative(ExprParser.parse(lines.get(i)), "x"));
        indices.add(i + 1);
      } catch (LeibnizException e) {
        // A line that does not parse (0^(-1)) is not a derivative to simplify.
      }
    }
    int n = derivatives.size();
    long[][] nanos = new long[n][passes];
    Expr[] results = new Expr[n];
    long[] passTotal = new long[passes];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long allocated = 0;
    for (int pass = 0; pass < passes; pass++) {
      long bytesBefore = allocatedBytes(threads);
      long passStart = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        long start = threads.getCurrentThreadCpuTime();
        results[i] = FullSimplifier.simplify(derivatives.get(i));
        nanos[i][pass] = threads.getCurrentThreadCpuTime() - start;
      }
      passTotal[pass] = threads.getCurrentThreadCpuTime() - passStart;
      allocated = allocatedBytes(threads) - bytesBefore;
    }
    int counted = passes > 1 ? 1 : 0;
    long[] median = new long[n];
    long operations = 0;
    long inputOperations = 0;
    for (int i = 0; i < n; i++) {
      long[] t = Arrays.copyOfRange(nanos[i], counted, passes);
      Arrays.sort(t);
      median[i] = t[t.length / 2];
      operations += OperationCount.of(results[i]);
      inputOperations += OperationCount.of(derivatives.get(i));
    }
    long[] totals = Arrays.copyOfRange(passTotal, counted, passes);
    Arrays.sort(totals);
    long total = totals[totals.length / 2];
    System.out.printf("expressions: %d of %d lines%n", n, lines.size());
    System.out.printf("operations: %d simplified (canonical derivatives: %d)%n", operations,
        inputOperations);
    System.out.printf("median pass: %.1f ms CPU, %.0f expressions/s (passes: %d, counted: %d)%n",
        total / 1e6, n / (total / 1e9), passes, passes - counted);
    System.out.printf("allocated: %.1f MB in the last pass, %.0f bytes per expression%n",
        allocated / 1e6, (double) allocated / n);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    order.sort(Comparator.comparingLong((Integer i) -> median[i]).reversed());
    System.out.println("slowest (median µs CPU, line, operations, form):");
    for (int k = 0; k < Math.min(10, n); k++) {
      int i = order.get(k);
      System.out.printf("  %,10.1f  %5d  %4d  %s%n", median[i] / 1e3, indices.get(i),
          OperationCount.of(results[i]), abbreviated(PlainPrinter.print(results[i])));
    }
    if (out != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        for (int i = 0; i < n; i++) {
          w.printf("%d\t%d\t%.1f\t%s%n", indices.get(i), OperationCount.of(results[i]),
              median[i] / 1e3, PlainPrinter.print(results[i]));
        }
      }
      System.out.println("per expression: " + out);
    }
    if (args.length > 2) compare(out, Path.of(args[2]));
  }

  /** Counts the lines whose simplified form got longer, shorter or only different. */
  private static void compare(Path now, Path earlier) throws IOException {
    List<String> a = Files.readAllLines(now, StandardCharsets.UTF_8);
    List<String> b = Files.readAllLines(earlier, StandardCharsets.UTF_8);
    if (a.size() != b.size()) throw new IllegalStateException("the files cover different lines");
    int longer = 0;
    int shorter = 0;
    int otherwise = 0;
    for (int i = 0; i < a.size(); i++) {
      String[] x = a.get(i).split("\t", 4);
      String[] y = b.get(i).split("\t", 4);
      int opsNow = Integer.parseInt(x[1]);
      int opsThen = Integer.parseInt(y[1]);
      if (opsNow > opsThen) {
        longer++;
        System.out.printf("longer: line %s, %d > %d: %s (was %s)%n", x[0], opsNow, opsThen,
            abbreviated(x[3]), abbreviated(y[3]));
      } else if (opsNow < opsThen) {
        shorter++;
      } else if (!x[3].equals(y[3])) {
        otherwise++;
      }
    }
    System.out.printf("against %s: %d longer, %d shorter, %d of equal length but different%n",
        earlier, longer, shorter, otherwise);
  }

  /** Bytes this thread allocated so far (HotSpot's count; -1 where the JVM has none). */
  private static long allocatedBytes(ThreadMXBean threads) {
    if (threads instanceof com.sun.management.ThreadMXBean hotspot) {
      return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  private static String abbreviated(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }
}

package dev.leibniz.bench;

import dev.leibniz.expr.Expr;
import dev.leibniz.print.CseForm;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.PlainPrinter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 3: the swell families ({@link SwellFamily}) at n = 5 to 320. {@code derive} is d/dx
 * (for F4 the derivative by each of the 6n parameters), {@code print} prints the result(s) plain
 * and {@code printCse} with common subexpressions bound ({@link CsePrinter}). Run with JMH's gc
 * profiler for allocated bytes per operation; {@link SwellSizes} prints the sizes. The warm-up
 * is long because the JIT settles late here: at n = 320, F1's derivative runs 20x faster after
 * four seconds than after one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class SwellBench {
  @Param({"F1", "F2", "F3", "F4"})
  public SwellFamily family;

  @Param({"5", "10", "20", "40", "80", "160", "320"})
  public int n;

  private Expr f;
  private List<Expr> derivatives;

  @Setup
  public void setUp() {
    f = family.expr(n);
    derivatives = family.derivatives(f, n);
  }

  @Benchmark
  public List<Expr> derive() {
    return family.derivatives(f, n);
  }

  @Benchmark
  public long print() {
    long length = 0;
    for (Expr d : derivatives) length += PlainPrinter.print(d).length();
    return length;
  }

  @Benchmark
  public CseForm printCse() {
    return CsePrinter.eliminate(derivatives);
  }
}

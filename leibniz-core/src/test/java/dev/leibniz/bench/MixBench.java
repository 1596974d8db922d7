package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 2: the 10,000 expressions of {@code mix-10k.txt}, each parsed, differentiated by x
 * and printed through the facade. One operation is one expression, so the score is expressions
 * per second; the goal of issue 6 is 200,000 on one thread. The two-thread variant runs the
 * same loop in two threads of the library (the CLI's {@code batch} adds reading and writing).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MixBench {
  private static final int LINES = 10_000;
  private List<String> lines;

  @Setup
  public void setUp() {
    lines = Workloads.mix();
    if (lines.size() != LINES) throw new IllegalStateException(lines.size() + " lines");
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public long oneThread() {
    return run();
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  @Threads(2)
  public long twoThreads() {
    return run();
  }

  /** The printed lengths added up, failed lines counting as -1, so nothing is optimised away. */
  private long run() {
    long total = 0;
    for (String line : lines) {
      try {
        total += Expression.parse(line).derivative("x").toString().length();
      } catch (LeibnizException e) {
        total--;
      }
    }
    return total;
  }
}

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full simplifier ({@link Expression#simplify()}) on derivatives: the lecture example's d/dx
 * (differentiation and simplification, as {@code leibniz diff} does by default) and the
 * derivatives by x of {@code mix-10k.txt}, differentiated once in the setup so that the score
 * is the simplifier's alone, in expressions per second on one thread.
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimplifyBench {
  private List<Expression> derivatives;

  @Setup
  public void setUp() {
    derivatives = Workloads.mix().stream().map(SimplifyBench::derivativeOrNull)
        .filter(d -> d != null).toList();
  }

  private static Expression derivativeOrNull(String line) {
    try {
      return Expression.parse(line).derivative("x");
    } catch (LeibnizException e) {
      return null;
    }
  }

  /** The lecture's d/dx, differentiated and fully simplified. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Expression lectureDiffAndSimplify() {
    return Expression.parse(Workloads.LECTURE).derivative("x").simplify();
  }

  /** Every derivative of the mix simplified; one operation is one expression. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(9_996)
  public long mixSimplified() {
    long total = 0;
    for (Expression d : derivatives) total += d.simplify().hashCode();
    return total;
  }
}

package dev.leibniz.simplify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The recorded operations of one workload and kind, run with our code and with Rings in the same
 * JVM fork: one benchmark invocation is one operation, taken in turn from the recorded list, so
 * the score is the mean time per operation of that workload (duplicates included, as the
 * simplifier performs them). Operations our code refuses ({@code TooLarge}: past 400 terms) or
 * Rings fails on are dropped from both sides, and counted in the setup's output.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolyBench {
  @Param({"textbook", "mix", "large"})
  public String set;

  @Param({"gcd", "squarefree", "factor", "cancel"})
  public String kind;

  private PolyOp[] ops;
  private int next;

  @Setup
  public void load() throws IOException {
    List<PolyOp> usable = new ArrayList<>();
    int refused = 0;
    for (PolyOp op : PolyOp.load(Path.of(System.getProperty("workload")), set, kind)) {
      try {
        op.ours();
        op.rings();
        usable.add(op);
      } catch (RuntimeException tooLargeForOursOrRingsFailed) {
        refused++;
      }
    }
    ops = usable.toArray(new PolyOp[0]);
    System.out.printf("%n%s/%s: %d operations, %d dropped (too large for ours, or Rings failed)%n",
        set, kind, ops.length, refused);
  }

  @Benchmark
  public Object ours() {
    if (ops.length == 0) return null;
    PolyOp op = ops[next];
    next = next + 1 == ops.length ? 0 : next + 1;
    return op.ours();
  }

  @Benchmark
  public Object rings() {
    if (ops.length == 0) return null;
    PolyOp op = ops[next];
    next = next + 1 == ops.length ? 0 : next + 1;
    return op.rings();
  }
}

package dev.leibniz.bench;

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
 * Workload 4, forward mode by commons-math3's {@code DerivativeStructure}: one sweep in which
 * every value carries all p partials. Not for F4 at 1000 units: {@code DSCompiler} builds a
 * compiler for every parameter count up to p, each holding a (p+1) x p index table, so 6004
 * variables would need some 10^11 ints (604 variables already take 0.3 GB and 0.4 s to set up).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class DsForwardBench {
  @Param({"lecture", "mlp10", "mlp100"})
  public String function;

  private GradientCase f;
  private double[] point;
  private double[] out;

  @Setup
  public void setUp() {
    f = GradientCase.named(function);
    point = f.point();
    out = new double[point.length];
  }

  @Benchmark
  public double derivativeStructure() {
    return f.derivativeStructure(point, out);
  }
}

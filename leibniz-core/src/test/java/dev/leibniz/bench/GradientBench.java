package dev.leibniz.bench;

import dev.leibniz.graph.CompiledTape;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
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
 * Workload 4: the tape's gradient, interpreted ({@code tape*}) and compiled to bytecode
 * ({@code compiled*}, issue 13; {@code straightGradient} the compiled code without loops),
 * against one evaluation (the cheap-gradient ratio, goal at most
 * 3), against the same function's value and gradient written by hand (the
 * physical limit, goal within 2x) and against commons-math3's sparse forward mode
 * ({@code SparseGradient}); {@link DsForwardBench} has {@code DerivativeStructure}. The
 * functions: the lecture example, and F4 with 10, 100 and 1000 units (64, 604 and 6004
 * variables).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradientBench {
  @Param({"lecture", "mlp10", "mlp100", "mlp1000"})
  public String function;

  private GradientCase f;
  private Tape tape;
  private CompiledTape compiled;
  private CompiledTape straight;
  private double[] point;
  private double[] out;

  @Setup
  public void setUp() {
    f = GradientCase.named(function);
    tape = GraphCompiler.compile(f.expr(), f.variables());
    compiled = CompiledTape.compiledNow(GraphCompiler.compile(f.expr(), f.variables()));
    straight = CompiledTape.compiledNow(GraphCompiler.compile(f.expr(), f.variables()), false);
    point = f.point();
    out = new double[point.length];
  }

  @Benchmark
  public double tapeValue() {
    return tape.value(point);
  }

  @Benchmark
  public double tapeGradient() {
    return tape.gradient(point, out);
  }

  @Benchmark
  public double compiledValue() {
    return compiled.value(point);
  }

  @Benchmark
  public double compiledGradient() {
    return compiled.gradient(point, out);
  }

  /** The compiled gradient without loops: straight-line code throughout, as before loops. */
  @Benchmark
  public double straightGradient() {
    return straight.gradient(point, out);
  }

  @Benchmark
  public double handValue() {
    return f.value(point);
  }

  @Benchmark
  public double handGradient() {
    return f.gradient(point, out);
  }

  @Benchmark
  public double sparseForward() {
    return f.sparseGradient(point, out);
  }
}

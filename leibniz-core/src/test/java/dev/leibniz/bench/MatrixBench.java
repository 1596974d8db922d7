package dev.leibniz.bench;

import dev.leibniz.Layout;
import dev.leibniz.MatrixExpression;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matrix differentiation (issue 12): d/dW_1 of a 3-layer MLP's squared-error loss, read,
 * differentiated in matrix notation and printed, as {@code leibniz diff} does, on one thread.
 */
@State(Scope.Thread)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatrixBench {
  /** The loss of a 3-layer MLP, declarations included. */
  static final String MLP_LOSS = "norm2(W_3 relu(W_2 relu(W_1 x + b_1) + b_2) + b_3 - y)^2 "
      + "where W_1: 4x3, b_1: 4, W_2: 4x4, b_2: 4, W_3: 2x4, b_3: 2, x: 3, y: 2";

  /** d/dW_1 of the MLP loss, from text to printed text. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String mlpLossByW1() {
    return MatrixExpression.parse(MLP_LOSS).derivative("W_1", Layout.GRADIENT).toString();
  }
}

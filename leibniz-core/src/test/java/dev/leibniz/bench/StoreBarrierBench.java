package dev.leibniz.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one store of a new object's reference costs, into an object that has survived
 * collections (old, as the parser's thread-long kit is) and into one just made (young). Under
 * G1, the JVM's default collector, the first pays a memory fence in the card-marking barrier;
 * under the serial and parallel collectors both are a plain card mark (BENCHMARKS.md, section
 * 000000; {@code bench/run -jvmArgsAppend -XX:+UseParallelGC StoreBarrier} for the other).
 * Each operation allocates the same small array in both (the young case also one holder per 64
 * stores), so the difference is the store.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StoreBarrierBench {
  private static final int STORES = 64;

  /** A holder of one reference. */
  public static final class Holder {
    Object value;
  }

  private Holder old;

  @Setup(Level.Trial)
  public void setUp() {
    old = new Holder();
    // Two full collections move the holder out of the young generation.
    System.gc();
    System.gc();
  }

  @Benchmark
  @OperationsPerInvocation(STORES)
  public Holder intoOld() {
    Holder h = old;
    for (int i = 0; i < STORES; i++) h.value = new int[] {i};
    return h;
  }

  @Benchmark
  @OperationsPerInvocation(STORES)
  public Holder intoYoung() {
    Holder h = new Holder();
    for (int i = 0; i < STORES; i++) h.value = new int[] {i};
    return h;
  }
}

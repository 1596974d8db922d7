package dev.leibniz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks from rotting: every benchmark of the suite runs once, in this JVM, for
 * one short iteration without warm-up, at the smallest size of each parameter.
 */
class BenchmarkSmokeTest {
  @Test
  void everyBenchmarkRunsOnce() throws Exception {
    // JMH holds one machine-wide lock (/tmp/jmh.lock) so that measurements do not disturb one
    // another; this run measures nothing, and must pass while another build runs its own.
    System.setProperty("jmh.ignoreLock", "true");
    Options options = new OptionsBuilder()
        .include(BenchmarkSmokeTest.class.getPackageName() + ".")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(20))
        .param("n", "5")
        .param("function", "lecture", "mlp10")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    // Lecture 7, Mix 2, Swell 3 x 4 families, Gradient 8 x 2 functions, DerivativeStructure 2,
    // Simplify 2, Matrix 1, StoreBarrier 2, Lexer 2.
    assertEquals(7 + 2 + 12 + 16 + 2 + 2 + 1 + 2 + 2, results.size());
  }
}

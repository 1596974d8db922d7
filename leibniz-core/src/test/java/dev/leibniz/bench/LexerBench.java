package dev.leibniz.bench;

import dev.leibniz.parse.LexerLoop;
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
 * The lexer alone over the 10,000 lines of the mix, in nanoseconds per line: ANTLR's own
 * matching against the walk of its DFA that the scalar reader uses (BENCHMARKS.md, section
 * R7). Both make the same tokens ({@code DfaWalkTest}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LexerBench {
  private static final int LINES = 10_000;
  private List<String> lines;
  private LexerLoop antlr;
  private LexerLoop walking;

  @Setup
  public void setUp() {
    lines = Workloads.mix();
    if (lines.size() != LINES) throw new IllegalStateException(lines.size() + " lines");
    antlr = LexerLoop.antlr();
    walking = LexerLoop.walking();
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public long antlr() {
    return antlr.lex(lines);
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public long walk() {
    return walking.lex(lines);
  }
}

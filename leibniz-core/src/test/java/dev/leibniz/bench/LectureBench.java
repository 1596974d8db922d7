package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload 1: the lecture example {@code e^<xz>+xz/ln(x)+sin(ln(x))/(xz)}, each phase alone and
 * the whole pipeline (parse, d/dx, print) through the facade, in ns per expression. The goal of
 * issue 6 is a pipeline under 5 µs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LectureBench {
  private Expr f;
  private Expr dfdx;

  @Setup
  public void setUp() {
    f = ExprParser.parse(Workloads.LECTURE);
    dfdx = Differentiator.derivative(f, "x");
  }

  @Benchmark
  public Expr parse() {
    return ExprParser.parse(Workloads.LECTURE);
  }

  @Benchmark
  public Expr differentiate() {
    return Differentiator.derivative(f, "x");
  }

  /** The simplifier's rebuild of the (already canonical) derivative: its fixed-point cost. */
  @Benchmark
  public Expr simplify() {
    return Simplifier.simplify(dfdx);
  }

  @Benchmark
  public String print() {
    return PlainPrinter.print(dfdx);
  }

  /** What a user of the library does: {@code Expression.parse(text).derivative("x").toString()}. */
  @Benchmark
  public String pipeline() {
    return Expression.parse(Workloads.LECTURE).derivative("x").toString();
  }
}

package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.Map;
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
 * issue 6 is a pipeline under 5 µs. Beside them, the derivative's value at the lecture's point,
 * of the tree alone and through the facade.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LectureBench {
  private static final Map<String, Double> POINT = Map.of("x", 2.0, "z", 3.0);
  private Expr f;
  private Expr dfdx;
  private Expression derivative;

  @Setup
  public void setUp() {
    f = ExprParser.parse(Workloads.LECTURE);
    dfdx = Differentiator.derivative(f, "x");
    derivative = Expression.parse(Workloads.LECTURE).derivative("x");
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

  /** The derivative's value at the lecture's point, its tree alone. */
  @Benchmark
  public double evaluateTree() {
    return Evaluator.evaluate(dfdx, POINT);
  }

  /**
   * The same through the facade, which also asks whether the input as written is defined there
   * (a look at its literal tree in doubles; exact values only near an edge).
   */
  @Benchmark
  public double evaluate() {
    return derivative.evaluate(POINT);
  }

  /** What a user of the library does: {@code Expression.parse(text).derivative("x").toString()}. */
  @Benchmark
  public String pipeline() {
    return Expression.parse(Workloads.LECTURE).derivative("x").toString();
  }
}

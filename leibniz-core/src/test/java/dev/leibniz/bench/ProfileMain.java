package dev.leibniz.bench;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.PlainPrinter;
import java.util.List;

/**
 * Runs one workload in a loop for a while, to be profiled with Java Flight Recorder; then
 * {@link Hotspots} reads the recording. {@code bench/profile} does both:
 *
 * <pre>
 * bench/profile lecture-diff 20      # 20 s of d/dx of the lecture example, then hot methods
 * </pre>
 *
 * Workloads: {@code lecture-parse}, {@code mix-parse}, {@code lecture-diff}, {@code lecture-print},
 * {@code lecture-pipeline}, {@code mix}, {@code mix-diff} and {@code mix-print} (the mix's
 * d/dx or the printing of it, parsed beforehand), {@code mix-rebuild} (canonical construction:
 * the parsed trees rebuilt through the smart constructors), {@code swell-F1-320} (any family and n; derive),
 * {@code cse-F2-320}, {@code gradient-mlp1000} (tape gradient; any gradient case).
 */
public final class ProfileMain {
  private ProfileMain() {}

  public static void main(String[] args) {
    String workload = args[0];
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 20;
    Runnable step = workload(workload);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long rounds = 0;
    while (System.nanoTime() < end) {
      step.run();
      rounds++;
    }
    System.out.printf("%s: %,d rounds in %d s (%.3g ms per round, profiler on)%n", workload,
        rounds, seconds, seconds * 1e3 / rounds);
  }

  private static Runnable workload(String name) {
    Expr lecture = ExprParser.parse(Workloads.LECTURE);
    Expr dfdx = Differentiator.derivative(lecture, "x");
    switch (name) {
      case "lecture-parse": return () -> sink(ExprParser.parse(Workloads.LECTURE));
      case "lecture-diff": return () -> sink(Differentiator.derivative(lecture, "x"));
      case "lecture-print": return () -> sink(PlainPrinter.print(dfdx));
      case "lecture-pipeline":
        return () -> sink(Expression.parse(Workloads.LECTURE).derivative("x").toString());
      case "mix": return mix();
      case "mix-parse": return mixParse();
      case "mix-diff": return mixPhase(true);
      case "mix-print": return mixPhase(false);
      case "mix-rebuild": return mixRebuild();
      case "mix-simplified": return mixSimplified();
      case "lecture-simplified":
        return () -> sink(Expression.parse(Workloads.LECTURE).derivative("x").simplify());
      default: break;
    }
    String[] parts = name.split("-");
    if (parts[0].equals("swell") || parts[0].equals("cse")) {
      SwellFamily family = SwellFamily.valueOf(parts[1]);
      int n = Integer.parseInt(parts[2]);
      Expr f = family.expr(n);
      if (parts[0].equals("swell")) return () -> sink(family.derivatives(f, n));
      List<Expr> derivatives = family.derivatives(f, n);
      return () -> sink(CsePrinter.eliminate(derivatives));
    }
    if (parts[0].equals("gradient")) {
      GradientCase g = GradientCase.named(parts[1]);
      Tape tape = GraphCompiler.compile(g.expr(), g.variables());
      double[] point = g.point();
      double[] out = new double[point.length];
      return () -> sink(tape.gradient(point, out));
    }
    throw new IllegalArgumentException("no workload " + name);
  }

  /** The mix's lines parsed, each alone ({@code ExprParser.parse}). */
  private static Runnable mixParse() {
    List<String> lines = Workloads.mix();
    return () -> {
      for (String line : lines) {
        try {
          sink(ExprParser.parse(line));
        } catch (LeibnizException e) {
          sink(e);
        }
      }
    };
  }

  private static Runnable mix() {
    List<String> lines = Workloads.mix();
    return () -> {
      for (String line : lines) {
        try {
          sink(Expression.parse(line).derivative("x").toString());
        } catch (LeibnizException e) {
          sink(e);
        }
      }
    };
  }

  /** The mix's lines parsed beforehand: their d/dx ({@code diff}), or printing those. */
  private static Runnable mixPhase(boolean diff) {
    List<Expr> trees = new java.util.ArrayList<>();
    for (String line : Workloads.mix()) {
      try {
        Expr tree = ExprParser.parse(line);
        Expr derivative = Differentiator.derivative(tree, "x");
        trees.add(diff ? tree : derivative);
      } catch (LeibnizException e) {
        // not an expression to differentiate
      }
    }
    if (!diff) return () -> trees.forEach(d -> sink(PlainPrinter.print(d)));
    return () -> trees.forEach(tree -> sink(Differentiator.derivative(tree, "x")));
  }

  /** The mix's parsed trees rebuilt through the smart constructors: canonical construction. */
  private static Runnable mixRebuild() {
    List<Expr> trees = new java.util.ArrayList<>();
    for (String line : Workloads.mix()) {
      try {
        trees.add(ExprParser.parse(line));
      } catch (LeibnizException e) {
        // not an expression
      }
    }
    return () -> trees.forEach(tree -> sink(dev.leibniz.simplify.Simplifier.simplify(tree)));
  }

  /** The d/dx of each line of the mix, fully simplified (differentiated once, beforehand). */
  private static Runnable mixSimplified() {
    List<Expression> derivatives = new java.util.ArrayList<>();
    for (String line : Workloads.mix()) {
      try {
        derivatives.add(Expression.parse(line).derivative("x"));
      } catch (LeibnizException e) {
        // not a derivative to simplify
      }
    }
    return () -> {
      for (Expression d : derivatives) sink(d.simplify());
    };
  }

  /** Keeps results reachable so that the JIT cannot drop the work. */
  private static volatile Object last;

  private static void sink(Object o) {
    last = o;
  }
}

package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.check.CrossCheck;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.expr.StackGuard.InterruptedComputation;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.LatexPrinter;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A long stage on an interrupted thread stops with "interrupted" instead of finishing, and
 * clears the flag (as {@link InterruptedException} does), so a batch worker whose line timed out
 * is free for the next line. Each stage here would otherwise run to the end: the same call on a
 * thread that is not interrupted completes.
 */
class InterruptionTest {
  private static final int TERMS = 20_000;
  /** {@code sin(x1*x) + sin(x2*x) + ...}: 20,000 distinct terms, nothing shared. */
  private static final Expr LONG = ExprParser.parse(longSum());

  private static String longSum() {
    StringBuilder text = new StringBuilder();
    for (int k = 1; k <= TERMS; k++) text.append(k == 1 ? "" : "+").append("sin(x").append(k)
        .append("*x)");
    return text.toString();
  }

  private static Map<String, Double> point() {
    Map<String, Double> point = new HashMap<>();
    point.put("x", 0.5);
    for (int k = 1; k <= TERMS; k++) point.put("x" + k, 1.0 / k);
    return point;
  }

  private static void assertStopsWhenInterrupted(Supplier<?> stage) {
    Thread.currentThread().interrupt();
    InterruptedComputation stopped = assertThrows(InterruptedComputation.class, stage::get);
    assertEquals("interrupted", stopped.getMessage());
    assertFalse(Thread.currentThread().isInterrupted(), "the flag is cleared");
    stage.get(); // the same work, not interrupted, runs to the end
  }

  @Test
  void printingStops() {
    assertStopsWhenInterrupted(() -> PlainPrinter.print(LONG));
    assertStopsWhenInterrupted(() -> LatexPrinter.print(LONG));
    assertStopsWhenInterrupted(() -> CsePrinter.print(LONG));
  }

  @Test
  void simplifyingDifferentiatingEvaluatingAndCompilingStop() {
    // The rebuild returns a canonical tree such as LONG at once: a raw copy is walked.
    Expr raw = ExprGenerator.rawCopy(LONG);
    assertStopsWhenInterrupted(() -> Simplifier.simplify(raw));
    assertStopsWhenInterrupted(() -> Differentiator.derivative(LONG, "x"));
    Map<String, Double> point = point();
    assertStopsWhenInterrupted(() -> Evaluator.evaluate(LONG, point));
    List<String> variables = List.copyOf(dev.leibniz.expr.Variables.of(LONG));
    assertStopsWhenInterrupted(() -> GraphCompiler.compile(LONG, variables));
  }

  @Test
  void checkingStops() {
    Expr f = ExprParser.parse("sin(x)*e^x");
    Expr answer = Differentiator.derivative(f, "x");
    assertStopsWhenInterrupted(() -> CrossCheck.check(f, List.of("x"), answer, 20, 1));
  }
}

package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.CompiledGradient;
import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.Step;
import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.parse.ParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The depth policy (docs/ARCHITECTURE.md, "Depth"): the deepest input the parser accepts goes
 * through every stage, the full simplifier and the explanation of its steps among them, on a
 * thread with a 512 KiB stack, half the JVM's default, on the calling thread of each stage (none
 * moves to a thread of its own); one level deeper is refused.
 */
class DepthPolicyTest {
  private static final long SMALL_STACK = 512 * 1024;
  private static final Map<String, Double> POINT = Map.of("x", 0.3);
  private static final String NESTING = "nesting deeper than " + StackGuard.MAX_NESTING
      + " levels";

  /** {@code opener} repeated {@code n} times around {@code x}, its brackets closed. */
  private static String nested(String opener, int n) {
    long open = opener.chars().filter(c -> c == '(').count();
    long close = opener.chars().filter(c -> c == ')').count();
    return opener.repeat(n) + "x" + ")".repeat((int) (n * (open - close)));
  }

  /**
   * The most repetitions of {@code opener} the parser accepts: {@link StackGuard#MAX_NESTING}
   * for a bracket, fewer where a repetition holds more than one level ({@code e^(} is a power
   * and a bracket).
   */
  private static int mostAccepted(String opener) {
    for (int n = StackGuard.MAX_NESTING; n > 0; n--) {
      try {
        Expression.parse(nested(opener, n));
        return n;
      } catch (ParseException e) {
        assertEquals(NESTING, e.getMessage());
      }
    }
    throw new AssertionError("never accepted: " + opener);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "sin(", "x+2/ln(", "abs(x-", "(x-1)/(x+", "x*(1+", "sin(e^(",
      "(1+x)^(", "-(", "sqrt(1+", "x^"})
  void theDeepestAcceptedInputGoesThroughEveryStageOnASmallStack(String opener) throws Exception {
    String text = nested(opener, mostAccepted(opener));
    onSmallStack(() -> {
      Expression f = Expression.parse(text);
      // A tower x^x^...^x prints its exponents grouped, x^(x^(...)), twice as deep as typed:
      // at the limit it prints but does not read back.
      if (!opener.equals("x^")) assertEquals(f, Expression.parse(f.toString()), "prints back");
      assertEquals(f.hashCode(), Expression.parse(text).hashCode());
      // The derivative may print nested deeper than the parser accepts: it is not read back.
      Expression d = f.derivative("x");
      // The full simplifier searches the input and its derivative, and explains the latter.
      assertSameValue(f, f.simplify(), "the simplified input");
      Derivative explained = f.derivation("x").simplified();
      assertTrue(d.simplify().equals(explained.result()), "the simplified derivative");
      assertSameValue(d, explained.result(), "the simplified derivative");
      List<Step> rewrites = explained.steps().stream().filter(s -> s.rule().simplifies())
          .toList();
      Expression last = rewrites.isEmpty() ? d : rewrites.get(rewrites.size() - 1).after();
      assertTrue(explained.result().equals(last), "the last step is the simplified result");
      assertTrue(explained.result().toString().equals(Leibniz.derivative(text, "x")),
          "Leibniz.derivative prints the simplified derivative");
      assertFalse(d.toString().isEmpty(), "the derivative prints");
      assertFalse(d.toLatex().isEmpty(), "and in LaTeX");
      assertEquals(d, f.derivation("x").result(), "the derivation's result");
      double value = d.evaluate(POINT);
      CompiledGradient tape = f.compile();
      double[] gradient = new double[1];
      tape.gradient(new double[] {0.3}, gradient);
      if (Double.isFinite(value)) {
        assertEquals(value, gradient[0], 1e-9 * Math.max(1, Math.abs(value)), "tape = symbolic");
        double numeric = FiniteDifferences.derivative(t -> f.evaluate(Map.of("x", t)), 0.3);
        assertEquals(numeric, value, 1e-5 * Math.max(1, Math.abs(value)), "finite differences");
      } else {
        assertFalse(Double.isFinite(gradient[0]), "the tape is not finite either");
      }
      String cse = d.toCseString();
      assertFalse(cse.isEmpty());
      assertEquals(2, Expression.cse(List.of(f, d)).results().size());
      d.explainUndefined(Map.of("x", -0.5));
    });
  }

  /** {@code simplified} has {@code e}'s value at {@link #POINT} where e is defined there. */
  private static void assertSameValue(Expression e, Expression simplified, String what) {
    double want = e.evaluate(POINT);
    if (!Double.isFinite(want)) return;
    assertEquals(want, simplified.evaluate(POINT), 1e-9 * Math.max(1, Math.abs(want)), what);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "sin(", "e^(", "-(", "x^"})
  void oneRepetitionPastTheDeepestAcceptedIsRefused(String opener) {
    String text = nested(opener, mostAccepted(opener) + 1);
    ParseException e = assertThrows(ParseException.class, () -> Expression.parse(text));
    assertEquals(NESTING, e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void theLimitCountsBrackets() {
    assertEquals(StackGuard.MAX_NESTING, mostAccepted("("));
    assertEquals(StackGuard.MAX_NESTING, mostAccepted("sin("));
  }

  /** Runs {@code work} on a thread with a 512 KiB stack; rethrows what it threw. */
  static void onSmallStack(Runnable work) throws InterruptedException {
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        work.run();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "small-stack", SMALL_STACK);
    worker.start();
    worker.join(HangGuard.LIMIT.toMillis());
    assertFalse(worker.isAlive(), "hang guard: still running after " + HangGuard.LIMIT);
    if (failure[0] != null) throw new AssertionError(failure[0]);
  }
}

package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tape computes {@code ln(sigmoid(u))} as {@code -softplus(-u)}, as the evaluator does: the
 * same value to the bit, and a gradient without the underflow of {@code sigmoid(u)} to 0, in the
 * interpreted sweeps and in the bytecode. The values are mpmath's at 50 digits.
 */
class LogSigmoidTapeTest {
  private static final Expr LOG_SIGMOID = ExprParser.parse("ln(sigmoid(x))");

  /** x, ln(sigmoid(x)), its derivative 1 - sigmoid(x) = sigmoid(-x). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-800 | -800.0                 | 1.0",
      "-30  | -30.000000000000092    | 0.9999999999999064",
      "-2.5 | -2.5788897342925496    | 0.9241418199787564",
      "0    | -0.6931471805599453    | 0.5",
      "2.5  | -0.07888973429254963   | 0.07585818002124355",
      "40   | -4.248354255291589e-18 | 4.248354255291589e-18"})
  void theTapeAndItsBytecodeGiveTheValueAndSlopeEverywhere(double x, double value,
      double slope) {
    Tape tape = GraphCompiler.compile(LOG_SIGMOID, List.of("x"));
    CompiledTape compiled = CompiledTape.compiledNow(tape.copy());
    double[] g = new double[1];
    assertEquals(value, tape.gradient(new double[] {x}, g));
    assertEquals(slope, g[0], 1e-15 * Math.abs(slope));
    assertEquals(value, compiled.gradient(new double[] {x}, g));
    assertEquals(slope, g[0], 1e-15 * Math.abs(slope));
    assertEquals(value, Evaluator.evaluate(LOG_SIGMOID, Map.of("x", x)));
  }

  /**
   * A loss of several variables: ln(sigmoid(w*x + b)) at w = 3, x = -300, b = 0.5, where
   * sigmoid(-899.5) underflows; its argument keeps its one node (sigmoid(w*x + b) beside it).
   */
  @Test
  void aLogisticLossOfSeveralVariables() {
    Expr loss = ExprParser.parse("ln(sigmoid(w*x + b)) + sigmoid(w*x + b)");
    Tape tape = GraphCompiler.compile(loss, List.of("b", "w", "x"));
    double[] point = {0.5, 3, -300};
    double[] g = new double[3];
    assertEquals(-899.5, tape.gradient(point, g));
    assertEquals(1.0, g[0]);
    assertEquals(-300.0, g[1]);
    assertEquals(3.0, g[2]);
    assertEquals(-899.5, Evaluator.evaluate(loss, Map.of("b", 0.5, "w", 3.0, "x", -300.0)));
    assertEquals(String.join("\n",
        "a = w*x = -900",
        "c = b + a = -899.5",
        "d = -c = 899.5",
        "f = sigmoid(c) = 0",
        "g = softplus(d) = 899.5",
        "h = -g = -899.5",
        "y = f + h = -899.5"),
        GraphPrinter.trace(tape, point).lines().limit(7).reduce((a, b) -> a + "\n" + b).get());
  }

  @Test
  void theTraceShowsWhatTheTapeComputes() {
    Tape tape = GraphCompiler.compile(LOG_SIGMOID, List.of("x"));
    assertEquals(String.join("\n",
        "a = -x = 800",
        "b = softplus(a) = 800",
        "y = -b = -800",
        "g_y = 1",
        "g_b = -g_y = -1",
        "g_a = g_b*sigmoid(a) = -1",
        "g_x = -g_a = 1"), GraphPrinter.trace(tape, new double[] {-800}).strip());
  }

  @Test
  void anUndefinedArgumentLeavesTheLogSigmoidUndefined() {
    Tape tape = GraphCompiler.compile(ExprParser.parse("ln(sigmoid(ln(x)))"), List.of("x"));
    double[] g = new double[1];
    assertTrue(Double.isNaN(tape.gradient(new double[] {-1}, g)));
    assertTrue(Double.isNaN(g[0]));
  }
}

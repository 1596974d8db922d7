package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A minus sign on an entrywise product and one on its operand cancel: the gradient of the
 * logistic-regression loss has no {@code -(-(ones(5) - y))}, and what is printed reads back to
 * the value of the derivative, which finite differences of the loss give.
 */
class MatrixDoubleNegationTest {
  private static final String DECLARED = " where X: 5x3, w: 3, y: 5";
  private static final String LOSS = "-(y' ln(sigmoid(X w)) + (ones(5) - y)' ln(ones(5) - "
      + "sigmoid(X w)))" + DECLARED;
  private static final Map<String, double[][]> AT = Map.of(
      "X", new double[][] {{0.3, -1.2, 0.5}, {1.1, 0.4, -0.7}, {-0.2, 0.9, 1.3},
          {0.8, -0.6, 0.1}, {-1.4, 0.2, 0.6}},
      "w", new double[][] {{0.7}, {-0.4}, {1.1}},
      "y", new double[][] {{1}, {0}, {1}, {1}, {0}});

  @Test
  void theLogisticLossGradientHasNoDoubleNegationAndReadsBack() {
    MatrixDerivative d = MatrixExpression.parse(LOSS).derivative("w", Layout.GRADIENT);
    String printed = d.result();
    // Entry by entry the terms are one scalar expression, which the simplifier writes as the
    // textbook does (EntrywiseAlgebra).
    assertEquals("X'*(sigmoid(X*w) - y)", printed);
    MatrixWitness.assertGradient(d, "w", AT);
    double[][] expected = d.valueAt(AT);
    double[][] readBack = MatrixExpression.parse(printed + DECLARED).valueAt(AT);
    for (int i = 0; i < 3; i++) assertEquals(expected[i][0], readBack[i][0], 1e-12);
  }

  @Test
  void theBackwardEquationsHaveNoDoubleNegation() {
    Program p = Program.parse("X: 5x3, w: 3, y: 5\np = sigmoid(X w)\n"
        + "L = -(y' ln(p) + (ones(5) - y)' ln(ones(5) - p))");
    List<String> lines = p.backward(Layout.GRADIENT);
    assertEquals("dL/dp = (y - p) ./ (p .* (p - ones(5)))   [5]", lines.get(1));
    for (String line : lines) assertFalse(line.contains("-(-"), line);
    // dL/dp read back: at p = 0.25 and y = 1, 0, 1, 0, 1 the entries are -4 and 4/3, those of
    // -y/p + (1 - y)/(1 - p).
    double[][] dp = MatrixExpression.parse("(y - p) ./ (p .* (p - ones(5)))"
        + " where p: 5, y: 5").valueAt(Map.of(
            "p", new double[][] {{0.25}, {0.25}, {0.25}, {0.25}, {0.25}},
            "y", new double[][] {{1}, {0}, {1}, {0}, {1}}));
    assertEquals(-4, dp[0][0], 1e-12);
    assertEquals(4.0 / 3, dp[1][0], 1e-12);
  }
}

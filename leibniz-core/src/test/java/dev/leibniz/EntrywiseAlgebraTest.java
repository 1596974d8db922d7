package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entry-by-entry parts of a matrix derivative simplified as the scalar expressions they are at
 * each entry: the textbook gradients of machine-learning losses, each proven against finite
 * differences of the loss.
 */
class EntrywiseAlgebraTest {
  private static final Map<String, double[][]> AT = Map.of(
      "X", new double[][] {{0.3, -1.2, 0.5}, {1.1, 0.4, -0.7}, {-0.2, 0.9, 1.3},
          {0.8, -0.6, 0.1}, {-1.4, 0.2, 0.6}},
      "w", new double[][] {{0.7}, {-0.4}, {1.1}},
      "y", new double[][] {{1}, {0}, {1}, {1}, {0}},
      "x", new double[][] {{0.7}, {-1.2}, {0.4}, {2.1}, {-0.3}});

  @ParameterizedTest(name = "d/d{1} {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      // the logistic loss: X'*(sigmoid(X*w) - y), as the lecture writes it
      "-(y' ln(sigmoid(X w)) + (ones(5) - y)' ln(ones(5) - sigmoid(X w))) | w | "
          + "X'*(sigmoid(X*w) - y)",
      "sum(ln(ones(5) + exp(-y .* (X w))))     | w | -X'*(y ./ (ones(5) + exp(y .* (X*w))))",
      "sum(x ./ (ones(5) + x .* x))            | x | (ones(5) - x .^ 2) ./ (ones(5) + x .^ 2) .^ 2",
      // an entry that is a constant is that constant array
      "sum(ln(exp(x)))                         | x | ones(5)",
      "sum(exp(-x) .* exp(x) .* x)             | x | ones(5)",
  })
  void theEntrywisePartIsWrittenAsAScalarIs(String function, String variable, String expected) {
    MatrixDerivative d = MatrixExpression.parse(function + " where X: 5x3, w: 3, y: 5, x: 5")
        .derivative(variable, Layout.GRADIENT);
    assertEquals(expected, d.result());
    MatrixWitness.assertGradient(d, variable, AT);
  }
}

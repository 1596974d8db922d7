package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cross-entropy losses of the lecture notes, differentiated to the form the notes write:
 * {@code L = -sum_i y_i ln(S_i)}, {@code S = softmax(x)}, has the gradient
 * {@code sum(y)*softmax(x) - y} (the notes' {@code S - y} when the labels sum to 1, which is not
 * assumed: the labels below sum to 2.75), as {@code a'*(y ./ a) = sum(y)} cancels the softmax
 * rule's inner product. Each is proven against central differences of the loss at one point and
 * by the matrix check (reverse mode and finite differences) at three seeded random points.
 */
class CrossEntropyGradientTest {
  private static final String DECLARED = " where W: 3x4, x: 4, y: 3, b: 3, z: 3, r: 1x3, t: 1x3";
  private static final Map<String, double[][]> AT = Map.of(
      "W", new double[][] {{0.3, -1.2, 0.5, 0.1}, {1.1, 0.4, -0.7, 0.2}, {-0.2, 0.9, 1.3, -0.5}},
      "x", new double[][] {{0.7}, {-0.4}, {1.1}, {0.2}},
      "b", new double[][] {{0.1}, {-0.3}, {0.25}},
      "y", new double[][] {{1.5}, {0.25}, {1}},
      "z", new double[][] {{0.6}, {-1.3}, {0.8}},
      "r", new double[][] {{-0.6, 0.9, 0.35}},
      "t", new double[][] {{0.5, 1, 0.75}});

  @ParameterizedTest(name = "d/d{1} {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "-sum(y .* ln(softmax(z)))           | z | sum(y)*softmax(z) - y",
      "-sum(y .* ln(softmax(W x + b)))     | W | (sum(y)*softmax(W*x + b) - y)*x'",
      "-sum(y .* ln(softmax(W x + b)))     | b | sum(y)*softmax(W*x + b) - y",
      "-sum(y .* ln(softmax(W x + b)))     | x | W'*(sum(y)*softmax(W*x + b) - y)",
      "-dot(y, ln(softmax(z)))             | z | sum(y)*softmax(z) - y",
      "-y' ln(softmax(z))                  | z | sum(y)*softmax(z) - y",
      "sum(y .* ln(softmax(z)))            | z | y - sum(y)*softmax(z)",
      "-sum(t .* ln(softmax(r)))           | r | sum(t)*softmax(r) - t",
      "-sum(ln(softmax(z)))                | z | 3*softmax(z) - ones(3)",
      // the binary cross-entropy was already the notes' form, through EntrywiseAlgebra
      "-sum(y .* ln(sigmoid(z)) + (ones(3) - y) .* ln(ones(3) - sigmoid(z))) | z | "
          + "sigmoid(z) - y",
  })
  void theGradientIsWrittenAsTheNotesWriteIt(String loss, String variable, String expected) {
    MatrixDerivative d = MatrixExpression.parse(loss + DECLARED)
        .derivative(variable, Layout.GRADIENT);
    assertEquals(expected, d.result());
    MatrixWitness.assertGradient(d, variable, AT);
    MatrixCheckReport report = d.check(3, 20261129);
    assertTrue(report.ok() && report.compared() > 0, () -> d + ": " + report.summary());
  }

  @ParameterizedTest(name = "d2/d{1}2 {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "-sum(y .* ln(softmax(z))) | z | sum(y)*(diag(softmax(z)) - softmax(z)*softmax(z)')",
  })
  void theHessianHasTheSumOfTheLabelsInFront(String loss, String variable, String expected) {
    MatrixDerivative d = MatrixExpression.parse(loss + DECLARED)
        .derivative(List.of(variable, variable), Layout.GRADIENT);
    assertEquals(expected, d.result());
    MatrixCheckReport report = d.check(3, 20261129);
    assertTrue(report.ok() && report.compared() > 0, () -> d + ": " + report.summary());
  }
}

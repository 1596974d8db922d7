package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entry-by-entry derivatives in the form a person writes them: a chain of {@code .*} flat
 * ({@code a .* b .* c}, as it reads), {@code diag(a)*diag(b)} as {@code diag(a .* b)} and a sum
 * of diagonals as one, {@code diag(ones(3))} as {@code eye(3)}, a reciprocal as
 * {@code ones(3) ./ x}. Each is read back to the same tree, proven against central differences
 * at one point and by the matrix check (reverse mode and finite differences) at three seeded
 * random points.
 */
class HadamardFormsTest {
  private static final String DECLARED =
      " where W: 2x3, W1: 4x3, W2: 2x4, b: 2, x: 3, y: 3, z: 3";
  private static final Map<String, double[][]> AT = Map.of(
      "W", new double[][] {{0.3, 1.2, 0.5}, {1.1, 0.4, 0.7}},
      "W1", new double[][] {{0.3, -1.2, 0.5}, {1.1, 0.4, -0.7}, {-0.2, 0.9, 1.3},
          {0.8, -0.6, 0.1}},
      "W2", new double[][] {{0.5, -0.4, 0.3, 0.2}, {-0.1, 0.2, 0.6, -0.7}},
      "b", new double[][] {{0.1}, {-0.3}},
      "x", new double[][] {{0.7}, {1.4}, {1.1}},
      "y", new double[][] {{1.5}, {-0.25}, {1}},
      "z", new double[][] {{0.6}, {-1.3}, {0.8}});

  @ParameterizedTest(name = "d/d{1} {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      "sum(sigmoid(W x + b))               | W | sigmoid(W*x + b) .* (ones(2) - "
          + "sigmoid(W*x + b))*x'",
      // the chain of .* was g .* (s .* (ones(4) - s))
      "sum(sigmoid(W2 sigmoid(W1 x)))      | W1 | W2'*(sigmoid(W2*sigmoid(W1*x)) .* (ones(2) - "
          + "sigmoid(W2*sigmoid(W1*x)))) .* sigmoid(W1*x) .* (ones(4) - sigmoid(W1*x))*x'",
      "sum(x .* (y .* z))                  | y | z .* x",
      // a reciprocal is a quotient, where it was x .^ (-1)
      "sum(ln(x))                          | x | ones(3) ./ x",
      "sum(ln(W x))                        | W | ones(2) ./ (W*x)*x'",
      "sum(atan(x))                        | x | ones(3) ./ (ones(3) + x .^ 2)",
  })
  void theGradientIsWrittenAsAPersonWritesIt(String f, String variable, String expected) {
    MatrixDerivative d = proven(f, variable, expected);
    MatrixWitness.assertGradient(d, variable, AT);
  }

  @ParameterizedTest(name = "d/d{1} {0} = {2}")
  @CsvSource(delimiter = '|', value = {
      // diag(x)*diag(ones(3) ./ x), then diag(x .* (ones(3) ./ x)), then diag(ones(3))
      "x .* (y ./ x)      | y | eye(3)",
      // diag(z)*diag(y)
      "x .* y .* z        | x | diag(z .* y)",
      // diag(sin(x))*diag(exp(x)) + diag(exp(x))*diag(cos(x))
      "exp(x) .* sin(x)   | x | diag(exp(x) .* (cos(x) + sin(x)))",
      // 2*diag(x)*diag(x) + diag(x .* x)
      "x .* x .* x        | x | diag(3*x .^ 2)",
      // diag(ones(3) ./ y)*diag(x) + diag(-x ./ y): x .* y ./ y is x
      "(x .* y) ./ y      | y | 0*ones(3, 3)",
      // diag(sigmoid(relu(x)) .* (ones(3) - sigmoid(relu(x))))*diag(step(x))
      "sigmoid(relu(x))   | x | diag(sigmoid(relu(x)) .* (ones(3) - sigmoid(relu(x))) "
          + ".* step(x))",
      // diag(x)*diag(step(x)) + diag(relu(x))
      "relu(x) .* x       | x | diag(relu(x) + x .* step(x))",
      "ln(x)              | x | diag(ones(3) ./ x)",
  })
  void theJacobianIsWrittenAsAPersonWritesIt(String f, String variable, String expected) {
    MatrixDerivative d = proven(f, variable, expected);
    MatrixWitness.assertJacobian(d, variable, AT);
  }

  private static MatrixDerivative proven(String f, String variable, String expected) {
    MatrixExpression function = MatrixExpression.parse(f + DECLARED);
    MatrixDerivative d = function.derivative(variable, Layout.GRADIENT);
    assertEquals(expected, d.result());
    MatrixExpression back = MatrixExpression.parse(d.result() + DECLARED);
    assertEquals(d.tree(), back.tree(), () -> d.result() + " reads back differently");
    MatrixCheckReport report = d.check(3, 20261129);
    assertTrue(report.ok() && report.compared() > 0, () -> d + ": " + report.summary());
    return d;
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number or scalar factor that every term of a matrix derivative has is written once, as the
 * Matrix Cookbook writes it: {@code 2*(x - y)}, {@code 2*x'*A*x*(A + A')*x}. Each is proven
 * against finite differences of the function at fixed values.
 */
class MatrixCommonFactorTest {
  private static final Map<String, double[][]> AT = Map.of(
      "x", new double[][] {{0.7}, {-1.2}, {0.4}},
      "y", new double[][] {{-0.3}, {0.9}, {1.5}},
      "A", new double[][] {{1.0, -0.5, 0.2}, {0.3, 0.8, -1.1}, {0.6, 0.4, 1.7}});

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "(x - y)' (x - y)     | 2*(x - y)",
      "(x' A x)^2           | 2*x'*A*x*(A + A')*x",
      "x' A x               | (A + A')*x",
      "(x' y)^2 + x' x      | 2*(x'*y*y + x)",
  })
  void aCommonFactorIsWrittenOnce(String function, String expected) {
    MatrixDerivative d = MatrixExpression.parse(function + " where x: 3, y: 3, A: 3x3")
        .derivative("x", Layout.GRADIENT);
    assertEquals(expected, d.result());
    MatrixWitness.assertGradient(d, "x", AT);
  }
}

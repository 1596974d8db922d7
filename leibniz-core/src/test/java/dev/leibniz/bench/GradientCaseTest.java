package dev.leibniz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four ways of workload 4 compute the same value and gradient as the compiled tape. */
class GradientCaseTest {
  @ParameterizedTest
  @ValueSource(strings = {"lecture", "mlp10"})
  void handAndForwardModesAgreeWithTheTape(String name) {
    GradientCase f = GradientCase.named(name);
    Tape tape = GraphCompiler.compile(f.expr(), f.variables());
    double[] point = f.point();
    int n = point.length;
    double[] expected = new double[n];
    double y = tape.gradient(point, expected);
    double[] hand = new double[n];
    double[] ds = new double[n];
    double[] sparse = new double[n];
    assertEquals(y, f.value(point), 1e-12 * Math.abs(y));
    assertEquals(y, f.gradient(point, hand), 1e-12 * Math.abs(y));
    assertEquals(y, f.derivativeStructure(point, ds), 1e-12 * Math.abs(y));
    assertEquals(y, f.sparseGradient(point, sparse), 1e-12 * Math.abs(y));
    for (int k = 0; k < n; k++) {
      double tolerance = 1e-12 * Math.max(1, Math.abs(expected[k]));
      String v = "d/d" + f.variables().get(k);
      assertEquals(expected[k], hand[k], tolerance, v + " by hand");
      assertEquals(expected[k], ds[k], tolerance, v + " by DerivativeStructure");
      assertEquals(expected[k], sparse[k], tolerance, v + " by SparseGradient");
    }
  }
}

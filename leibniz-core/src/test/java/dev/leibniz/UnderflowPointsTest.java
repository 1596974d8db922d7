package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.graph.CompiledTape;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facade where a value underflows a double: {@code ln(sigmoid(x))} has its value, -800 at
 * -800, in {@link Leibniz#evaluate}, {@link Leibniz#gradient} and the compiled gradient alike; a
 * value that underflowed and then failed is in the domain, its reason said
 * ({@code sigmoid(x) underflows}), as for an overflow; a point outside the domain stays one.
 */
class UnderflowPointsTest {
  private static final Map<String, Double> AT_MINUS_800 = Map.of("x", -800.0);

  @Test
  void theLogSigmoidHasItsValueAndGradientWhereSigmoidUnderflows() {
    assertEquals(-800.0, Leibniz.evaluate("ln(sigmoid(x))", AT_MINUS_800));
    assertEquals(Map.of("x", 1.0), Leibniz.gradient("ln(sigmoid(x))", AT_MINUS_800));
    assertEquals(Map.of("x", Map.of("x", 0.0)), Leibniz.hessian("ln(sigmoid(x))", AT_MINUS_800));
    Expression f = Expression.parse("ln(sigmoid(x))");
    assertEquals("ln(sigmoid(x))", f.toString());
    assertTrue(f.isDefinedAt(AT_MINUS_800));
    assertEquals(Optional.empty(), f.explainUndefined(AT_MINUS_800));
    for (double x : new double[] {-800, -30, 0.5, 40}) {
      Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", x));
    }
  }

  /**
   * The binary cross-entropy's other logarithm, ln(1 - sigmoid(x)) = -softplus(x): in doubles
   * 1 - sigmoid(40) is 0, and the logarithm of it was called undefined at an ordinary logit.
   */
  @Test
  void theBinaryCrossEntropyHasItsValueAtLargeLogits() {
    Map<String, Double> at40 = Map.of("x", 40.0);
    assertEquals(-40.0, Leibniz.evaluate("ln(1 - sigmoid(x))", at40));
    assertEquals(-800.0, Leibniz.evaluate("ln(1 - sigmoid(x))", Map.of("x", 800.0)));
    // -softplus(3), to the last bit as math.log1p(math.exp(3)) gives it: -3.048587351573742
    assertEquals(-3.048587351573742, Leibniz.evaluate("ln(1 - sigmoid(x))", Map.of("x", 3.0)),
        1e-15);
    String loss = "-y*ln(sigmoid(x)) - (1 - y)*ln(1 - sigmoid(x))";
    Map<String, Double> point = Map.of("x", 40.0, "y", 0.0);
    assertEquals(40.0, Leibniz.evaluate(loss, point), 1e-12);
    assertEquals(Map.of("x", 1.0, "y", -40.0), Leibniz.gradient(loss, point));
    Expression f = Expression.parse(loss);
    assertEquals("-y*ln(sigmoid(x)) - ln(1 - sigmoid(x))*(1 - y)", f.toString());
    assertTrue(f.isDefinedAt(point));
    CompiledGradient g = f.compile();
    double[] slope = new double[2];
    for (int k = 0; k < 3 * CompiledTape.WARM_UP; k++) {
      assertEquals(40.0, g.gradient(new double[] {40, 0}, slope), 1e-12);
      assertEquals(1.0, slope[0], 1e-15);
    }
    for (double x : new double[] {-30, 0.5, 3, 30}) {
      Numeric.assertDerivative(f, "x", f.derivative("x"), Map.of("x", x, "y", 0.25));
    }
  }

  /** On a vector line too: the log-sigmoid entry by entry has its value where sigmoid underflows. */
  @Test
  void aVectorLogSigmoidHasItsValue() {
    MatrixExpression f = MatrixExpression.parse("sum(ln(sigmoid(z))) where z: 2");
    Map<String, double[][]> at = Map.of("z", new double[][] {{-800}, {1}});
    // -800 - ln(1 + e^-1), as math.log1p gives it
    assertEquals(-800.3132616875182, f.valueAt(at)[0][0], 1e-12);
    assertEquals(Optional.empty(), f.explainUndefined(at));
    assertEquals(Optional.of("ln undefined at z = [-800, 1]"),
        MatrixExpression.parse("sum(ln(-sigmoid(z))) where z: 2").explainUndefined(at));
    // the binary cross-entropy of a vector at a large logit: 1 - sigmoid(40) rounds to 0
    MatrixExpression loss = MatrixExpression.parse(
        "-sum(y .* ln(sigmoid(z)) + (ones(2) - y) .* ln(ones(2) - sigmoid(z))) where z: 2, y: 2");
    Map<String, double[][]> logits = Map.of("z", new double[][] {{40}, {1}},
        "y", new double[][] {{0}, {1}});
    // 40 + ln(1 + e^-1), as math.log1p gives it
    assertEquals(40.31326168751822, loss.valueAt(logits)[0][0], 1e-12);
    assertEquals(Optional.empty(), loss.explainUndefined(logits));
    MatrixDerivative byY = loss.derivative("y", Layout.GRADIENT);
    assertEquals(-40, byY.expression().valueAt(logits)[0][0], 1e-12);
    assertEquals(-1, byY.expression().valueAt(logits)[1][0], 1e-12);
  }

  @Test
  void theCompiledGradientAgreesBeforeAndAfterItsBytecode() {
    CompiledGradient g = Expression.parse("ln(sigmoid(x))").compile();
    double[] slope = new double[1];
    for (int k = 0; k < 3 * CompiledTape.WARM_UP; k++) {
      assertEquals(-800.0, g.gradient(new double[] {-800}, slope));
      assertEquals(1.0, slope[0]);
    }
  }

  /** What the brief's own forms give: ln(e^x) is x, but its input as written was judged. */
  @Test
  void aWrittenExponentialThatUnderflowsIsNoEdge() {
    assertEquals(-800.0, Leibniz.evaluate("ln(e^x)", AT_MINUS_800));
    Expression f = Expression.parse("ln(x^2)");
    Map<String, Double> tiny = Map.of("x", 1e-200);
    assertTrue(f.isDefinedAt(tiny));
    assertEquals(Optional.of("x^2 underflows at x = 1.0E-200"), f.explainUndefined(tiny));
    assertEquals(Map.of("x", 2e200), Leibniz.gradient("ln(x^2)", tiny));
  }

  @Test
  void aValueThatFailsOnAnUnderflowIsInTheDomainAndSaysSo() {
    Expression f = Expression.parse("1/sigmoid(x)");
    assertTrue(Double.isNaN(f.evaluate(AT_MINUS_800)));
    assertTrue(f.isDefinedAt(AT_MINUS_800));
    assertEquals(Optional.of("sigmoid(x) underflows at x = -800"), f.explainUndefined(AT_MINUS_800));
    assertEquals(Optional.of("sigmoid(x) underflows at x = -800"),
        f.derivative("x").explainUndefined(AT_MINUS_800));
    assertTrue(Double.isNaN(Leibniz.gradient("1/sigmoid(x)", AT_MINUS_800).get("x")));
    assertEquals(Optional.of("softplus(x) underflows at x = -800"),
        Expression.parse("ln(softplus(x))").explainUndefined(AT_MINUS_800));
  }

  @Test
  void aPointOutsideTheDomainStaysOne() {
    Expression f = Expression.parse("ln(-sigmoid(x))");
    assertFalse(f.isDefinedAt(AT_MINUS_800));
    assertEquals(Optional.of("ln undefined at x = -800"), f.explainUndefined(AT_MINUS_800));
    assertFalse(Expression.parse("ln(cosh(x) - 1)").isDefinedAt(Map.of("x", 0.0)));
  }
}

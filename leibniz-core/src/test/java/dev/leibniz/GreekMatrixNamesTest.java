package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code θ} and {@code theta} are one variable (LANGUAGE.md, "Names") on the vector side as on
 * the scalar side: declared in a {@code where} clause or a shape map, differentiated by, given a
 * value, run in a program and printed in LaTeX, under either spelling. Before, a declared
 * {@code θ} kept its letter while the variable read as {@code theta}, and d/dθ of θ'θ was 0.
 */
class GreekMatrixNamesTest {
  private static final Map<String, double[][]> AT_THETA =
      Map.of("θ", new double[][] {{1}, {-2}, {3}});

  @Test
  void aDeclaredGreekLetterIsItsName() {
    for (String text : List.of("θ' θ where θ: 3", "theta' θ where θ: 3", "θ' theta where theta: 3",
        "θ' θ where ϑ: 3")) {
      MatrixExpression f = MatrixExpression.parse(text);
      assertEquals("theta'*theta", f.toString(), text);
      assertEquals(Set.of("theta"), f.variables(), text);
      assertEquals("3", f.shapeOf("θ"), text);
      assertEquals("3", f.shapeOf("theta"), text);
    }
    assertEquals("'theta' is declared twice", assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(θ) where θ: 3, theta: 3")).getMessage());
  }

  @Test
  void theDerivativeByEitherSpellingIsTheGradientProvenNumerically() {
    MatrixExpression f = MatrixExpression.parse("θ' θ where θ: 3");
    for (String by : List.of("θ", "theta")) {
      MatrixDerivative d = f.derivative(by, Layout.GRADIENT);
      assertEquals("d/dtheta = 2*theta   [3]", d.toString());
      assertEquals(List.of("theta"), d.variables());
      MatrixCheckReport report = d.check();
      assertTrue(report.ok() && report.compared() > 0, report.summary());
      MatrixWitness.assertGradient(d, "θ", AT_THETA);
    }
  }

  @Test
  void theFacadeWithAShapeMapUnderEitherSpelling() {
    for (String declared : List.of("θ", "theta")) {
      for (String by : List.of("θ", "theta")) {
        assertEquals("2*theta", Leibniz.derivative("θ' θ", by, Map.of(declared, "3")));
        assertEquals("2*theta", Leibniz.derivative("theta' theta", by, Map.of(declared, "3")));
      }
    }
    assertEquals("sum(theta)", Leibniz.derivative("s*sum(θ)", "s", Map.of("θ", "3")));
    assertEquals("'theta' is declared twice", assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(θ)", new java.util.LinkedHashMap<>(Map.of("θ", "3",
            "theta", "3")))).getMessage());
  }

  @Test
  void valuesAreTakenUnderEitherSpelling() {
    MatrixExpression f = MatrixExpression.parse("sum(θ .^ 2) where θ: 2");
    assertEquals(5.0, f.valueAt(Map.of("θ", new double[][] {{1}, {2}}))[0][0]);
    assertEquals(5.0, f.valueAt(Map.of("theta", new double[][] {{1}, {2}}))[0][0]);
    MatrixDerivative d = f.derivative("θ", Layout.GRADIENT);
    assertEquals(List.of(2.0, 4.0), List.of(d.valueAt(Map.of("θ", new double[][] {{1}, {2}}))[0][0],
        d.valueAt(Map.of("theta", new double[][] {{1}, {2}}))[1][0]));
    assertEquals("ln undefined at theta = [-1, 2]", MatrixExpression.parse(
        "sum(ln(θ)) where θ: 2").explainUndefined(Map.of("θ", new double[][] {{-1}, {2}}))
        .orElseThrow());
    Map<String, double[][]> both = new java.util.LinkedHashMap<>();
    both.put("θ", new double[][] {{1}, {2}});
    both.put("theta", new double[][] {{1}, {2}});
    assertEquals(5.0, f.valueAt(both)[0][0]);
    both.put("theta", new double[][] {{1}, {3}});
    assertEquals("'theta' and 'θ' are one variable, theta, given two values",
        assertThrows(LeibnizException.class, () -> f.valueAt(both)).getMessage());
  }

  @Test
  void latexWritesTheLetterAsItsCommand() {
    MatrixDerivative d = MatrixExpression.parse("θ' θ where θ: 3").derivative("θ",
        Layout.GRADIENT);
    assertEquals("\\frac{\\partial f}{\\partial \\theta} = 2 \\mathbf{\\theta}",
        d.toLatexEquation());
  }

  @Test
  void aBatchLineUnderEitherSpelling() {
    for (String by : List.of("θ", "theta")) {
      BatchLine.Settings where = new BatchLine.Settings(List.of(by), 1, true, false, false);
      assertEquals("2*theta", BatchLine.answer(1, "θ' θ where θ: 3", where).derivative());
      BatchLine.Settings shaped = new BatchLine.Settings(List.of(by), 1, true, true, false,
          Map.of("θ", "3"), Layout.GRADIENT);
      BatchLine a = BatchLine.answer(1, "θ' θ", shaped);
      assertEquals("2*theta", a.derivative());
      assertEquals("2 \\mathbf{\\theta}", a.latex());
      assertTrue(a.toJson().contains("\"check\":{\"ok\":true"), a.toJson());
    }
  }

  @Test
  void aProgramWithAGreekNameRunsUnderEitherSpelling() {
    Program p = Program.parse("θ: 3\nL = θ' θ");
    assertEquals(List.of("dL/dtheta = 2*theta   [3]"), p.backward(Layout.GRADIENT));
    for (String key : List.of("θ", "theta")) {
      ProgramRun run = p.run(Layout.GRADIENT, Map.of(key, new double[][] {{1}, {-2}, {3}}));
      assertEquals(List.of("dL/dtheta = 2*theta   [3]   = [2, -4, 6]"), run.lines());
      assertTrue(run.ok(), run.summary());
    }
    // A given gradient of a last line named θ is dL/dθ or dL/dtheta.
    Program vector = Program.parse("x: 2\nθ = 3x");
    for (String key : List.of("dL/dθ", "dL/dtheta")) {
      ProgramRun given = vector.run(Layout.GRADIENT, Map.of("x", new double[][] {{1}, {2}},
          key, new double[][] {{1}, {-1}}));
      assertTrue(given.ok(), given.summary());
      assertEquals(List.of("dL/dx = 3*dL/dtheta   [2]   = [3, -3]"), given.lines());
    }
  }
}

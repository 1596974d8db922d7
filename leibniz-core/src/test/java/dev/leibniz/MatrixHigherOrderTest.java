package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Derivatives of higher order and mixed ones with vectors and matrices, as {@code --order} and
 * repeated {@code --wrt} ask for them: each proven step by step in both layouts against finite
 * differences and reverse mode, read back under the same declarations, its label and form
 * compared as strings; and the chains matrix notation cannot write refused in words.
 */
class MatrixHigherOrderTest {
  static Stream<Arguments> chains() {
    return Stream.of(
        chain("s^3 + sum(x) where x: 3", List.of("s", "s"), "d2/ds2", "6*s", "6*s"),
        chain("s^3 + sum(x) where x: 3", List.of("s", "s", "s"), "d3/ds3", "6", "6"),
        chain("s^3 x' x where x: 3, s: 1", List.of("s", "x"), "d2/dx ds", "6*s^2*x",
            "6*s^2*x'"),
        chain("s^3 x' x where x: 3, s: 1", List.of("x", "s"), "d2/ds dx", "6*s^2*x",
            "6*s^2*x'"),
        chain("x' A x where x: 3, A: 3x3", List.of("x", "x"), "d2/dx2", "A + A'", "A + A'"),
        chain("s^3 x' x where x: 3, s: 1", List.of("x", "x"), "d2/dx2", "2*s^3*eye(3)",
            "2*s^3*eye(3)"),
        chain("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3", List.of("x", "y"), "d2/dy dx",
            "-2*W'", "-2*W'"),
        chain("sigmoid(s*x) where s: 1, x: 3", List.of("s", "s"), "d2/ds2", null, null),
        chain("s^2*norm2(W x)^2 where s: 1, W: 2x3, x: 3", List.of("W", "s"), "d2/ds dW",
            "4*s*W*x*x'", "4*s*x*(W*x)'"));
  }

  private static Arguments chain(String input, List<String> chain, String label, String gradient,
      String numerator) {
    return Arguments.of(input, chain, label, gradient, numerator);
  }

  @ParameterizedTest(name = "{2} {0}")
  @MethodSource("chains")
  void provenStepByStepInBothLayouts(String input, List<String> chain, String label,
      String gradient, String numerator) {
    MatrixExpression f = MatrixExpression.parse(input);
    for (Layout layout : Layout.values()) {
      MatrixDerivative d = f.derivative(chain, layout);
      assertEquals(label, d.label());
      MatrixCheckReport report = d.check(3, 20261129);
      assertTrue(report.ok(), () -> d + ": " + report.summary());
      assertTrue(report.compared() > 0, () -> d + " compared nothing");
      String where = input.substring(input.indexOf(" where "));
      assertEquals(d.tree(), MatrixExpression.parse(d.result() + where).tree(), d::result);
      String expected = layout == Layout.GRADIENT ? gradient : numerator;
      if (expected != null) assertEquals(expected, d.result());
    }
  }

  @Test
  void orderRepeatsTheChainAndWithoutNamesTakesEachSetOnce() {
    MatrixExpression f = MatrixExpression.parse("s^3 x' x where x: 3, s: 1");
    assertEquals(List.of("d4/dx ds dx ds"), f.derivatives(List.of("s", "x"), 2,
        Layout.GRADIENT).stream().map(MatrixDerivative::label).toList());
    List<String> all = f.derivatives(List.of(), 2, Layout.GRADIENT).stream()
        .map(MatrixDerivative::toString).toList();
    assertEquals(List.of("d2/dx2 = 2*s^3*eye(3)   [3x3]", "d2/ds dx = 6*s^2*x   [3]",
        "d2/ds2 = 6*s*x'*x   [scalar]"), all);
    for (MatrixDerivative d : f.derivatives(List.of(), 2, Layout.GRADIENT)) {
      assertTrue(d.check().ok(), d::toString);
    }
    assertEquals(f + "   [scalar]",
        f.derivatives(List.of("x"), 0, Layout.GRADIENT).get(0).toString());
  }

  @Test
  void aStepMatrixNotationCannotWriteIsRefusedNamingTheDerivative() {
    MatrixExpression f = MatrixExpression.parse("x' A x where x: 3, A: 3x3");
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> f.derivative(List.of("x", "A"), Layout.GRADIENT));
    assertEquals("d2/dA dx is d/dA of d/dx, a 3 vector, by a 3x3 matrix: a vector by a matrix "
        + "(a tensor of order 3), which matrix notation cannot write: out of scope",
        e.getMessage());
    e = assertThrows(LeibnizException.class,
        () -> f.derivative(List.of("A", "x"), Layout.GRADIENT));
    assertTrue(e.getMessage().startsWith("d2/dx dA is d/dx of d/dA, a 3x3 matrix, by a 3 "
        + "vector: a matrix by a vector"), e.getMessage());
    MatrixExpression w = MatrixExpression.parse("W x where W: 2x3, x: 3");
    assertThrows(LeibnizException.class, () -> w.derivatives(List.of("x"), 2, Layout.GRADIENT));
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every partial of a line on its own ({@link MatrixExpression#partials}): one that matrix
 * notation cannot write is its reason, in its place, and the others are given and proven
 * against finite differences all the same; {@link MatrixExpression#derivatives} still refuses
 * the whole line.
 */
class MatrixPartialsTest {
  private static final String TENSOR_BY_W = "d/dW of a 2 vector by a 2x3 matrix is a vector by "
      + "a matrix (a tensor of order 3), which matrix notation cannot write: out of scope; "
      + "differentiate a scalar of it, e.g. sum(...) or norm2(...)^2";

  @Test
  void aPartialOutOfScopeLeavesTheOthersGiven() {
    MatrixExpression f = MatrixExpression.parse("W x where W: 2x3, x: 3");
    List<MatrixPartial> partials = f.partials(List.of(), 1, Layout.GRADIENT);
    assertEquals(2, partials.size());
    MatrixPartial byW = partials.get(0);
    assertFalse(byW.isGiven());
    assertEquals("d/dW", byW.label());
    assertEquals(Optional.of(TENSOR_BY_W), byW.failure());
    assertEquals(TENSOR_BY_W, assertThrows(LeibnizException.class, byW::derivative).getMessage());
    MatrixPartial byX = partials.get(1);
    assertTrue(byX.isGiven());
    assertEquals(Optional.empty(), byX.failure());
    assertEquals("d/dx = W   [2x3]", byX.derivative().toString());
    MatrixCheckReport report = byX.derivative().check(3, 20261129);
    assertTrue(report.ok(), report.summary());
    assertEquals(18, report.compared());
  }

  @Test
  void derivativesStillRefuseTheWholeLine() {
    MatrixExpression f = MatrixExpression.parse("W x where W: 2x3, x: 3");
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> f.derivatives(List.of(), 1, Layout.GRADIENT));
    assertEquals(TENSOR_BY_W, e.getMessage());
  }

  @Test
  void secondOrderPartialsAreGivenOrRefusedEachOnItsOwn() {
    MatrixExpression f = MatrixExpression.parse("x' A x where x: 3, A: 3x3");
    List<MatrixPartial> partials = f.partials(List.of(), 2, Layout.NUMERATOR);
    assertEquals(List.of("d2/dx2", "d2/dA dx", "d2/dA2"),
        partials.stream().map(MatrixPartial::label).toList());
    assertEquals("d2/dx2 = A + A'   [3x3]", partials.get(0).derivative().toString());
    assertTrue(partials.get(0).derivative().check(3, 7).ok());
    assertTrue(partials.get(1).failure().orElseThrow().startsWith("d2/dA dx is d/dA of d/dx, "
        + "a 3 vector, by a 3x3 matrix"));
    assertTrue(partials.get(2).failure().orElseThrow().contains("a tensor of order 4"));
  }

  @Test
  void aConstantHasOnePartialGiven() {
    List<MatrixPartial> partials = MatrixExpression.parse("ones(3)")
        .partials(List.of(), 1, Layout.GRADIENT);
    assertEquals(1, partials.size());
    assertEquals("0*ones(3)   [3]", partials.get(0).derivative().toString());
  }
}

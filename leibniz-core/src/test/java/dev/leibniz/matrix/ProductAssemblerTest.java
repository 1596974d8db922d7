package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A product the rules build must conform: a 3x1 column times a 3x1 column is a bug. */
class ProductAssemblerTest {
  @Test
  void aChainThatDoesNotConformIsRefused() {
    MatrixExpr x = MatrixExprGenerator.name("x");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> MatrixBuild.product(x, x));
    assertEquals("a product that does not conform: 3x1 times 3x1", e.getMessage());
  }

  @Test
  void aChainThatConformsHasTheOuterShape() {
    MatrixExpr x = MatrixExprGenerator.name("x");
    MatrixExpr c = MatrixExprGenerator.name("C");
    assertEquals(Shape.of(2, 3), MatrixBuild.product(c, x, MatrixBuild.transpose(x)).shape());
  }
}

package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Two minus signs, one on an entrywise product or quotient and one on an operand, or one on
 * each operand, cancel at construction: the trees are equal, and so are their values.
 */
class SignCancellationTest {
  private static final MatrixExpr U = new MatrixExpr.Name("u", Shape.column(3));
  private static final MatrixExpr V = new MatrixExpr.Name("v", Shape.column(3));
  private static final Map<String, RealMatrix> AT = Map.of(
      "u", new Array2DRowRealMatrix(new double[] {0.5, -1.5, 2}),
      "v", new Array2DRowRealMatrix(new double[] {1.25, 0.75, -3}));

  private static void sameTreeAndValue(MatrixExpr expected, MatrixExpr built) {
    assertEquals(MatrixPrinter.print(expected), MatrixPrinter.print(built));
    assertEquals(expected, built);
    RealMatrix a = MatrixValues.of(expected, AT);
    RealMatrix b = MatrixValues.of(built, AT);
    for (int i = 0; i < 3; i++) assertEquals(a.getEntry(i, 0), b.getEntry(i, 0), 1e-15);
  }

  @Test
  void aNegatedProductOfANegatedOperandIsThePlainProduct() {
    for (MatrixExpr.EntrywiseOp op : new MatrixExpr.EntrywiseOp[] {
        MatrixExpr.EntrywiseOp.TIMES, MatrixExpr.EntrywiseOp.DIVIDE}) {
      MatrixExpr plain = MatrixBuild.entrywise(op, U, V);
      sameTreeAndValue(plain, MatrixBuild.negate(
          MatrixBuild.entrywise(op, MatrixBuild.negate(U), V)));
      sameTreeAndValue(plain, MatrixBuild.negate(
          MatrixBuild.entrywise(op, U, MatrixBuild.negate(V))));
      sameTreeAndValue(plain, MatrixBuild.entrywise(op, MatrixBuild.negate(U),
          MatrixBuild.negate(V)));
    }
  }

  @Test
  void aCoefficientKeepsItsSizeAndLosesItsSign() {
    MatrixExpr built = MatrixBuild.product(MatrixBuild.number(-2), MatrixBuild.entrywise(
        MatrixExpr.EntrywiseOp.TIMES, MatrixBuild.negate(U), V));
    sameTreeAndValue(MatrixBuild.product(MatrixBuild.number(2),
        MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, U, V)), built);
    assertEquals("2*(u .* v)", MatrixPrinter.print(built));
  }

  @Test
  void aSumWithANegatedTermOfANegatedOperandAddsIt() {
    MatrixExpr built = MatrixBuild.difference(U, MatrixBuild.entrywise(
        MatrixExpr.EntrywiseOp.TIMES, MatrixBuild.negate(U), V));
    assertEquals("u + u .* v", MatrixPrinter.print(built));
    RealMatrix value = MatrixValues.of(built, AT);
    assertEquals(0.5 * 1.25 + 0.5, value.getEntry(0, 0), 1e-15);
    assertEquals(-1.5 * 0.75 - 1.5, value.getEntry(1, 0), 1e-15);
  }
}

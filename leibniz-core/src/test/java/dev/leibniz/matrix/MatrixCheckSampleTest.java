package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sample of a large variable's entries still catches a wrong derivative. */
class MatrixCheckSampleTest {
  private static final Shape W = Shape.of(40, 50);

  private static MatrixExpr sumOfWx() {
    MatrixExpr w = new MatrixExpr.Name("W", W);
    MatrixExpr x = new MatrixExpr.Name("x", Shape.column(50));
    return MatrixBuild.reduce(Reduction.SUM, MatrixBuild.product(w, x));
  }

  @Test
  void aWrongDerivativeOfALargeVariableIsCaughtOnTheSample() {
    MatrixExpr f = sumOfWx();
    MatrixExpr x = new MatrixExpr.Name("x", Shape.column(50));
    MatrixExpr right = MatrixBuild.product(MatrixBuild.ones(Shape.column(40)),
        MatrixBuild.transpose(x));
    MatrixCheck.Report ok = MatrixCheck.check(f, "W", W, MatrixDerivatives.Layout.GRADIENT,
        right, 2, 7);
    assertTrue(ok.agreed() && ok.sampled(), ok::failure);
    assertEquals(64, ok.compared());
    MatrixCheck.Report wrong = MatrixCheck.check(f, "W", W, MatrixDerivatives.Layout.GRADIENT,
        MatrixBuild.product(MatrixBuild.number(2), right), 2, 7);
    assertFalse(wrong.agreed());
  }

  @Test
  void theSampleIsDistinctEntriesInRange() {
    int[] sample = MatrixCheck.sample(2000, 32, new Random(3));
    Set<Integer> seen = new HashSet<>();
    for (int i : sample) {
      assertTrue(i >= 0 && i < 2000);
      seen.add(i);
    }
    assertEquals(32, seen.size());
    assertEquals(5, MatrixCheck.sample(5, 32, new Random(3)).length);
  }
}

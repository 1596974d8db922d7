package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Entry-by-entry quotients cancel in an inner product at construction, {@code a'*(y ./ a) =
 * sum(y)}: each built product prints as the identity says, and has the value of the product as
 * written (a raw chain the constructors never saw) wherever that is defined.
 */
class QuotientCancellationTest {
  private static final MatrixExpr A = new MatrixExpr.Name("a", Shape.column(3));
  private static final MatrixExpr Y = new MatrixExpr.Name("y", Shape.column(3));
  private static final MatrixExpr Z = new MatrixExpr.Name("z", Shape.column(3));
  private static final MatrixExpr R = new MatrixExpr.Name("r", Shape.of(1, 3));
  private static final MatrixExpr Q = new MatrixExpr.Name("q", Shape.of(1, 3));
  private static final MatrixExpr S = new MatrixExpr.Name("s", Shape.SCALAR);
  private static MatrixExpr over(MatrixExpr y, MatrixExpr a) {
    return MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.DIVIDE, y, a);
  }

  private static MatrixExpr t(MatrixExpr e) {
    return MatrixBuild.transpose(e);
  }

  private static void cancels(String expected, MatrixExpr... chain) {
    MatrixExpr built = MatrixBuild.product(chain);
    assertEquals(expected, MatrixPrinter.print(built));
    RawTrees.assertSameValue(RawTrees.chain(chain), built, 1e-14);
  }

  @Test
  void aColumnTimesItsQuotientIsTheSumOfTheNumerator() {
    cancels("sum(y)", t(A), over(Y, A));
    cancels("sum(y)", t(over(Y, A)), A);
  }

  @Test
  void aRowTimesItsQuotientIsTheSumOfTheNumerator() {
    cancels("sum(q)", R, t(over(Q, R)));
    cancels("sum(q)", over(Q, R), t(R));
  }

  @Test
  void aScalarNumeratorIsBroadcastToEachEntry() {
    cancels("6", t(A), over(MatrixBuild.number(2), A));
    cancels("3*s", t(A), over(S, A));
  }

  @Test
  void theCancelledStretchLeavesTheRestOfTheChain() {
    cancels("sum(y)*a", A, t(A), over(Y, A));
    cancels("sum(y)*z*r", Z, t(over(Y, A)), A, R);
  }

  @Test
  void anEyeDroppedFromTheStretchDoesNotComeBack() {
    cancels("sum(y)", t(A), MatrixBuild.eye(3), over(Y, A));
  }

  @Test
  void onlyARowTimesAColumnOfOneQuotientCancels() {
    cancels("a'*(y ./ z)", t(A), over(Y, Z));
    cancels("a'*(a ./ y)", t(A), over(A, Y));
    cancels("y ./ a*a'", over(Y, A), t(A));
  }
}

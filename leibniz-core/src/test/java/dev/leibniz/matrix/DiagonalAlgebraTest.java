package dev.leibniz.matrix;

import static dev.leibniz.matrix.RawTrees.chain;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Rational;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diagonal matrices multiply and add along their diagonals at construction,
 * {@code diag(a)*diag(b) = diag(a .* b)} and {@code s*diag(a) + t*diag(b) = diag(s*a + t*b)}, and
 * {@code diag(c*ones(n))} is {@code c*eye(n)}; a chain of {@code .*} nests to the left. Each
 * built tree prints as the identity says and has the value of the tree as written (records the
 * constructors never saw).
 */
class DiagonalAlgebraTest {
  private static final MatrixExpr X = new MatrixExpr.Name("x", Shape.column(3));
  private static final MatrixExpr Y = new MatrixExpr.Name("y", Shape.column(3));
  private static final MatrixExpr Z = new MatrixExpr.Name("z", Shape.column(3));
  private static final MatrixExpr R = new MatrixExpr.Name("r", Shape.of(1, 3));
  private static final MatrixExpr Q = new MatrixExpr.Name("q", Shape.of(1, 3));
  private static final MatrixExpr A = new MatrixExpr.Name("A", Shape.of(3, 3));
  private static final MatrixExpr S = new MatrixExpr.Name("s", Shape.SCALAR);
  private static final MatrixExpr ONES = MatrixBuild.ones(Shape.column(3));
  /** {@code diag(u)} as written. */
  private static MatrixExpr diag(MatrixExpr u) {
    int n = u.shape().size();
    return new MatrixExpr.Reduce(Reduction.DIAG, List.of(u), Shape.of(n, n));
  }

  /** {@code c*s*m} as written. */
  private static MatrixExpr scaled(long c, List<MatrixExpr> scalars, MatrixExpr m) {
    return new MatrixExpr.Product(Rational.of(c), scalars, List.of(m), m.shape());
  }

  private static MatrixExpr sum(MatrixExpr... terms) {
    return new MatrixExpr.Sum(List.of(terms), terms[0].shape());
  }

  private static MatrixExpr times(MatrixExpr a, MatrixExpr b) {
    return new MatrixExpr.Entrywise(MatrixExpr.EntrywiseOp.TIMES, a, b, a.shape());
  }

  /** {@code written}, rebuilt through the constructors, prints {@code expected}, same value. */
  private static void builds(String expected, MatrixExpr written) {
    MatrixExpr built = rebuilt(written);
    assertEquals(expected, MatrixPrinter.print(built));
    RawTrees.assertSameValue(written, built, 1e-13);
  }

  private static MatrixExpr rebuilt(MatrixExpr e) {
    List<MatrixExpr> children = e.children().stream().map(DiagonalAlgebraTest::rebuilt).toList();
    return Rebuild.with(e, children);
  }

  @Test
  void diagonalsMultiplyEntryByEntry() {
    builds("diag(x .* y)", chain(diag(X), diag(Y)));
    builds("diag(x .* y .* z)", chain(diag(X), diag(Y), diag(Z)));
    builds("A*diag(x .* y)*z", chain(A, diag(X), diag(Y), Z));
    builds("diag(x)*A*diag(y)", chain(diag(X), A, diag(Y)));
    // rows stay rows; a row and a column meet as columns
    builds("diag(r .* q)", chain(diag(R), diag(Q)));
    builds("diag(r' .* x)", chain(diag(R), diag(X)));
  }

  @Test
  void diagonalsAddEntryByEntry() {
    builds("diag(x + y)", sum(diag(X), diag(Y)));
    builds("A + diag(2*x - s*y)", sum(scaled(2, List.of(), diag(X)), A,
        scaled(-1, List.of(S), diag(Y))));
    builds("diag(y'*z*x + r')", sum(scaled(1, List.of(chain(new MatrixExpr.Transpose(Y), Z)),
        diag(X)), diag(R)));
    builds("0*ones(3, 3)", sum(diag(X), scaled(-1, List.of(), diag(X))));
  }

  @Test
  void aConstantDiagonalIsTheIdentityScaled() {
    builds("eye(3)", diag(ONES));
    builds("eye(3)", diag(MatrixBuild.ones(Shape.of(1, 3))));
    builds("2*s*eye(3)", diag(new MatrixExpr.Product(Rational.of(2), List.of(S), List.of(ONES),
        ONES.shape())));
    builds("0*ones(3, 3)", diag(MatrixBuild.zero(Shape.column(3))));
    builds("A*z", chain(A, diag(ONES), Z));
  }

  @Test
  void aChainOfEntrywiseProductsNestsToTheLeft() {
    builds("x .* y .* z", times(X, times(Y, Z)));
    builds("x .* y .* z .* x", times(times(X, Y), times(Z, X)));
    assertEquals(rebuilt(times(times(X, Y), Z)), rebuilt(times(X, times(Y, Z))));
  }
}

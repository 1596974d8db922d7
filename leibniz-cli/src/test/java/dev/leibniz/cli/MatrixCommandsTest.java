package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front ends with vectors and matrices: diff, batch (the jsonl shape field), backprop and
 * its values, grad at matrix values, the REPL's :shape. Every derivative shown here is proven
 * numerically by the core's MatrixCookbookTest, and diff --check proves it again here.
 */
class MatrixCommandsTest {
  private static final String LEAST_SQUARES = "norm2(W x - y)^2 where W: 3x4, x: 4, y: 3";

  @Test
  void diffPrintsTheGradientWithItsShapeAndProvesIt() {
    CliRun r = CliRun.of("diff", LEAST_SQUARES, "--wrt", "W", "--check");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("d/dW = 2*(W*x - y)*x'   [3x4]", lines.get(0));
    assertTrue(lines.get(1).startsWith("d/dW check: ok — symbolic, reverse mode and finite "
        + "differences agree on 36 entries"), lines.get(1));
  }

  @Test
  void aScalarTimesAVectorPrintsWithoutParentheses() {
    CliRun r = CliRun.of("diff", "(x'*y)*z where x: 3, y: 3, z: 3", "--wrt", "z", "--check");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("d/dz = x'*y*eye(3)   [3x3]", lines.get(0));
    assertTrue(lines.get(1).startsWith("d/dz check: ok — "), lines.get(1));
  }

  @Test
  void numeratorLayoutTransposes() {
    CliRun r = CliRun.of("diff", LEAST_SQUARES, "--wrt", "W", "--layout", "numerator");
    assertEquals("d/dW = 2*x*(W*x - y)'   [4x3]", r.text());
  }

  @Test
  void shapeOptionDeclaresForTheExpression() {
    CliRun r = CliRun.of("diff", "x' A x", "--shape", "x: 3, A: 3x3", "--wrt", "x");
    assertEquals("d/dx = (A + A')*x   [3]", r.text());
  }

  @Test
  void latexIsBoldWithTransposes() {
    CliRun r = CliRun.of("diff", LEAST_SQUARES, "--wrt", "W", "--format", "latex");
    assertEquals("\\frac{\\partial f}{\\partial W} = 2 \\left(\\mathbf{W} \\mathbf{x} - "
        + "\\mathbf{y}\\right) \\mathbf{x}^\\top", r.text());
  }

  @Test
  void nonConformingProductNamesBothShapesAndTheColumn() {
    CliRun r = CliRun.of("diff", "W y where W: 3x4, y: 3", "--wrt", "W");
    assertEquals(1, r.code());
    assertEquals("error: W*y: 3x4 times 3 does not conform at column 2\n"
        + "  W y where W: 3x4, y: 3\n   ^\n", r.err());
  }

  @Test
  void anUndeclaredNameAddedToAVectorIsSaidToBeUndeclared() {
    CliRun r = CliRun.of("diff", "W x + b where W: 3x4, x: 4", "--wrt", "W");
    assertEquals(1, r.code());
    assertEquals("error: W*x + b: a 3 vector plus b, a scalar: b is not declared (declare it "
        + "with where b: 3, or use b*ones(3) for a constant vector) at column 5\n"
        + "  W x + b where W: 3x4, x: 4\n      ^\n", r.err());
  }

  @Test
  void powerOfAVectorOffersTheEntrywisePowerAndTheSumOfSquares() {
    CliRun r = CliRun.of("diff", "x^2 where x: 3", "--wrt", "x");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: x^2: a 3 vector to a power: write x .^ 2 for the "
        + "power entry by entry, or x'*x for the sum of squares, not the ^ at column 2\n"),
        r.err());
    assertFalse(r.err().contains("A*A"), r.err());
  }

  @Test
  void powerOfAMatrixPointsToTheEntrywisePowerAndTheProduct() {
    CliRun r = CliRun.of("diff", "A^2 where A: 2x2", "--wrt", "A");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: A^2: a 2x2 matrix to a power: write A .^ 2 for the "
        + "power entry by entry, or A*A for the matrix product, not the ^ at column 2\n"),
        r.err());
    assertFalse(r.err().contains("Exception"));
  }

  @Test
  void withoutWrtEveryPartialThatCanBeGivenIsGivenAndTheOthersSayWhyNot() {
    CliRun r = CliRun.of("diff", "W x where W: 2x3, x: 3", "--check");
    assertEquals(1, r.code());
    assertEquals("", r.err());
    assertEquals(List.of("d/dW: error: d/dW of a 2 vector by a 2x3 matrix is a vector by a "
            + "matrix (a tensor of order 3), which matrix notation cannot write: out of scope; "
            + "differentiate a scalar of it, e.g. sum(...) or norm2(...)^2",
        "d/dx = W   [2x3]"), r.out().lines().toList().subList(0, 2));
    assertTrue(r.out().lines().toList().get(2).startsWith("d/dx check: ok — symbolic, reverse "
        + "mode and finite differences agree on 18 entries"), r.out());
  }

  @Test
  void everyPartialOutOfScopeIsALineEach() {
    CliRun r = CliRun.of("diff", "A B where A: 2x2, B: 2x2", "--format", "latex");
    assertEquals(1, r.code());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("d/dA: error: d/dA of a 2x2 matrix by a 2x2 matrix is a "
        + "matrix by a matrix (a tensor of order 4)"), lines.get(0));
    assertTrue(lines.get(1).startsWith("d/dB: error: d/dB of a 2x2 matrix"), lines.get(1));
  }

  @Test
  void aSingleNameOutOfScopeIsTheCommandsError() {
    CliRun r = CliRun.of("diff", "x x' where x: 3");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: d/dx of a 3x3 matrix by a 3 vector is a matrix by a "
        + "vector (a tensor of order 3)"), r.err());
  }

  @Test
  void aMatrixByAMatrixIsOutOfScope() {
    CliRun r = CliRun.of("diff", "inv(X) where X: 3x3", "--wrt", "X");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("a matrix by a matrix (a tensor of order 4)"), r.err());
  }

  @Test
  void batchJsonlHasTheShape(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, LEAST_SQUARES + "\nx^2\nlogsumexp(x) where x: 4\n");
    CliRun r = CliRun.of("batch", in.toString(), "--format", "jsonl", "--wrt", "x");
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).contains("\"derivative\":\"2*W'*(W*x - y)\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"shape\":\"4\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"derivative\":\"2*x\""), lines.get(1));
    assertTrue(lines.get(2).contains("\"derivative\":\"softmax(x)\""), lines.get(2));
  }

  @Test
  void batchPlainIsOneLinePerInputWithShape(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "W x where W: 2x3, x: 3\nsum(x) where x: 4\n");
    CliRun r = CliRun.of("batch", in.toString(), "--wrt", "x");
    assertEquals("d/dx = W   [2x3]\nd/dx = ones(4)   [4]", r.text());
  }

  @Test
  void backpropPrintsTheRecitationsFourteenEquations() {
    CliRun r = CliRun.of("backprop", "../examples/mlp-backprop.txt", "--layout", "numerator");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(14, lines.size());
    assertEquals("dL/dz_7 = dL/doutput   [1x2]", lines.get(0));
    assertEquals("dL/dW_3 = z_6*dL/dz_7   [4x2]", lines.get(2));
    assertEquals("dL/dz_6 = dL/dz_7*W_3   [1x4]", lines.get(3));
    assertEquals("dL/dz_5 = dL/dz_6 .* step(z_5)'   [1x4]", lines.get(4));
    assertEquals("dL/dx = dL/dz_1*W_1   [1x3]", lines.get(13));
  }

  @Test
  void backpropAccumulatesWhereANameFeedsSeveralLines() {
    CliRun r = CliRun.of("backprop", "../examples/scanning-mlp.txt");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dL/dW_1 = dL/da2*x2'   [3x2]"), r.out());
    assertTrue(r.out().contains("dL/dW_1 += dL/da1*x1'   [3x2]"), r.out());
  }

  @Test
  void backpropAtValuesChecksAgainstFiniteDifferences(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "W: 2x2, x1: 2, x2: 2\na1 = W x1\na2 = W x2\nL = sum(a1) + sum(a2)\n");
    CliRun r = CliRun.of("backprop", p.toString(), "--at", "W=[[1,2],[3,4]], x1=[1,2], x2=[3,5]");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dL/dW += dL/da1*x1'   [2x2]   = [[4, 7], [4, 7]]"), r.out());
    assertTrue(r.out().contains("check: ok"), r.out());
  }

  @Test
  void gradAtMatrixValues() {
    // norm2 squared in doubles: sqrt(125)^2 = 125.00000000000001, printed in full as grad does
    // for a scalar value (the exact value is 125)
    CliRun r = CliRun.of("grad", "norm2(W x - y)^2 where W: 2x2, x: 2, y: 2", "--at",
        "W=[[1,2],[3,4]], x=[1,2], y=[0,1]");
    assertEquals("value = 125.00000000000001\nd/dW = [[10, 20], [20, 40]]\nd/dx = [70, 100]\n"
        + "d/dy = [-10, -20]", r.text());
  }

  @Test
  void replShapeDeclaresForLaterLines() {
    ReplSession session = new ReplSession(true);
    assertEquals("declared W: 3x4, x: 4, y: 3", session.handle(":shape W: 3x4, x: 4, y: 3"));
    assertEquals("d/dW = 2*(W*x - y)*x'   [3x4]", session.handle("d/dW norm2(W x - y)^2"));
    // Its clause makes x a scalar and it uses no other declared name: a scalar line.
    assertEquals("2*x", session.handle("d/dx x^2 where x: 1"));
    Witness.assertPartial("x^2", List.of("x"), "2*x", java.util.Map.of("x", 1.7));
  }

  @Test
  void replCheckAndLatexWorkOnTheLastMatrixResult() {
    ReplSession session = new ReplSession(true);
    assertEquals("2*x", session.handle("x^2"));
    assertEquals("d/dW = 2*(W*x - y)*x'   [3x4]", session.handle("d/dW " + LEAST_SQUARES));
    // Each reply is about the matrix result, not the scalar one before it.
    String check = session.handle(":check");
    assertTrue(check.startsWith("check: ok — "), check);
    assertEquals("\\frac{\\partial f}{\\partial W} = 2 \\left(\\mathbf{W} \\mathbf{x} - "
        + "\\mathbf{y}\\right) \\mathbf{x}^\\top", session.handle(":latex"));
    assertEquals("error: :steps shows the rules of scalar derivatives; the last result has "
        + "vectors or matrices", session.handle(":steps"));
    assertTrue(session.failed());
    session.handle(":at x=1");
    assertEquals("error: :graph draws scalar expressions; the last result has vectors or "
        + "matrices", session.handle(":graph"));
    session.handle(":at");
    // A scalar line makes its result the last again.
    assertEquals("cos(x)", session.handle("sin(x)"));
    assertEquals("2 x", session.handle(":latex 2x"));
    assertEquals("\\cos\\left(x\\right)", session.handle(":latex"));
  }
}

package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * grad and backprop at matrix values where the function is undefined or on a kink, worded as
 * the scalar grad words them: an error naming the function and the point, exit 1; a kink
 * reported in words for the whole derivative by the variable it reaches.
 */
class MatrixPointsCliTest {
  @Test
  void gradOutsideTheDomainNamesTheFunctionAndThePoint() {
    assertError("error: ln undefined at x = [-1, 2]\n",
        "grad", "sum(ln(x)) where x: 2", "--at", "x=[-1,2]");
    assertError("error: division by zero at x = [0, 1], y = [0, 1]\n",
        "grad", "sum(x ./ y) where x: 2, y: 2", "--at", "x=[0,1], y=[0,1]");
    assertError("error: x .^ (1/2) undefined at x = [-1, 0]\n",
        "grad", "sum(x .^ 0.5) where x: 2", "--at", "x=[-1,0]");
    assertError("error: inv undefined (a singular matrix) at X = [[1, 2], [2, 4]]\n",
        "grad", "sum(inv(X)) where X: 2x2", "--at", "X=[[1,2],[2,4]]");
  }

  /**
   * A derivative that does not exist at the values is said so in its place; the others are
   * given all the same, and the exit status is 1.
   */
  @Test
  void gradGivesEveryDerivativeItCanBesideOneThatDoesNotExist() {
    CliRun r = CliRun.of("grad", "sum(x) + norm2(y) where x: 2, y: 2", "--at",
        "x=[1,2], y=[0,0]");
    assertEquals(1, r.code(), r.err());
    assertEquals("value = 3\nd/dx = [1, 1]\n"
        + "d/dy: error: d/dy does not exist at x = [1, 2], y = [0, 0]", r.text());
    // d/dx of sum(x) is ones, whatever y is: the central difference of the value in x[0].
    double h = 1e-6;
    double up = dev.leibniz.MatrixExpression.parse("sum(x) + norm2(y) where x: 2, y: 2")
        .valueAt(java.util.Map.of("x", new double[][] {{1 + h}, {2}}, "y",
            new double[][] {{0}, {0}}))[0][0];
    assertEquals(1.0, (up - 3) / h, 1e-6);
    CliRun alone = CliRun.of("grad", "norm2(x) where x: 2", "--at", "x=[0,0]");
    assertEquals(1, alone.code(), alone.err());
    assertEquals("value = 0\nd/dx: error: d/dx does not exist at x = [0, 0]", alone.text());
  }

  @Test
  void gradOnAKinkSaysSoForTheVariablesItReaches() {
    CliRun r = CliRun.of("grad", "sum(relu(x)) + dot(x, y) where x: 2, y: 2", "--at",
        "x=[0,1], y=[1,3]");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 4\nd/dx: none, the point is on the kink of relu (at 0)\n"
        + "d/dy = [0, 1]", r.text());
    CliRun off = CliRun.of("grad", "sum(relu(x)) where x: 2", "--at", "x=[-1,2]");
    assertEquals("value = 2\nd/dx = [0, 1]", off.text());
  }

  @Test
  void backpropOnAKinkSaysSoAndLeavesThoseInputsOutOfTheCheck(@TempDir Path dir)
      throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "W: 2x2, x: 2, b: 2\nz = W x\nh = relu(z) + b\nL = sum(h)\n");
    CliRun r = CliRun.of("backprop", p.toString(), "--at", "W=[[1,-1],[1,1]], x=[1,1], b=[1,2]");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dL/dz = dL/dh .* step(z)   [2]   = none, the point is on the "
        + "kink of relu (at 0)\n"), r.out());
    assertTrue(r.out().contains("dL/dW = dL/dz*x'   [2x2]   = none, the point is on the kink "
        + "of relu (at 0)\n"), r.out());
    assertTrue(r.out().contains("dL/db = dL/dh   [2]   = [1, 1]\n"), r.out());
    assertTrue(r.out().contains("check: ok — the backward values of 2 input entries agree with "
        + "finite differences of L"), r.out());
    assertTrue(r.out().contains("; 2 inputs on a kink not compared"), r.out());
  }

  @Test
  void backpropOutsideTheDomainNamesTheLine(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "W: 2x2, x: 2\nz = W x\nh = ln(z)\nL = sum(h)\n");
    CliRun r = CliRun.of("backprop", p.toString(), "--at", "W=[[1,-1],[1,1]], x=[1,2]");
    assertEquals(1, r.code());
    assertEquals("error: h = ln(z): ln undefined at z = [-1, 3]\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void backpropRefusesAGivenGradientOfTheWrongShapeAndNamesItDoesNotKnow(@TempDir Path dir)
      throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "W: 2x2, x: 2\nh = W x\n");
    String inputs = "W=[[1,2],[3,4]],x=[1,1],";
    assertError("error: the value of dL/dh is 3x1, expected 2\n",
        "backprop", p.toString(), "--at", inputs + "dL/dh=[1,-1,3]");
    assertError("error: the value of dL/dh is 2x1, expected 1x2\n",
        "backprop", p.toString(), "--at", inputs + "dL/dh=[1,-1]", "--layout", "numerator");
    assertError("error: a value is given for dL/dq, which is not an input of the program nor "
        + "dL/dh (the inputs: W, x)\n", "backprop", p.toString(), "--at", inputs + "dL/dq=[1,-1]");
    CliRun r = CliRun.of("backprop", p.toString(), "--at", inputs + "dL/dh=[1,-1]");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("dL/dx = W'*dL/dh   [2]   = [-2, -2]\n"), r.out());
    assertTrue(r.out().contains("check: ok"), r.out());
  }

  private static void assertError(String expected, String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(1, r.code(), r.out());
    assertEquals(expected, r.err());
    assertEquals("", r.out());
  }
}

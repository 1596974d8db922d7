package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --order N} and repeated {@code --wrt} on lines with vectors or matrices, in diff, batch
 * and the REPL: never ignored, labelled as the scalar path labels them, each result proven with
 * {@code --check} (the core's MatrixHigherOrderTest proves them in both layouts), and the chains
 * matrix notation cannot write refused in one line.
 */
class MatrixOrderCommandsTest {
  @Test
  void orderTwoByAScalar() {
    CliRun r = CliRun.of("diff", "s^3 + sum(x) where x: 3", "--wrt", "s", "--order", "2",
        "--check");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("d2/ds2 = 6*s   [scalar]", lines.get(0));
    assertTrue(lines.get(1).startsWith("d2/ds2 check: ok — "), lines.get(1));
  }

  @Test
  void repeatedWrtIsTheMixedPartial() {
    CliRun r = CliRun.of("diff", "s^3 x' x where x: 3, s: 1", "--wrt", "s", "--wrt", "x",
        "--check");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of("d2/dx ds = 6*s^2*x   [3]"), lines.subList(0, 1));
    assertTrue(lines.get(1).startsWith("d2/dx ds check: ok — "), lines.get(1));
    assertTrue(lines.get(1).contains("step by step through 2 steps"), lines.get(1));
  }

  @Test
  void secondOrderByAVectorIsTheHessian() {
    CliRun r = CliRun.of("diff", "x' A x where x: 3, A: 3x3", "--wrt", "x", "--order", "2",
        "--check");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("d2/dx2 = A + A'   [3x3]\nd2/dx2 check: ok"), r.out());
  }

  @Test
  void outOfScopeChainsAreOneLineEachAmongThePartialsGiven() {
    CliRun r = CliRun.of("diff", "x' A x where x: 3, A: 3x3", "--order", "2", "--check");
    assertEquals(1, r.code());
    assertEquals("", r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of("d2/dx2 = A + A'   [3x3]",
        "d2/dA dx: error: d2/dA dx is d/dA of d/dx, a 3 vector, by a 3x3 matrix: a vector by a "
            + "matrix (a tensor of order 3), which matrix notation cannot write: out of scope",
        "d2/dA2: error: d2/dA2 is d/dA of d/dA, a 3x3 matrix, by a 3x3 matrix: a matrix by a "
            + "matrix (a tensor of order 4), which matrix notation cannot write: out of scope"),
        lines.subList(0, 3));
    assertEquals(4, lines.size(), r.out());
    assertTrue(lines.get(3).startsWith("d2/dx2 check: ok — "), lines.get(3));
  }

  @Test
  void anOutOfScopeChainAskedAloneIsTheCommandsError() {
    CliRun r = CliRun.of("diff", "x' A x where x: 3, A: 3x3", "--wrt", "x", "--wrt", "A");
    assertEquals(1, r.code());
    assertEquals("error: d2/dA dx is d/dA of d/dx, a 3 vector, by a 3x3 matrix: a vector by a "
        + "matrix (a tensor of order 3), which matrix notation cannot write: out of scope\n",
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void batchHonoursOrderAndWrt(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "s^3 + sum(x) where x: 3\nW x where W: 2x3, x: 3\n");
    CliRun r = CliRun.of("batch", in.toString(), "--wrt", "s", "--order", "2", "--check");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("d2/ds2 = 6*s   [scalar] # check: ok"), lines.get(0));
    CliRun x = CliRun.of("batch", in.toString(), "--wrt", "x", "--order", "2");
    assertEquals(1, x.code());
    assertTrue(x.out().contains("error: d2/dx2 is d/dx of d/dx, a 2x3 matrix, by a 3 vector"),
        x.out());
  }

  @Test
  void cseAndStepsAreRefusedOnMatrixLinesInOneLine(@TempDir Path dir) throws Exception {
    String refusal = " works on scalar expressions only; this line has vectors or matrices\n";
    CliRun cse = CliRun.of("diff", "x' x where x: 3", "--cse");
    assertEquals(1, cse.code());
    assertEquals("error: --cse" + refusal, cse.err());
    CliRun steps = CliRun.of("diff", "x' x where x: 3", "--steps");
    assertEquals("error: --steps" + refusal, steps.err());
    CliRun grad = CliRun.of("grad", "x' x where x: 2", "--at", "x=[1,2]", "--cse");
    assertEquals(1, grad.code());
    assertEquals("error: --cse" + refusal, grad.err());
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "x' x where x: 3\nx^2\n");
    CliRun batch = CliRun.of("batch", in.toString(), "--cse");
    assertEquals(1, batch.code());
    assertEquals(List.of(("error: --cse" + refusal).strip(), "2*x"), batch.out().lines().toList());
  }

  @Test
  void replTakesAChainOfOperators() {
    ReplSession session = new ReplSession(true);
    session.handle(":shape x: 3");
    assertEquals("d2/dx ds = 6*s^2*x   [3]", session.handle("d/dx d/ds s^3 x' x"));
  }
}

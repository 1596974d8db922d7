package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Declarations for every line ({@code :shape}, {@code --shape}) make a line a matrix line only
 * where it uses a name they declare a vector or matrix, or is differentiated by one: a line
 * that uses none is a scalar line, with the scalar answer and every scalar command, in the REPL
 * as on the command line.
 */
class ScalarLinesAmongShapesTest {
  private static final String F = "x^2*sin(x)";
  private static final String D = "x*(x*cos(x) + 2*sin(x))";

  @Test
  void replScalarLineAfterShapeHasEveryScalarCommand() {
    ReplSession session = new ReplSession(true);
    session.handle(":shape W: 3x4, v: 4");
    session.handle(":at x=2");
    assertEquals(D + "   [= 1.9726023611141572 ✓]", session.handle(F));
    assertFalse(session.failed());
    Witness.assertPartial(F, List.of("x"), D, Map.of("x", 2.0));
    assertEquals(String.join("\n",
        "Product rule: d/dx(x^2*sin(x)) = x^2*cos(x) + 2*x*sin(x)",
        "Power rule: d/dx(x^2) = 2*x",
        "sin rule (sin(u)' = cos(u)): d/dx(sin(x)) = cos(x)",
        "Factor: " + D,
        "= " + D), session.handle(":steps"));
    String graph = session.handle(":graph");
    assertFalse(session.failed(), graph);
    assertTrue(graph.endsWith("g_x = g_a*cos(x) + 2*g_b*x = 1.9726023611141572"), graph);
    assertEquals("x \\left(x \\cos\\left(x\\right) + 2 \\sin\\left(x\\right)\\right)",
        session.handle(":latex"));
    assertTrue(session.handle(":check").startsWith("check: ok"));
    assertEquals("x + 1   [= 3.0]", session.handle(":simplify sin(x)^2 + cos(x)^2 + x"));
    assertEquals("4.0", session.handle(":eval x^2"));
  }

  @Test
  void replLineWithADeclaredNameStaysAMatrixLine() {
    ReplSession session = new ReplSession(true);
    session.handle(":shape W: 3x4, v: 4");
    assertEquals("d/dW = ones(3)*v'   [3x4]\nd/dv = W'*ones(3)   [4]",
        session.handle("sum(W v)"));
    assertTrue(session.handle(":check").matches("(?s)d/dW check: ok.*\nd/dv check: ok.*"));
    // Differentiated by a declared matrix, a line that does not use it is a matrix line too.
    assertEquals("d/dW = 0*ones(3, 4)   [3x4]", session.handle("d/dW x^2"));
    assertTrue(session.handle(":check").startsWith("check: ok"));
    session.handle(":at x=2 W=1 v=1");
    assertEquals("error: :graph works on scalar expressions only; this line has vectors or "
        + "matrices", session.handle(":graph W v"));
    assertTrue(session.failed());
    assertEquals("error: :eval works on scalar expressions only; this line has vectors or "
        + "matrices", session.handle(":eval W v"));
    assertEquals("error: := works on scalar expressions only; this line has vectors or "
        + "matrices", session.handle("f := W v"));
  }

  @Test
  void diffAndBatchUnderShapeAnswerAScalarLineAsScalar() throws Exception {
    assertEquals(D, CliRun.of("diff", F, "--shape", "W: 3x4").text());
    CliRun steps = CliRun.of("diff", F, "--shape", "W: 3x4", "--steps");
    assertEquals(0, steps.code(), steps.err());
    assertTrue(steps.text().endsWith("\n" + D), steps.text());
    CliRun batch = CliRun.withInput(F + "\nsum(W v)\n", "batch", "-", "--shape", "W: 3x4, v: 4",
        "--format", "jsonl");
    List<String> records = batch.out().lines().toList();
    ObjectMapper json = new ObjectMapper();
    JsonNode scalar = json.readTree(records.get(0));
    assertEquals(D, scalar.get("derivative").asText());
    assertEquals("full", scalar.get("simplify").asText());
    assertTrue(scalar.get("shape").isNull());
    JsonNode matrix = json.readTree(records.get(1));
    assertEquals("3x4; 4", matrix.get("shape").asText());
    Witness.assertPartial(F, List.of("x"), D, Map.of("x", -1.3));
  }

  @Test
  void gradAtAPointThatGivesADeclaredMatrixItsValueReadsTheMatrixNotation() {
    CliRun matrixPoint = CliRun.of("grad", "x^2", "--shape", "W: 2x2",
        "--at", "x=2, W=[[1,2],[3,4]]");
    assertEquals(0, matrixPoint.code(), matrixPoint.err());
    assertEquals("value = 4\nd/dx = 4", matrixPoint.text());
    CliRun scalarPoint = CliRun.of("grad", "x^2", "--shape", "W: 2x2", "--at", "x=2");
    assertEquals(0, scalarPoint.code(), scalarPoint.err());
    assertEquals("value = 4.0\nd/dx = 4.0", scalarPoint.text());
  }

  @Test
  void aCommandOfScalarsGivenAMatrixLineNamesTheCommandsThatTakeOne() {
    CliRun eval = CliRun.of("eval", "x' x where x: 3", "--at", "x=1");
    assertEquals(1, eval.code());
    assertEquals(String.join("\n",
        "error: 'x' is declared 3: a vector or matrix expression, which eval does not take"
            + " (diff, grad, batch and the REPL do) at column 12",
        "  x' x where x: 3",
        "             ^",
        ""), eval.err());
    CliRun diff = CliRun.of("diff", "sum(s*eye(1+2))");
    assertEquals(0, diff.code(), diff.err());
    assertEquals("d/ds = 3   [scalar]", diff.text());
    CliRun print = CliRun.of("print", "sum(ones(3))");
    assertTrue(print.err().startsWith("error: ones(3) is not a scalar: a vector or matrix"
        + " expression, which print does not take (diff, grad, batch and the REPL do)"),
        print.err());
  }
}

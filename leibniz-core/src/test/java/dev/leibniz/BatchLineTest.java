package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchLineTest {
  private static final BatchLine.Settings FULL =
      new BatchLine.Settings(List.of(), 1, true, false, false);

  @Test
  void answerIsOneJsonRecordWithTheCommentKeptInTheInput() {
    BatchLine line = BatchLine.answer(3, "x^3/7 # a cube", FULL);
    assertEquals("{\"line\":3,\"input\":\"x^3/7 # a cube\",\"variable\":\"x\","
        + "\"derivative\":\"3*x^2/7\",\"latex\":\"\\\\frac{3 x^{2}}{7}\","
        + "\"simplify\":\"full\",\"shape\":null,\"layout\":null,\"partials\":null,"
        + "\"cse\":null,\"check\":null,\"error\":null,\"column\":null}", line.toJson());
    assertFalse(line.failed());
    Numeric.assertDerivative(Expression.parse("x^3/7"), "x",
        Expression.parse(line.derivative()), Map.of("x", 0.7));
  }

  @Test
  void badLineIsAnErrorWithItsColumn() {
    BatchLine line = BatchLine.answer(2, "sin(x))", FULL);
    assertTrue(line.isError());
    assertEquals(7, line.errorColumn());
    assertEquals("unexpected ')' at column 7", line.error());
    assertEquals("{\"line\":2,\"input\":\"sin(x))\",\"variable\":null,\"derivative\":null,"
        + "\"latex\":null,\"simplify\":\"full\",\"shape\":null,\"layout\":null,"
        + "\"partials\":null,\"cse\":null,\"check\":null,"
        + "\"error\":\"unexpected ')' at column 7\",\"column\":7}", line.toJson());
  }

  @Test
  void timeoutNamesItsBudgetAndTheVariablesAskedFor() {
    BatchLine.Settings byY = new BatchLine.Settings(List.of("y"), 1, false, false, false);
    assertEquals("{\"line\":9,\"input\":\"x\",\"variable\":\"y\",\"derivative\":null,"
        + "\"latex\":null,\"simplify\":\"none\",\"shape\":null,\"layout\":null,"
        + "\"partials\":null,\"cse\":null,\"check\":null,"
        + "\"error\":\"timed out after 0.5 s\",\"column\":null}",
        BatchLine.timedOut(9, "x", byY, 0.5).toJson());
    assertEquals("timed out after 10 s", BatchLine.timedOut(9, "x", byY, 10).error());
  }

  @Test
  void severalPartialsAreKeyedByTheirVariablesAndChecked() {
    BatchLine.Settings checked = new BatchLine.Settings(List.of(), 1, false, true, true);
    BatchLine line = BatchLine.answer(1, "x*y^2", checked);
    assertEquals("d/dx = y^2; d/dy = 2*x*y", line.derivative());
    assertEquals(Map.of("x", "y^2", "y", "2*x*y"), line.partialsByVariables());
    assertEquals("x,y", line.variable());
    assertEquals(Boolean.TRUE, line.checkOk());
    assertTrue(line.checkSummary().startsWith("d/dx check: ok"), line.checkSummary());
    assertTrue(line.toJson().contains("\"partials\":{\"x\":\"y^2\",\"y\":\"2*x*y\"}"));
    assertTrue(line.toJson().contains("\"cse\":{\"bindings\":[],\"results\":[\"y^2\",\"2*x*y\"]}"),
        line.toJson());
    Expression f = Expression.parse("x*y^2");
    Map<String, Double> at = Map.of("x", 1.3, "y", -0.4);
    Numeric.assertDerivative(f, "x", Expression.parse("y^2"), at);
    Numeric.assertDerivative(f, "y", Expression.parse("2*x*y"), at);
  }

  @Test
  void orderRepeatsTheChainOfVariables() {
    BatchLine.Settings second = new BatchLine.Settings(List.of("x"), 2, false, false, false);
    BatchLine line = BatchLine.answer(1, "x^4", second);
    assertEquals("12*x^2", line.derivative());
    assertEquals("none", line.simplify());
    Numeric.assertDerivative(Expression.parse("4*x^3"), "x", Expression.parse("12*x^2"),
        Map.of("x", 1.1));
  }

  @Test
  void blankAndCommentLinesHaveNoExpression() {
    assertFalse(BatchLine.hasExpression("   "));
    assertFalse(BatchLine.hasExpression("# only a comment"));
    assertTrue(BatchLine.hasExpression("x # then a comment"));
    assertEquals("x ", BatchLine.expressionOf("x # then a comment"));
  }

  @Test
  void jsonQuotesEveryStringValidly() {
    String nasty = "a\"b\\c\n\t\u0001\u2028\ud800é∂";
    String object = new Json().field("s", nasty).field("n", 3).field("z", null).end();
    assertEquals("{\"s\":\"a\\\"b\\\\c\\n\\t\\u0001\\u2028\\ud800é∂\",\"n\":3,\"z\":null}", object);
  }

  /**
   * A line with a where clause is a matrix line: its record has the shape and layout; the
   * gradient 2*(W*x - y)*x' passes the numerical cross-check (entry by entry against finite
   * differences), and in numerator layout it is transposed.
   */
  @Test
  void aLineWithMatricesHasItsShapeAndLayout() {
    String line = "norm2(W x - y)^2 where W: 3x4, x: 4, y: 3 # least squares";
    BatchLine.Settings byW = new BatchLine.Settings(List.of("W"), 1, true, true, false);
    BatchLine a = BatchLine.answer(3, line, byW);
    assertTrue(a.isMatrix());
    assertFalse(a.failed());
    assertEquals("{\"line\":3,\"input\":\"" + line + "\",\"variable\":\"W\","
        + "\"derivative\":\"2*(W*x - y)*x'\",\"latex\":\"2 \\\\left(\\\\mathbf{W} "
        + "\\\\mathbf{x} - \\\\mathbf{y}\\\\right) \\\\mathbf{x}^\\\\top\","
        + "\"simplify\":null,\"shape\":\"3x4\",\"layout\":\"gradient\",\"partials\":null,"
        + "\"cse\":null,\"check\":{\"ok\":true,\"summary\":\""
        + a.checkSummary() + "\"},\"error\":null,\"column\":null}", a.toJson());
    assertEquals("d/dW = 2*(W*x - y)*x'   [3x4]", a.text(false));
    BatchLine.Settings numerator = new BatchLine.Settings(List.of("W"), 1, true, true, false,
        Map.of(), Layout.NUMERATOR);
    BatchLine t = BatchLine.answer(3, line, numerator);
    assertEquals("2*x*(W*x - y)'", t.derivative());
    assertEquals("4x3", t.shape());
    assertEquals(Boolean.TRUE, t.checkOk());
    BatchLine declared = BatchLine.answer(1, "a*x", new BatchLine.Settings(List.of(), 1, true,
        false, false, Map.of("x", "3"), Layout.GRADIENT));
    assertEquals("d/dx = a*eye(3); d/da = x", declared.derivative());
    assertEquals("3x3; 3", declared.shape());
  }

  /**
   * A matrix line with several derivatives fills "partials" keyed by their variables, as a
   * scalar line does (it was null), and labels its LaTeX as --format latex does; each partial is
   * the gradient central differences give.
   */
  @Test
  void aMatrixLineWithSeveralDerivativesHasItsPartials() {
    String line = "norm2(W x) where W: 2x2, x: 2";
    BatchLine a = BatchLine.answer(1, line, new BatchLine.Settings(List.of(), 1, true, false,
        false));
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("W", "W*x*x'/norm2(W*x)");
    expected.put("x", "W'*W*x/norm2(W*x)");
    assertEquals(expected, a.partialsByVariables());
    assertEquals(expected, a.severalPartials());
    assertEquals("d/dW = W*x*x'/norm2(W*x); d/dx = W'*W*x/norm2(W*x)", a.derivative());
    assertTrue(a.toJson().contains("\"partials\":{\"W\":\"W*x*x'/norm2(W*x)\","
        + "\"x\":\"W'*W*x/norm2(W*x)\"}"), a.toJson());
    String latex = "\\frac{\\partial f}{\\partial W} = \\frac{\\mathbf{W} \\mathbf{x} "
        + "\\mathbf{x}^\\top}{\\left\\lVert \\mathbf{W} \\mathbf{x}\\right\\rVert_2}; "
        + "\\frac{\\partial f}{\\partial x} = \\frac{\\mathbf{W}^\\top \\mathbf{W} "
        + "\\mathbf{x}}{\\left\\lVert \\mathbf{W} \\mathbf{x}\\right\\rVert_2}";
    assertEquals(latex, a.latex());
    assertEquals(latex, a.text(true), "the latex field is what --format latex prints");
    MatrixExpression f = MatrixExpression.parse(line);
    Map<String, double[][]> at = Map.of("W", new double[][] {{1, -2}, {0.5, 3}},
        "x", new double[][] {{0.7}, {-1.1}});
    for (String v : expected.keySet()) {
      MatrixDerivative d = f.derivative(v, Layout.GRADIENT);
      assertEquals(expected.get(v), d.result());
      MatrixWitness.assertGradient(d, v, at);
    }
    // One derivative: no partials, an unlabelled derivative and LaTeX, as for scalars.
    BatchLine byW = BatchLine.answer(1, line, new BatchLine.Settings(List.of("W"), 1, true,
        false, false));
    assertNull(byW.severalPartials());
    assertEquals("W*x*x'/norm2(W*x)", byW.derivative());
    assertFalse(byW.latex().startsWith("\\frac{\\partial f}"), byW.latex());
  }
}

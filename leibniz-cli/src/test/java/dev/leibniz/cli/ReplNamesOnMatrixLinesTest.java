package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.MatrixExpression;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The REPL's names on lines with vectors or matrices: {@code f := EXPR} and {@code ans} stand
 * for their expressions there as on scalar lines (they were read as a new variable and as the
 * product {@code a*n*s}, which gave 0), {@code ans} after a matrix line stands for its single
 * result, and a line that cannot use {@code ans} says why. Each derivative shown is checked
 * against central differences of the function written out by hand.
 */
class ReplNamesOnMatrixLinesTest {
  private static final Map<String, String> V4 = Map.of("v", "4");
  private static final double X = 1.3;
  private static final double[][] V = {{0.5}, {-1.25}, {2}, {0.75}};

  private final ReplSession session = new ReplSession(false);

  /** The value of {@code text}, an expression with v a 4-vector, at x = X and v = V (v moved). */
  private static double value(String text, double x, double[][] v) {
    return MatrixExpression.parse(text, V4).valueAt(Map.of("x", new double[][] {{x}}, "v", v))[0][0];
  }

  /** Central differences in x of {@code written}, at x = X. */
  private static double byX(String written) {
    double h = 1e-5;
    return (value(written, X + h, V) - value(written, X - h, V)) / (2 * h);
  }

  /** The result of a reply {@code d/dx = RESULT   [scalar]}. */
  private static String result(String reply) {
    return reply.substring(reply.indexOf(" = ") + 3, reply.lastIndexOf("   ["));
  }

  @Test
  void aDefinedNameAndAnsStandForTheirExpressionsOnAVectorLine() {
    session.handle(":shape v: 4");
    session.handle("f := x^2");
    String first = session.handle("d/dx f*sum(v)");
    assertEquals("d/dx = 2*x*sum(v)   [scalar]", first);
    assertEquals(byX("x^2*sum(v)"), value(result(first), X, V), 1e-6);
    String second = session.handle("d/dx ans*sum(v)");
    assertEquals("d/dx = 2*sum(v)^2   [scalar]", second);
    assertEquals(byX("2*x*sum(v)*sum(v)"), value(result(second), X, V), 1e-6);
    assertFalse(session.failed());
  }

  /** A where clause declaring a defined name is refused at the name, not ignored. */
  @Test
  void aWhereClauseCannotDeclareADefinedName() {
    session.handle("f := x^2");
    String reply = session.handle("d/dx f where f: 3");
    assertTrue(reply.startsWith("error: 'f' stands for an expression; a where clause cannot "
        + "declare it at column"), reply);
    assertTrue(session.failed());
  }

  @Test
  void ansAfterAVectorLineIsItsResult() {
    session.handle(":shape v: 4");
    session.handle(":wrt v");
    assertEquals("d/dv = 0*ones(4)   [4]", session.handle("x^2"));
    // ans is the zero vector: its derivative by v is the zero matrix, not d/dv of a*n*s.
    assertEquals("d/dv = 0*ones(4, 4)   [4x4]", session.handle("ans"));
    assertEquals("d/dv = 2*sum(v)*ones(4)   [4]", session.handle("sum(v)^2"));
    session.handle(":wrt");
    String d = session.handle("d/dx x*sum(ans)");
    // sum(2*sum(v)*ones(4)) = 8*sum(v), so d/dx = 8*sum(v).
    assertTrue(d.endsWith("   [scalar]"), d);
    assertEquals(8 * value("sum(v)", X, V), value(result(d), X, V), 1e-9);
    assertEquals(byX("x*8*sum(v)"), value(result(d), X, V), 1e-6);
  }

  @Test
  void aScalarCommandOnAnsWithVectorsSaysSo() {
    session.handle(":shape v: 4");
    session.handle("d/dv sum(v)^2");
    String error = session.handle(":simplify ans");
    assertTrue(session.failed());
    assertEquals("error: :simplify works on scalar expressions only; ans, the last result, has "
        + "vectors or matrices", error);
    assertEquals("error: :eval works on scalar expressions only; ans, the last result, has "
        + "vectors or matrices", session.handle(":eval"));
  }

  @Test
  void ansAfterSeveralMatrixPartialsSaysHowToGetOne() {
    session.handle(":shape W: 2x2, x: 2");
    session.handle("norm2(W x)");
    String expected = "error: the last line gave one partial per variable (d/dW, d/dx), so ans "
        + "is not one expression: ask for one partial with d/dW EXPR, or :wrt W first";
    assertEquals(expected, session.handle(":simplify ans"));
    assertEquals(expected, session.handle("ans"));
    assertEquals(expected, session.handle("d/dW"), "an operator alone applies to ans");
    assertEquals("error: 'ans' is the last single result, and there is none yet",
        new ReplSession(false).handle(":simplify ans"));
  }

  @Test
  void aNameThatReadsAVectorAsAScalarIsRefused() {
    session.handle("f := x^2");
    session.handle(":shape x: 4");
    assertEquals("error: 'f' reads x as a scalar, but x is a 4 vector on this line at column 3\n"
        + "  y+f\n    ^", session.handle("y+f"));
    assertTrue(session.failed());
    // A line that uses neither f nor x stays a scalar line.
    assertEquals("1", session.handle("y"));
  }

  @Test
  void aShapeErrorNamesAWordAsWrittenAtItsColumn() {
    session.handle(":shape v: 4");
    session.handle("f := x^2");
    assertEquals("error: f + v: a scalar plus a 4 vector (a scalar and a non-scalar cannot be "
        + "added; use s*ones(n) for a constant vector) at column 3\n"
        + "  f + v\n    ^", session.handle("f + v"));
    assertTrue(session.failed());
    assertEquals("error: f^v: a scalar to a 4 vector power: write f .^ v for the power entry by "
        + "entry, not the ^ at column 2\n  f^v\n   ^", session.handle("f^v"));
    // The placeholder stood after a digit (2f) and in a printed operand (sum(v) + f*v).
    assertEquals("error: f^v: a scalar to a 4 vector power: write f .^ v for the power entry by "
        + "entry, not the ^ at column 3\n  2f^v\n    ^", session.handle("2f^v"));
    assertEquals("error: sum(v) + f*v: a scalar plus a 4 vector (a scalar and a non-scalar cannot"
        + " be added; use s*ones(n) for a constant vector) at column 7\n"
        + "  sum(v)+f*v\n        ^", session.handle("sum(v)+f*v"));
    // Written entry by entry, the line is read.
    String d = session.handle("d/dx sum(f .* v)");
    assertEquals("d/dx = 2*x*sum(v)   [scalar]", d);
    assertEquals(byX("x^2*sum(v)"), value(result(d), X, V), 1e-6);
  }

  @Test
  void ansThatStandsForNothingIsSaidBeforeAnyShapeError() {
    String none = "error: 'ans' is the last single result, and there is none yet";
    session.handle(":shape v: 4");
    assertEquals(none, session.handle("ans + v"));
    assertTrue(session.failed());
    assertEquals(none, session.handle("d/dv ans + v"));
    assertEquals(none, session.handle("ans^v"));
    assertEquals("d/dv = ones(4)   [4]", session.handle("sum(v) where v: 4"));
    // Once there is one, ans is read, and a shape error about it says ans.
    assertEquals("error: ans^v: a 4 vector to a power: write ans .^ v for the power entry by "
        + "entry, not the ^ at column 4\n  ans^v\n     ^", session.handle("ans^v"));
  }

  @Test
  void onAPipeAShapeErrorNamesTheWordsWritten() {
    CliRun r = CliRun.withInput(":shape v: 4\nf := x^2\nf + v\nf^v\n", "repl");
    assertTrue(r.err().contains("error: f + v: a scalar plus a 4 vector"), r.err());
    assertTrue(r.err().contains("error: f^v: a scalar to a 4 vector power: write f .^ v"),
        r.err());
    assertFalse(r.err().contains("v_1") || r.out().contains("v_1"), r.err());
    CliRun fresh = CliRun.withInput(":shape v: 4\nans + v\n", "repl");
    assertEquals("error: 'ans' is the last single result, and there is none yet\n",
        fresh.err());
  }

  @Test
  void onAPipeTheBriefsLinesGiveTheRightAnswers() {
    CliRun r = CliRun.withInput(":shape v: 4\nf := x^2\nd/dx f*sum(v)\nd/dx ans*sum(v)\n",
        "repl");
    assertEquals(0, r.code(), r.err());
    assertEquals("d/dx = 2*x*sum(v)   [scalar]\nd/dx = 2*sum(v)^2   [scalar]\n", r.out());
  }
}

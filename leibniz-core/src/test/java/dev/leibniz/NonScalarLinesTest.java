package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which text is read as vectors and matrices ({@link MatrixExpression#declaresNonScalar}): a
 * name the line uses that the shapes given declare a vector or matrix, or a {@code where}
 * clause (the word alone, lower case) that names a shape other than a scalar. Most text has no
 * clause, and is refused by a look for the word before the clause's regular expression runs:
 * the answers below without shapes are the ones the expression alone gave before that look was
 * added.
 */
class NonScalarLinesTest {
  private static final List<String> LINES = List.of("x^2", "x^2 where x: 3", "x^2 where x: 1",
      "x^2 where x: 1x1", "x^2 # where x: 3", "x^2 WHERE x: 3", "nowhere*x", "somewhere + x",
      "x where\tx: 3", "x where", "norm2(W x - y)^2 where W: 3x4, x: 4, y: 3 # least squares",
      "a*x where a: 1, x: 2", "sin(wherex)", "");

  @Test
  void aLineIsNonScalarOnlyWhereADeclarationNamesAVectorOrMatrix() {
    assertEquals("FTFFTFFFTFTTFF", readings(Map.of()));
    assertEquals("FTFFTFFFTFTTFF", readings(Map.of("x", "1")));
    // Declared for every line, x makes a line non-scalar where the line uses it and its own
    // clause does not declare it a scalar; the empty line uses nothing.
    assertEquals("TTFFTTTTTTTTTF", readings(Map.of("x", "3")));
  }

  /**
   * The declarations for every line ({@code --shape}, {@code :shape}, the library's map) make a
   * line a matrix line only where it uses a name they declare a vector or matrix, in the
   * expression (read as the matrix reader reads it: {@code Wv} is W times v) or as a variable it
   * is differentiated by; a line that uses none is a scalar line.
   */
  @Test
  void aLineThatUsesNoDeclaredVectorOrMatrixIsScalar() {
    Map<String, String> shapes = Map.of("W", "3x4", "v", "4", "s", "1");
    assertFalse(MatrixExpression.declaresNonScalar("x^2*sin(x)", shapes, List.of()));
    assertFalse(MatrixExpression.declaresNonScalar("s*x + ln(x)", shapes, List.of("x")));
    assertFalse(MatrixExpression.declaresNonScalar("", shapes, List.of()));
    assertTrue(MatrixExpression.declaresNonScalar("sum(W v)", shapes, List.of()));
    assertTrue(MatrixExpression.declaresNonScalar("sum(sin(Wv))", shapes, List.of()));
    assertTrue(MatrixExpression.declaresNonScalar("x^2", shapes, List.of("x", "W")));
    assertFalse(MatrixExpression.declaresNonScalar("W^2*x where W: 1", shapes, List.of()),
        "the line's clause wins over the declarations for every line");
    assertTrue(MatrixExpression.declaresNonScalar("x^2 where u: 2", shapes, List.of()),
        "a line's own clause that declares a vector makes it a matrix line");

    BatchLine.Settings declared = new BatchLine.Settings(List.of(), 1, true, false, false,
        shapes, Layout.GRADIENT);
    BatchLine scalar = BatchLine.answer(1, "x^2*sin(x)", declared);
    assertFalse(scalar.isMatrix());
    assertEquals("x*(x*cos(x) + 2*sin(x))", scalar.derivative());
    assertEquals("full", scalar.simplify());
    Numeric.assertDerivative(Expression.parse("x^2*sin(x)"), "x",
        Expression.parse(scalar.derivative()), Map.of("x", 0.9));
    assertTrue(BatchLine.answer(2, "sum(W v)", declared).isMatrix());
    assertEquals("x*(x*cos(x) + 2*sin(x))", Leibniz.derivative("x^2*sin(x)", "x", shapes));
  }

  @Test
  void theBatchReadsAMatrixLineOnlyWhereItsClauseNamesAVectorOrMatrix() {
    BatchLine.Settings none = new BatchLine.Settings(List.of(), 1, true, false, false);
    assertTrue(BatchLine.answer(1, "x'*x where x: 3", none).isMatrix());
    assertTrue(BatchLine.answer(2, "x'*x where\tx: 3", none).isMatrix());
    assertFalse(BatchLine.answer(3, "x^2 where x: 1", none).isMatrix());
    assertFalse(BatchLine.answer(4, "x^2 WHERE x: 3", none).isMatrix());
    assertFalse(BatchLine.answer(5, "nowhere*x", none).isMatrix());
    assertFalse(BatchLine.answer(6, "x^2", none).isMatrix());
    BatchLine.Settings vectorX = new BatchLine.Settings(List.of(), 1, true, true, false,
        Map.of("x", "3"), Layout.GRADIENT);
    BatchLine vector = BatchLine.answer(7, "x'*x", vectorX);
    assertTrue(vector.isMatrix());
    assertEquals("2*x", vector.derivative());
    assertEquals(Boolean.TRUE, vector.checkOk(), "entry by entry against finite differences");
  }

  /** T or F per line of {@link #LINES}: non-scalar or not, with {@code shapes} declared. */
  private static String readings(Map<String, String> shapes) {
    StringBuilder out = new StringBuilder();
    for (String line : LINES) {
      out.append(MatrixExpression.declaresNonScalar(line, shapes) ? 'T' : 'F');
    }
    return out.toString();
  }
}

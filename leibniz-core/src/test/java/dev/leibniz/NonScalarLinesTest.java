package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which text is read as vectors and matrices ({@link MatrixExpression#declaresNonScalar}): a
 * declaration in the shapes given, or a {@code where} clause (the word alone, lower case) that
 * names a shape other than a scalar. Most text has no clause, and is refused by a look for the
 * word before the clause's regular expression runs: the answers below are the ones the
 * expression alone gave before that look was added.
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
    assertEquals("TTTTTTTTTTTTTT", readings(Map.of("x", "3")));
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

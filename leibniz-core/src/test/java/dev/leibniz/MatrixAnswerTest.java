package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MatrixAnswer#applies}, the batch's quick test for a matrix line, answers exactly as
 * the where clause's full reading ({@link MatrixExpression#declaresNonScalar}) does: it skips
 * that reading only for lines that cannot name a vector or matrix.
 */
class MatrixAnswerTest {
  private static final List<String> LINES = List.of("x^2", "x^2 where x: 3", "x^2 where x: 1",
      "x^2 where x: 1x1", "x^2 # where x: 3", "x^2 WHERE x: 3", "nowhere*x", "somewhere + x",
      "x where\tx: 3", "x where", "norm2(W x - y)^2 where W: 3x4, x: 4, y: 3 # least squares",
      "a*x where a: 1, x: 2", "sin(wherex)", "");

  @Test
  void agreesWithTheWhereClausesFullReading() {
    for (Map<String, String> shapes : List.of(Map.<String, String>of(), Map.of("x", "1"),
        Map.of("x", "3"))) {
      BatchLine.Settings settings = new BatchLine.Settings(List.of(), 1, true, false, false,
          shapes, Layout.GRADIENT);
      for (String line : LINES) {
        assertEquals(MatrixExpression.declaresNonScalar(line, shapes),
            MatrixAnswer.applies(line, settings), () -> line + " with " + shapes);
      }
    }
  }

  @Test
  void aLineIsAMatrixLineOnlyWhereItsClauseNamesAVectorOrMatrix() {
    BatchLine.Settings none = new BatchLine.Settings(List.of(), 1, true, false, false);
    assertEquals(true, MatrixAnswer.applies("x^2 where x: 3", none));
    assertEquals(true, MatrixAnswer.applies("x where\tx: 3", none));
    assertEquals(false, MatrixAnswer.applies("x^2 where x: 1", none));
    assertEquals(false, MatrixAnswer.applies("x^2 WHERE x: 3", none));
    assertEquals(false, MatrixAnswer.applies("nowhere*x", none));
    assertEquals(false, MatrixAnswer.applies("x^2", none));
    BatchLine.Settings vectorX = new BatchLine.Settings(List.of(), 1, true, false, false,
        Map.of("x", "3"), Layout.GRADIENT);
    assertEquals(true, MatrixAnswer.applies("x^2", vectorX));
  }
}

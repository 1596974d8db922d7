package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Values that are not matrices (empty, with a null row, ragged) are refused in words naming the
 * value and the shape it should have, by every entry point that takes values, never with an
 * exception from inside the arithmetic (an index out of bounds, commons-math's dimension
 * mismatch, a null pointer).
 */
class GivenValuesTest {
  private static final MatrixExpression F =
      MatrixExpression.parse("norm2(W x - y)^2 where W: 2x2, x: 2, y: 2");
  private static final MatrixDerivative BY_W = F.derivative("W", Layout.GRADIENT);
  private static final Program PROGRAM = Program.parse("W: 2x2, x: 2\nz = W x\nL = sum(z)");
  private static final Program VECTOR_PROGRAM = Program.parse("x: 2\nout = 3x");

  private static Map<String, double[][]> valuesWith(String name, double[][] value) {
    Map<String, double[][]> values = new HashMap<>();
    values.put("W", new double[][] {{1, 2}, {3, 4}});
    values.put("x", new double[][] {{1}, {1}});
    values.put("y", new double[][] {{0}, {1}});
    values.put(name, value);
    return values;
  }

  /** Every entry point given {@code name = value}, each refusing it with {@code message}. */
  private static void assertRefusedEverywhere(String name, double[][] value, String message) {
    Map<String, double[][]> values = valuesWith(name, value);
    List<Function<Map<String, double[][]>, Object>> entries = List.of(
        F::valueAt, F::explainUndefined, BY_W::valueAt, BY_W::kinkAt,
        v -> PROGRAM.run(Layout.GRADIENT, Map.of("W", v.get("W"), "x", v.get("x"))));
    for (Function<Map<String, double[][]>, Object> entry : entries) {
      assertEquals(message, assertThrows(LeibnizException.class, () -> entry.apply(values))
          .getMessage());
    }
  }

  @Test
  void anEmptyValueNamesItselfAndItsShape() {
    assertRefusedEverywhere("x", new double[0][], "the value of x is empty (no rows), declared 2");
    assertRefusedEverywhere("x", new double[2][0],
        "the value of x is empty (no columns), declared 2");
  }

  @Test
  void aRaggedValueNamesItselfAndItsShape() {
    assertRefusedEverywhere("W", new double[][] {{1, 2}, {3}},
        "the value of W is ragged (row 1 has 2 entries, row 2 has 1), declared 2x2");
    assertRefusedEverywhere("W", new double[][] {{1}, {3, 4}},
        "the value of W is ragged (row 1 has 1 entry, row 2 has 2), declared 2x2");
  }

  @Test
  void aNullRowNamesItselfAndItsShape() {
    assertRefusedEverywhere("W", new double[][] {{1, 2}, null},
        "the value of W has a null row (row 2), declared 2x2");
  }

  @Test
  void aValueOfAnotherShapeIsRefusedAsBefore() {
    assertRefusedEverywhere("x", new double[][] {{1, 1}}, "the value of x is 1x2, declared 2");
  }

  @Test
  void aGivenGradientIsCheckedTheSameWay() {
    Map<String, double[][]> values = new HashMap<>();
    values.put("x", new double[][] {{1}, {2}});
    values.put("dL/dout", new double[][] {{1}, null});
    assertEquals("the value of dL/dout has a null row (row 2), expected 2",
        assertThrows(LeibnizException.class, () -> VECTOR_PROGRAM.run(Layout.GRADIENT, values))
            .getMessage());
    values.put("dL/dout", new double[0][]);
    assertEquals("the value of dL/dout is empty (no rows), expected 2",
        assertThrows(LeibnizException.class, () -> VECTOR_PROGRAM.run(Layout.GRADIENT, values))
            .getMessage());
  }

  @Test
  void formatRefusesWhatIsNotAMatrix() {
    assertEquals("the value to write is empty (no rows), not a matrix, vector or scalar",
        assertThrows(LeibnizException.class, () -> MatrixLiterals.format(new double[0][0]))
            .getMessage());
    assertEquals("the value to write is ragged (row 1 has 2 entries, row 2 has 1), not a "
        + "matrix, vector or scalar", assertThrows(LeibnizException.class,
            () -> MatrixLiterals.format(new double[][] {{1, 2}, {3}})).getMessage());
    assertEquals("the value to write has a null row (row 1), not a matrix, vector or scalar",
        assertThrows(LeibnizException.class,
            () -> MatrixLiterals.format(new double[][] {null})).getMessage());
    assertEquals("[[1, 2], [3, 4]]", MatrixLiterals.format(new double[][] {{1, 2}, {3, 4}}));
  }

  @Test
  void wellFormedValuesStillGiveTheGradientProvenNumerically() {
    Map<String, double[][]> values = valuesWith("W", new double[][] {{1, 2}, {3, 4}});
    // W x - y = [3, 6]: 9 + 36.
    assertEquals(45.0, F.valueAt(values)[0][0], 1e-12);
    MatrixWitness.assertGradient(BY_W, "W", values);
  }
}

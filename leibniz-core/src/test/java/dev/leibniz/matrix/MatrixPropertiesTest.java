package dev.leibniz.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.parse.MatrixParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties over random shape-correct expressions ({@link MatrixExprGenerator}, seeded): every
 * gradient, by a vector, a matrix or a scalar, in both layouts, agrees with finite differences
 * and reverse mode; every expression and every derivative prints to text that reads back to
 * the same tree; the gradient has the variable's shape.
 */
class MatrixPropertiesTest {
  private static final int CASES = 60;

  @Test
  void gradientsOfRandomExpressionsAgreeWithFiniteDifferencesAndReverseMode() {
    int checked = 0;
    for (long seed = 1; seed <= CASES; seed++) {
      MatrixExpr f = new MatrixExprGenerator(seed).scalar(3);
      for (String v : List.of("x", "A", "s")) {
        Shape shape = MatrixExprGenerator.SHAPES.get(v);
        for (MatrixDerivatives.Layout layout : MatrixDerivatives.Layout.values()) {
          MatrixExpr d = MatrixDerivatives.of(f, v, shape, layout);
          Shape expected = layout == MatrixDerivatives.Layout.NUMERATOR ? shape.transposed()
              : shape;
          assertEquals(expected, d.shape(), () -> "d/d" + v + " " + MatrixPrinter.print(f));
          MatrixCheck.Report r = MatrixCheck.check(f, v, shape, layout, d, 2, seed);
          final long s = seed;
          assertTrue(r.agreed(), () -> "seed " + s + ": d/d" + v + " " + MatrixPrinter.print(f)
              + " = " + MatrixPrinter.print(d) + ": " + r.failure());
          assertReadsBack(d);
          checked += r.compared();
        }
      }
      assertReadsBack(f);
    }
    assertTrue(checked > CASES * 20, "compared only " + checked + " entries");
  }

  @Test
  void jacobiansOfRandomVectorsAgreeWithFiniteDifferencesAndReverseMode() {
    for (long seed = 1; seed <= CASES; seed++) {
      MatrixExpr f = new MatrixExprGenerator(seed, false).vector(3);
      MatrixExpr j = MatrixDerivatives.of(f, "x", Shape.column(3),
          MatrixDerivatives.Layout.GRADIENT);
      assertEquals(Shape.of(3, 3), j.shape());
      MatrixCheck.Report r = MatrixCheck.check(f, "x", Shape.column(3),
          MatrixDerivatives.Layout.GRADIENT, j, 2, seed);
      final long s = seed;
      assertTrue(r.agreed(), () -> "seed " + s + ": J " + MatrixPrinter.print(f) + " = "
          + MatrixPrinter.print(j) + ": " + r.failure());
      assertReadsBack(j);
    }
  }

  private static void assertReadsBack(MatrixExpr e) {
    Map<String, Shape> shapes = new LinkedHashMap<>(MatrixExprGenerator.SHAPES);
    String text = MatrixPrinter.print(e);
    assertEquals(e, MatrixParser.parse(text, shapes).tree(), () -> text + " reads back as "
        + MatrixPrinter.print(MatrixParser.parse(text, shapes).tree()));
  }
}

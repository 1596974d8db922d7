package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.error.LeibnizException;

import org.junit.jupiter.api.Test;

/** Matrix values print each entry as a scalar value prints: the shortest text that reads back. */
class MatrixLiteralsTest {
  @Test
  void entriesPrintAsScalarValuesDo() {
    double ln2 = Math.log(2);
    assertEquals("0.6931471805599453", MatrixLiterals.format(new double[][] {{ln2}}));
    assertEquals("[0.6931471805599453, -2]",
        MatrixLiterals.format(new double[][] {{ln2}, {-2}}));
    assertEquals("[[1, 2.5], [0, 1.0E-9]]",
        MatrixLiterals.format(new double[][] {{1, 2.5}, {-0.0, 1e-9}}));
  }

  @Test
  void whatIsPrintedReadsBackToTheSameDoubles() {
    double[][] m = {{Math.PI, -Math.E}, {1.0 / 3, 1e-12}};
    assertEquals(MatrixLiterals.format(m),
        MatrixLiterals.format(MatrixLiterals.parse("m=" + MatrixLiterals.format(m)).get("m")));
    double[][] back = MatrixLiterals.parse("m=" + MatrixLiterals.format(m)).get("m");
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) assertEquals(m[i][j], back[i][j]);
    }
  }

  @Test
  void aNameGivenTwiceIsRefused() {
    assertEquals("the values give x twice", assertThrows(LeibnizException.class,
        () -> MatrixLiterals.parse("x=[1, 2], W=[[1]], x=[3, 4]")).getMessage());
  }
}

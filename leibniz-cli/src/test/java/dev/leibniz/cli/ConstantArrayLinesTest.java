package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.MatrixExpression;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A line that writes a constant array larger than 1x1 ({@code ones(3)}, {@code eye(3)}) is a
 * matrix expression though it declares nothing: it goes down the matrix path, and its
 * derivatives are proven with {@code --check}. {@code ones(1)} stays a scalar line.
 */
class ConstantArrayLinesTest {
  @Test
  void aConstantArrayMakesTheLineAMatrixExpression() {
    for (String line : List.of("sum(s eye(3)) where s: 1", "tr(s eye(3))", "sum(ones(3))*s",
        "sum(s*ones<2, 2>)")) {
      CliRun r = CliRun.of("diff", line, "--wrt", "s", "--check");
      assertEquals(0, r.code(), line + ": " + r.err());
      List<String> lines = r.out().lines().toList();
      assertEquals(line.contains("<") ? "d/ds = 4   [scalar]" : "d/ds = 3   [scalar]",
          lines.get(0), line);
      assertTrue(lines.get(1).startsWith("d/ds check: ok"), lines.get(1));
    }
    assertTrue(MatrixExpression.declaresNonScalar("ones(1, 3)", Map.of()));
    assertTrue(!MatrixExpression.declaresNonScalar("x*ones(1)*eye(1, 1)", Map.of()));
    assertTrue(!MatrixExpression.declaresNonScalar("bones + x", Map.of()));
  }

  @Test
  void anExpressionWithoutNamesHasTheDerivativeZeroInItsShape() {
    assertEquals("0   [scalar]", CliRun.of("diff", "sum(ones(3))").text());
    assertEquals("d2/ds2 = 0*ones(2, 2)   [2x2]",
        CliRun.of("diff", "s*ones(2, 2) + eye(2)", "--order", "2").text());
  }

  @Test
  void theScalarReaderNamesTheWholeArray() {
    CliRun r = CliRun.of("print", "0*ones(1, 3)");
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: ones(1, 3) is not a scalar"), r.err());
  }
}

package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.matrix.MatrixPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line with vectors refuses a scalar constant outside its domain where it is read, at its
 * column, as the scalar reader does; a constant inside its domain stays.
 */
class ConstantScalarsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sum(x)/0 where x: 2             | division by zero                  | 7",
      "sum(x)/(1 - 1) where x: 2       | division by zero                  | 7",
      "sum(x)*ln(-pi) where x: 2       | ln(-pi) is undefined              | 8",
      "sum(x)*ln(0) where x: 2         | ln(0) is undefined (a pole)       | 8",
      "sqrt(-1)*sum(x) where x: 2      | sqrt(-1) is not a real number     | 1",
      "sum(x)*asin(pi) where x: 2      | asin(pi) is undefined             | 8",
      "sum(x)*(1 - e)^(1/2) where x: 2 | (1 - e)^(1/2) is not a real number | 8",
      "sum(x)*log(-pi, 2) where x: 2   | log(-pi, 2) is undefined          | 8",
      "sum(x)*sin(ln(-1)) where x: 2   | ln(-1) is undefined               | 12",
      "sum(x)*tan(pi/2) where x: 2     | tan(pi/2) is undefined (a pole)   | 8",
      "sum(x)*ln(-sum(ones(3))) where x: 2 | ln(-3) is undefined           | 8",
  })
  void anUndefinedConstantIsRefusedAtItsColumn(String line, String message, int column) {
    ParseException e = assertThrows(ParseException.class,
        () -> MatrixParser.parse(line, Map.of()));
    assertEquals(message, e.getMessage());
    assertEquals(column, e.column());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sum(x)*ln(pi) where x: 2        | ln(pi)*sum(x)",
      "sum(x)/sqrt(2) where x: 2       | sum(x)/2^(1/2)",
      "sum(x)*sum(ones(3)) where x: 2  | 3*sum(x)",
      // 0 exactly, -1.1e-16 in doubles: within the scalar reader's margin for rounding.
      "sum(x)*sqrt(sin(pi/4) - sqrt(2)/2) where x: 2 | sum(x)*(sin(pi/4) - 2^(1/2)/2)^(1/2)",
  })
  void aDefinedConstantStays(String line, String printed) {
    assertEquals(printed, MatrixPrinter.print(MatrixParser.parse(line, Map.of()).tree()));
  }
}

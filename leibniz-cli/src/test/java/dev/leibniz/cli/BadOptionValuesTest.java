package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An option's value that is not one is a usage error (README, "Exit codes"): exit 2, the
 * message with its caret display where it has one, then the hint, as {@code --at x=abc} was
 * already. {@code --shape} declarations that do not read and {@code --at} matrix values that do
 * not read or do not fit the declarations were exit 1; a {@code where} clause in the expression
 * is input, and its errors stay exit 1.
 */
class BadOptionValuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "diff | W: 3y4 | error: '3y4' is not a shape (write N, or RxC with positive sizes up to "
          + "10000) at column 4;  W: 3y4;     ^",
      "diff | W 3x4 | error: unexpected '3' at column 3;  W 3x4;    ^",
      "batch | W: 0x1 | error: '0x1' is not a shape (write N, or RxC with positive sizes up to "
          + "10000) at column 4;  W: 0x1;     ^"})
  void badShapeDeclarationsAreAUsageError(String command, String shape, String error) {
    CliRun r = command.equals("batch") ? CliRun.withInput("x^2\n", "batch", "-", "--shape", shape)
        : CliRun.of(command, "x", "--shape", shape);
    assertEquals(2, r.code(), r.out());
    assertEquals(String.join("\n", error.split(";")) + "\nTry 'leibniz " + command
        + " --help'.\n", r.err().replace("\r", ""));
    assertEquals("", r.out());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x=[1, | error: cannot read the value of x: '[1,' (write 3, [1, 2] or [[1, 2], [3, 4]])",
      "y=1 | error: no value for x",
      "x=[1,2,3] | error: the value of x is 3x1, declared 2"})
  void badMatrixValuesAreAUsageError(String at, String error) {
    CliRun r = CliRun.of("grad", "sum(x) where x: 2", "--at", at);
    assertEquals(2, r.code(), r.out());
    assertEquals(error + "\nTry 'leibniz grad --help'.\n", r.err().replace("\r", ""));
    assertEquals("", r.out());
  }

  @Test
  void backpropValuesThatDoNotReadAreAUsageError(@TempDir Path dir) throws Exception {
    Path p = dir.resolve("p.txt");
    Files.writeString(p, "x: 2\nL = sum(x)\n");
    CliRun r = CliRun.of("backprop", p.toString(), "--at", "x=[1,");
    assertEquals(2, r.code(), r.out());
    assertEquals("error: cannot read the value of x: '[1,' (write 3, [1, 2] or [[1, 2], [3, 4]])"
        + "\nTry 'leibniz backprop --help'.\n", r.err().replace("\r", ""));
  }

  /** Input, not an option: a bad declaration in the expression's own clause stays exit 1. */
  @Test
  void aBadWhereClauseIsStillTheExpressionsError() {
    CliRun r = CliRun.of("diff", "x where W: 3y4");
    assertEquals(1, r.code(), r.out());
    assertEquals("error: '3y4' is not a shape (write N, or RxC with positive sizes up to 10000) "
        + "at column 12\n  x where W: 3y4\n             ^\n", r.err().replace("\r", ""));
  }

  /** Values that read and fit still give the gradient: d/dx of sum(x) is ones. */
  @Test
  void goodValuesStillWork() {
    CliRun r = CliRun.of("grad", "sum(x) where x: 2", "--at", "x=[1,2]");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 3\nd/dx = [1, 1]", r.text());
  }
}

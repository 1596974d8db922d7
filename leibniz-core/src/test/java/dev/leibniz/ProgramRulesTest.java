package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules of programs and declarations: lines in the order they are computed, declarations
 * first, names that are not reserved (and, in a {@code where} clause, one name as the reader
 * reads it), and no equations for a line that does not feed the loss.
 */
class ProgramRulesTest {
  @Test
  void aNameUsedBeforeItsLineIsAnErrorNamingBoth() {
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Program.parse("W: 3x3, x: 3\nL = sum(h)\nh = W x\n"));
    assertEquals("line 2: 'h' is used before line 3 defines it (lines are written in the order "
        + "they are computed)", e.getMessage());
    assertEquals(9, e.column());
    e = assertThrows(LeibnizException.class, () -> Program.parse("x: 3\nh = h + x\nL = sum(h)"));
    assertTrue(e.getMessage().startsWith("line 2: 'h' is used before this line defines it"),
        e.getMessage());
    // After a number written against it, as the reader reads it: 2h is 2*h.
    e = assertThrows(LeibnizException.class,
        () -> Program.parse("x: 3\nk = 2h .* x\nh = x\nL = sum(k)"));
    assertTrue(e.getMessage().startsWith("line 2: 'h' is used before line 3 defines it"),
        e.getMessage());
    assertEquals(6, e.column());
    // Inside another name it is not that name: x2h is one name, as is xh.
    assertEquals(4, Program.parse("x2h: 3, xh: 3\nk = x2h .* xh\nh = k\nL = sum(h)")
        .backward(Layout.GRADIENT).size());
  }

  @Test
  void declarationsComeFirst() {
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Program.parse("W: 3x3\nh = W x\nx: 3\nL = sum(h)\n"));
    assertEquals("line 3: declarations come first, before the equations (line 2 is an "
        + "equation)", e.getMessage());
  }

  @Test
  void aLineThatDoesNotFeedTheLossHasNoEquations() {
    Program p = Program.parse("W: 3x3, x: 3\nh = W x\nk = exp(h)\nL = sum(h)\n");
    assertEquals(List.of("dL/dh = ones(3)   [3]", "dL/dW = dL/dh*x'   [3x3]",
        "dL/dx = W'*dL/dh   [3]"), p.backward(Layout.GRADIENT));
    ProgramRun run = p.run(Layout.GRADIENT, Map.of("W", new double[][] {{1, 2, 0}, {0, 1, 3},
        {2, 0, 1}}, "x", new double[][] {{1}, {-1}, {2}}));
    assertTrue(run.ok(), run.summary());
    assertTrue(run.summary().contains("12 input entries"), run.summary());
  }

  @Test
  void reservedNamesCannotBeDeclaredOrAssigned() {
    assertEquals("'sin' is a function, so it cannot name a vector, matrix or line",
        refusal("sin + x where sin: 3, x: 3"));
    assertEquals("'pi' is a constant, so it cannot name a vector, matrix or line",
        refusal("pi + x where pi: 3, x: 3"));
    assertEquals("'e' is a constant, so it cannot name a vector, matrix or line",
        refusal("x where e: 3, x: 3"));
    assertEquals("'xy' is not one name (it reads as x*y): a name is a letter with optional "
        + "digits or _subscript, or a Greek letter name", refusal("xy + z where xy: 3, z: 3"));
    assertEquals("3", MatrixExpression.parse("theta + x where theta: 3, x: 3").shape());
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Program.parse("x: 3\nsin = exp(x)\nL = sum(sin)\n"));
    assertEquals("line 2: 'sin' is a function, so it cannot name a vector, matrix or line",
        e.getMessage());
    e = assertThrows(LeibnizException.class, () -> Program.parse("tr: 3\nL = sum(tr)\n"));
    assertTrue(e.getMessage().startsWith("line 1: 'tr' is a function"), e.getMessage());
    Program whole = Program.parse("out: 2\nL = sum(out)\n");
    assertEquals(List.of("dL/dout = ones(2)   [2]"), whole.backward(Layout.GRADIENT));
    assertTrue(whole.run(Layout.GRADIENT, Map.of("out", new double[][] {{1}, {2}})).ok());
  }

  @Test
  void aNameNeitherDeclaredNorDefinedIsRefusedAtItsLineAndColumn() {
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Program.parse("w: 2\nL = sum(w)*s"));
    assertEquals("line 2: 's' is neither declared nor defined by a line above (a scalar input "
        + "is declared too: 's: 1')", e.getMessage());
    assertEquals(12, e.column());
    assertEquals("L = sum(w)*s", e.input());
    e = assertThrows(LeibnizException.class, () -> Program.parse("L = x^2"));
    assertEquals("line 1: 'x' is neither declared nor defined by a line above (a scalar input "
        + "is declared too: 'x: 1')", e.getMessage());
    assertEquals(5, e.column());
    // Declared as a scalar, it is an input like any other, in parse and in run alike.
    Program p = Program.parse("w: 2, s: 1\nL = sum(w)*s");
    assertEquals(List.of("dL/ds = sum(w)   [scalar]", "dL/dw = s*ones(2)   [2]"),
        p.backward(Layout.GRADIENT));
    ProgramRun run = p.run(Layout.GRADIENT, Map.of("w", new double[][] {{1}, {2}}, "s",
        new double[][] {{3}}));
    assertEquals(List.of("dL/ds = sum(w)   [scalar]   = 3", "dL/dw = s*ones(2)   [2]   = [3, 3]"),
        run.lines());
    assertTrue(run.ok(), run.summary());
  }

  @Test
  void runErrorsNameTheValuesNotAnOptionOfTheCommandLine() {
    Program p = Program.parse("W: 2x2, x: 2\nh = W x\n");
    LeibnizException e = assertThrows(LeibnizException.class, () -> p.run(Layout.GRADIENT,
        Map.of("W", new double[][] {{1, 2}, {3, 4}})));
    assertEquals("no value for x", e.getMessage());
    e = assertThrows(LeibnizException.class, () -> p.run(Layout.GRADIENT, Map.of("W",
        new double[][] {{1, 2}, {3, 4}}, "x", new double[][] {{1}, {1}}, "q",
        new double[][] {{1}})));
    assertEquals("a value is given for q, which is not an input of the program nor dL/dh (the "
        + "inputs: W, x)", e.getMessage());
  }

  private static String refusal(String text) {
    return assertThrows(LeibnizException.class, () -> MatrixExpression.parse(text)).getMessage();
  }
}

package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The library's shape map declares what a {@code where} clause declares (LANGUAGE.md, "Vectors
 * and matrices"), so its names are checked as the clause checks them, with the same words: one
 * name as the reader reads it, not reserved; never silently ignored or read whole.
 */
class ShapeMapTest {
  private static String refusal(Map<String, String> shapes) {
    return assertThrows(LeibnizException.class,
        () -> MatrixExpression.parse("sum(x)", shapes)).getMessage();
  }

  private static String whereRefusal(String text) {
    return assertThrows(LeibnizException.class, () -> MatrixExpression.parse(text)).getMessage();
  }

  @Test
  void aNameThatIsNotOneNameIsRefusedAsWhereRefusesIt() {
    String xy = "'xy' is not one name (it reads as x*y): a name is a letter with optional digits "
        + "or _subscript, or a Greek letter name";
    assertEquals(xy, refusal(Map.of("xy", "3")));
    assertEquals(xy, whereRefusal("sum(x) where xy: 3"));
    assertEquals("'2x' is not one name (it reads as 2*x): a name is a letter with optional "
        + "digits or _subscript, or a Greek letter name", refusal(Map.of("2x", "3", "x", "3")));
    assertEquals("'' is not one name (it does not read as a name): a name is a letter with "
        + "optional digits or _subscript, or a Greek letter name", refusal(Map.of("", "3")));
    assertEquals(xy, assertThrows(LeibnizException.class,
        () -> Leibniz.derivative("sum(xy)", "x", Map.of("xy", "3"))).getMessage());
  }

  @Test
  void theSplitOfANameIsGivenInTheOrderWritten() {
    String lam = "'lam' is not one name (it reads as l*a*m): a name is a letter with optional "
        + "digits or _subscript, or a Greek letter name";
    assertEquals(lam, whereRefusal("x + lam where lam: 3, x: 3"));
    assertEquals(lam, refusal(Map.of("lam", "3", "x", "3")));
    assertTrue(whereRefusal("sum(x) where yx2: 3, x: 3").contains("(it reads as y*x2)"));
    assertTrue(whereRefusal("sum(x) where zetab: 3, x: 3").contains("(it reads as zeta*b)"));
    // A function's name is no name: there is no product to give.
    assertTrue(whereRefusal("sum(x) where sinx: 3, x: 3").contains("(it does not read as a "
        + "name)"));
  }

  @Test
  void aReservedNameIsRefusedAsWhereRefusesIt() {
    String sin = "'sin' is a function, so it cannot name a vector, matrix or line";
    assertEquals(sin, refusal(Map.of("sin", "3", "x", "3")));
    assertEquals(sin, whereRefusal("sum(x) where sin: 3, x: 3"));
    assertEquals("'e' is a constant, so it cannot name a vector, matrix or line",
        refusal(Map.of("e", "3")));
  }

  @Test
  void aBadShapeNamesTheCap() {
    assertEquals("'100000x100000' is not a shape for W (write N, or RxC with positive sizes up "
        + "to 10000)", assertThrows(LeibnizException.class,
            () -> MatrixExpression.parse("sum(W)", Map.of("W", "100000x100000"))).getMessage());
    assertEquals("'100000' is not a shape (write N, or RxC with positive sizes up to 10000)",
        whereRefusal("sum(W) where W: 100000"));
    Map<String, String> missing = new HashMap<>();
    missing.put("x", null);
    assertEquals("no shape is given for x (write N, or RxC with positive sizes up to 10000)",
        refusal(missing));
  }

  @Test
  void aNullNameIsABadCall() {
    Map<String, String> shapes = new HashMap<>();
    shapes.put(null, "3");
    assertEquals("a name in shapes must not be null", assertThrows(
        IllegalArgumentException.class, () -> MatrixExpression.parse("sum(x)", shapes))
        .getMessage());
  }

  @Test
  void goodNamesStillDeclare() {
    assertEquals("2*x", Leibniz.derivative("x' x", "x", Map.of("x", "3")));
    assertEquals("ones(3)", Leibniz.derivative("sum(x_1)", "x_1", Map.of("x_1", "3")));
    assertEquals("3", MatrixExpression.parse("sum(W)", Map.of("W", "3")).shapeOf("W"));
  }
}

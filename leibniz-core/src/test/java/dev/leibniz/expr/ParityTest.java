package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The symmetries canonical form uses to pull signs out of arguments hold on the whole real
 * domain, zero (of either sign) included, and no function has one it does not declare: for
 * every function and every point of the reference table and 0, {@code f(-x) = -f(x)} exactly
 * for the odd ones, {@code f(-x) = f(x)} for the even ones, and neither for all of the others.
 */
class ParityTest {
  private static Set<Double> points() {
    Set<Double> xs = new TreeSet<>();
    xs.add(0.0);
    for (ReferenceValues.Row row : ReferenceValues.rows()) xs.add(Math.abs(row.x()));
    return xs;
  }

  private static boolean same(double a, double b) {
    return Double.doubleToLongBits(a) == Double.doubleToLongBits(b)
        || (a == b && a != 0) || (Double.isNaN(a) && Double.isNaN(b));
  }

  private static boolean holds(MathFunction f, boolean odd) {
    for (double x : points()) {
      double minus = f.value(-x);
      double plus = f.value(x);
      if (!same(minus, odd ? -plus : plus)) return false;
    }
    return true;
  }

  @Test
  void everyFunctionIsOddOrEvenExactlyWhenItSaysSo() {
    for (MathFunction f : MathFunction.values()) {
      assertEquals(f.isOdd(), holds(f, true), f + " odd");
      assertEquals(f.isEven(), holds(f, false), f + " even");
    }
  }

  /** Issue 10: acot(0) = pi/2 (range (-pi/2, pi/2]), so acot is not odd, not even at 0. */
  @Test
  void acotIsNotOddBecauseAcotOfZeroIsHalfPi() {
    assertFalse(MathFunction.ACOT.isOdd());
    assertEquals(Math.PI / 2, MathFunction.ACOT.value(0.0), 0);
    assertEquals(Math.PI / 2, MathFunction.ACOT.value(-0.0), 0);
    assertEquals(-Math.PI / 4, MathFunction.ACOT.value(-1), 1e-16);
    Expr minusX = ExprParser.parse("acot(-x)");
    assertEquals("acot(-x)", PlainPrinter.print(minusX));
    assertEquals(Math.PI / 2, Evaluator.evaluate(minusX, Map.of("x", 0.0)), 0);
    assertEquals(Math.atan(1 / -0.5), Evaluator.evaluate(minusX, Map.of("x", 0.5)), 1e-16);
    Expr product = ExprParser.parse("acot(x*y)");
    assertEquals(Math.PI / 2, Evaluator.evaluate(product, Map.of("x", -1.0, "y", 0.0)), 0);
    assertEquals(Math.PI / 2, Evaluator.evaluate(ExprParser.parse("acot(-0)"), Map.of()), 0);
  }
}

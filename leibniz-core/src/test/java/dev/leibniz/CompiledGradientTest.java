package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.graph.CompiledTape;
import org.junit.jupiter.api.Test;

/**
 * {@link CompiledGradient} before and after it compiles its sweeps to bytecode (after
 * {@link CompiledTape#WARM_UP} calls): the same value and partials, kinks named, undefined
 * points NaN, copies for other threads sharing the class.
 */
class CompiledGradientTest {
  @Test
  void theAnswersAreTheSameBeforeAndAfterCompilation() {
    CompiledGradient g = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz) + abs(z - 3)").compile();
    double[] point = {2, 3};
    double[] first = new double[2];
    double y = g.gradient(point, first);
    assertEquals("abs", g.kink(1));
    double[] later = new double[2];
    for (int k = 0; k < 3 * CompiledTape.WARM_UP; k++) {
      double[] p = {1.5 + k * 1e-3, 2.5};
      g.gradient(p, later);
      assertNull(g.kink(1));
    }
    assertEquals(y, g.gradient(point, later), 1e-12 * y);
    assertEquals(first[0], later[0], 1e-12 * Math.abs(first[0]));
    assertEquals(first[1], later[1], 1e-12 * Math.abs(first[1]));
    assertEquals("abs", g.kink(1), "on the kink, the tape answers and names it");
    assertEquals(412.19145728412116, g.value(new double[] {2, 3}), 1e-12);
    assertTrue(Double.isNaN(g.gradient(new double[] {-1, 3}, later)));
    assertTrue(Double.isNaN(later[0]) && Double.isNaN(later[1]));
    CompiledGradient copy = g.copy();
    double[] fromCopy = new double[2];
    assertEquals(g.gradient(new double[] {2.5, 1}, later),
        copy.gradient(new double[] {2.5, 1}, fromCopy), 0);
    assertEquals(later[0], fromCopy[0], 0);
  }
}

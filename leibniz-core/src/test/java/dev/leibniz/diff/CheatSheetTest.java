package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.ReferenceValues;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The cheat sheet: one row per function in the language, parsed by the grammar, and each row
 * right, checked against mpmath's derivatives ({@link ReferenceValues}) at every point of the
 * reference table where f' is a normal double and |x| <= 100.
 */
class CheatSheetTest {
  @Test
  void everyFunctionButTrigammaHasARowAboutItselfInTheLanguage() {
    for (MathFunction f : MathFunction.values()) {
      if (f == MathFunction.TRIGAMMA) {
        assertEquals(null, CheatSheet.row(f));
        assertThrows(LeibnizException.class, () -> CheatSheet.slope(f));
        continue;
      }
      String row = CheatSheet.row(f);
      assertTrue(row.startsWith(f.canonicalName() + "(u)' = "), row);
      Expr right = ExprParser.parse(row.substring(row.indexOf("' = ") + 4));
      assertEquals(right, CheatSheet.derivative(f, Expr.var("u")), row);
    }
  }

  @Test
  void aRowIsInstantiatedWithTheArgumentThroughTheSmartConstructors() {
    assertEquals("sec(x^2)^2", PlainPrinter.print(
        CheatSheet.derivative(MathFunction.TAN, ExprParser.parse("x^2"))));
    assertEquals("-1/sqrt(1 - 4*x^2)", PlainPrinter.print(
        CheatSheet.derivative(MathFunction.ACOS, ExprParser.parse("2x"))));
  }

  /**
   * The compiled row against mpmath: relative 1e-13 where |f'| >= 1, absolute 1e-13 below, as a
   * row such as {@code 1 - tanh(u)^2} is only as exact as the terms it subtracts.
   */
  @Test
  void everyRowMatchesTheReferenceDerivatives() {
    List<Executable> checks = new ArrayList<>();
    Set<MathFunction> covered = EnumSet.noneOf(MathFunction.class);
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      if (Double.isNaN(row.derivative()) || !row.function().hasDerivative()) continue;
      covered.add(row.function());
      double actual = CheatSheet.slope(row.function()).applyAsDouble(row.x());
      double expected = row.derivative();
      checks.add(() -> assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)),
          row + "'"));
    }
    assertAll(checks);
    Set<MathFunction> all = EnumSet.allOf(MathFunction.class);
    all.remove(MathFunction.TRIGAMMA);
    assertEquals(all, covered);
  }

  /** Forward mode's second derivatives, the rows differentiated again, against differences. */
  @Test
  void higherDerivativesAreTheRowDifferentiatedAgain() {
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      MathFunction f = row.function();
      if (Double.isNaN(row.derivative()) || !f.hasDerivative()
          || Math.abs(row.x()) < 0.1 || Math.abs(row.x()) > 10) {
        continue;
      }
      double u = row.x();
      double h = 1e-5 * Math.abs(u);
      double first = CheatSheet.nthDerivative(f, 1).applyAsDouble(u);
      assertEquals(CheatSheet.slope(f).applyAsDouble(u), first, 0, row.toString());
      double second = CheatSheet.nthDerivative(f, 2).applyAsDouble(u);
      double difference = (CheatSheet.slope(f).applyAsDouble(u + h)
          - CheatSheet.slope(f).applyAsDouble(u - h)) / (2 * h);
      if (f == MathFunction.DIGAMMA) {
        assertTrue(Double.isNaN(second), "digamma'' is trigamma', unknown");
        continue;
      }
      if (!Double.isFinite(difference)) continue;
      assertEquals(difference, second, 1e-5 * Math.max(1, Math.abs(difference)), row + "''");
    }
  }
}

package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.ReferenceValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tape's functions: a tape of {@code f(x)} returns f's value and exactly the derivative its
 * cheat-sheet row compiles to, for every function, at every point of the reference table where
 * f' is finite; and the row's symbolic and compiled forms agree.
 */
class FunctionRuleTest {
  @Test
  void tapeOfAFunctionReturnsTheCompiledRowOfTheCheatSheet() {
    Expr x = Expr.var("x");
    int checked = 0;
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      MathFunction f = row.function();
      if (!f.hasDerivative() || Double.isNaN(row.derivative())) continue;
      Tape tape = GraphCompiler.compile(new Call(f, x), List.of("x"));
      double[] gradient = new double[1];
      double value = tape.gradient(new double[] {row.x()}, gradient);
      assertEquals(f.value(row.x()), value, 0, row.toString());
      assertEquals(CheatSheet.slope(f).applyAsDouble(row.x()), gradient[0], 0, row + "'");
      checked++;
    }
    assertEquals(true, checked > 500, "only " + checked + " points checked");
  }

  /** The symbolic row, evaluated as a tree, and the compiled row agree wherever finite. */
  @Test
  void symbolicAndCompiledRowsAgree() {
    for (ReferenceValues.Row row : ReferenceValues.rows()) {
      MathFunction f = row.function();
      if (!f.hasDerivative() || Double.isNaN(row.derivative())) continue;
      Expr symbolic = CheatSheet.derivative(f, Expr.var("u"));
      double compiled = CheatSheet.slope(f).applyAsDouble(row.x());
      double evaluated = Evaluator.evaluate(symbolic, Map.of("u", row.x()));
      assertEquals(compiled, evaluated, 1e-14 * Math.abs(compiled), row + "'");
    }
  }

  @Test
  void differentiatingTrigammaIsRefusedByBothSides() {
    Expr t = new Call(MathFunction.TRIGAMMA, Expr.var("x"));
    assertThrows(LeibnizException.class, () -> GraphCompiler.compile(t, List.of("x")));
    assertThrows(LeibnizException.class, () -> Differentiator.derivative(t, "x"));
  }

  @Test
  void chainRuleThroughNestedFunctions() {
    Expr x = Expr.var("x");
    Expr nested = Expr.call(MathFunction.SIN, Expr.call(MathFunction.COSH,
        Expr.call(MathFunction.ATAN, x)));
    Tape tape = GraphCompiler.compile(nested, List.of("x"));
    double[] gradient = new double[1];
    tape.gradient(new double[] {0.4}, gradient);
    double expected = Math.cos(Math.cosh(Math.atan(0.4))) * Math.sinh(Math.atan(0.4))
        / (1 + 0.16);
    assertEquals(expected, gradient[0], 1e-15);
  }
}

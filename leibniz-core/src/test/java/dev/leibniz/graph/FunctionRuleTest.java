package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one rule table the backward sweep reads: every function's {@code derivativeValue} agrees
 * with a central difference of its {@code value} inside its domain, and a tape of {@code f(x)}
 * returns exactly that derivative.
 */
class FunctionRuleTest {
  /** Functions defined only for |u| > 1, or u > 1. */
  static final Set<MathFunction> OUTSIDE_UNIT = EnumSet.of(MathFunction.ACOSH, MathFunction.ASEC,
      MathFunction.ACSC, MathFunction.ACOTH);
  static final double[] INSIDE = {0.3, 0.55, 0.85};
  static final double[] OUTSIDE = {1.5, 2.5, 3.7};

  @Test
  void derivativeValuesMatchCentralDifferences() {
    for (MathFunction f : MathFunction.values()) {
      if (f == MathFunction.TRIGAMMA) continue; // its derivative is NaN by design
      for (double u : pointsFor(f)) {
        double h = 1e-6 * Math.max(1, Math.abs(u));
        double expected = (f.value(u + h) - f.value(u - h)) / (2 * h);
        double actual = f.derivativeValue(u);
        assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)), f + " at " + u);
      }
    }
  }

  @Test
  void tapeOfAFunctionReturnsTheTablesDerivative() {
    Expr x = Expr.var("x");
    for (MathFunction f : MathFunction.values()) {
      if (!f.hasDerivative()) continue; // compiling it is refused, as differentiating it is
      Tape tape = GraphCompiler.compile(new Call(f, x), List.of("x"));
      for (double u : pointsFor(f)) {
        double[] gradient = new double[1];
        double value = tape.gradient(new double[] {u}, gradient);
        assertEquals(f.value(u), value, 0, f + " at " + u);
        assertEquals(f.derivativeValue(u), gradient[0], 0, f + "' at " + u);
      }
    }
  }

  /**
   * The table's two derivatives of each function, the symbolic one the differentiator builds
   * and the numeric one the tape uses, agree wherever both are finite.
   */
  @Test
  void symbolicAndNumericDerivativesOfTheTableAgree() {
    for (MathFunction f : MathFunction.values()) {
      if (!f.hasDerivative()) continue;
      Expr symbolic = f.derivative(Expr.var("u"));
      for (double u : new double[] {-2.5, -0.7, 0.3, 0.55, 0.85, 1.5, 2.5, 3.7}) {
        double numeric = f.derivativeValue(u);
        double evaluated = Evaluator.evaluate(symbolic, Map.of("u", u));
        if (!Double.isFinite(numeric) && !Double.isFinite(evaluated)) continue;
        assertEquals(numeric, evaluated, 1e-12 * Math.max(1, Math.abs(numeric)), f + "' at " + u);
      }
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

  static double[] pointsFor(MathFunction f) {
    return OUTSIDE_UNIT.contains(f) ? OUTSIDE : INSIDE;
  }
}

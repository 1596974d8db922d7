package dev.leibniz;

import static dev.leibniz.Numeric.assertDerivative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The facade's answers to the library defects of issue 10 (array lengths, nulls, variable
 * names), and what it now offers the front ends: compiled Jacobians and traces, the one
 * point conversion, substitution and reading with names.
 */
class FacadeTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  @Test
  void wrongArrayLengthsNameTheExpectedLength() {
    CompiledGradient g = Expression.parse("x*z").compile();
    assertMessage("gradient has 1 slot, expected 2, one per variable [x, z]",
        () -> g.gradient(new double[2], new double[1]));
    assertMessage("point has 3 slots, expected 2, one per variable [x, z]",
        () -> g.value(new double[3]));
    assertMessage("point has 1 slot, expected 2, one per variable [x, z]",
        () -> g.trace(new double[1]));
    CompiledJacobian j = Expression.compile(List.of(Expression.parse("x"), Expression.parse("y")));
    assertMessage("jacobian has 1 row, expected 2, one per expression",
        () -> j.jacobian(new double[2], new double[1][2]));
    assertMessage("a row of jacobian has 1 slot, expected 2, one per variable [x, y]",
        () -> j.jacobian(new double[2], new double[][] {new double[2], new double[1]}));
    assertMessage("values has 3 slots, expected 2, one per expression",
        () -> j.values(new double[2], new double[3]));
  }

  @Test
  void aHugeOrderStopsOnceTheDerivativeIsZero() {
    // It used to allocate one slot per order first: Integer.MAX_VALUE ran out of memory.
    assertEquals("0", Expression.parse("x^3").derivative("x", Integer.MAX_VALUE).toString());
    assertEquals("6", Expression.parse("x^3").derivative("x", 3).toString());
  }

  @Test
  void nullArgumentsAreNamed() {
    assertMessage("expression must not be null", () -> Leibniz.derivative(null, "x"));
    assertMessage("variable must not be null", () -> Leibniz.derivative("x^2", null));
    assertMessage("expression must not be null", () -> Expression.parse(null));
    assertMessage("point must not be null", () -> Expression.parse("x").evaluate(null));
    assertMessage("point must not be null", () -> Leibniz.gradient("x", null));
    assertMessage("variables must not be null",
        () -> Expression.parse("x").derivative((String[]) null));
    assertMessage("expressions must not be null", () -> Expression.cse(null));
    assertMessage("point must not be null", () -> Expression.parse("x").compile().point(null));
    assertMessage("variable must not be null",
        () -> Expression.parse("x").derivation("x", null));
    assertMessage("the value of x must not be null", () -> Expression.parse("x").substitute(
        java.util.Collections.singletonMap("x", null)));
    BatchLine.Settings settings = new BatchLine.Settings(List.of("x"), 1, true, false, false);
    assertMessage("line must not be null", () -> BatchLine.answer(1, null, settings));
    assertMessage("settings must not be null", () -> BatchLine.answer(1, "x^2", null));
    assertMessage("line must not be null", () -> BatchLine.hasExpression(null));
    assertMessage("line must not be null", () -> BatchLine.expressionOf(null));
  }

  @Test
  void aKinkAskedOfNoVariableNamesTheValidRange() {
    CompiledGradient g = Expression.parse("abs(x)*z").compile();
    g.gradient(new double[] {0, 2}, new double[2]);
    assertEquals("abs", g.kink(0));
    assertMessage("variable index 5 is not in 0..1, one per variable [x, z]", () -> g.kink(5));
    assertMessage("variable index -1 is not in 0..1, one per variable [x, z]", () -> g.kink(-1));
    assertMessage("variable index 0 is not in any range: there are no variables",
        () -> Expression.parse("2").compile().kink(0));
  }

  @Test
  void matrixTextNamesTheApiThatReadsIt() {
    String advice = ": a vector or matrix expression, which Expression.parse does not take (read"
        + " it with MatrixExpression.parse, or Leibniz.derivative(text, variable, shapes))";
    assertLeibnizMessage("'W' is declared 3x4" + advice,
        () -> Leibniz.derivative("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3", "W"));
    assertLeibnizMessage("'x' is declared 3" + advice, () -> Leibniz.simplify("x' x where x: 3"));
    assertLeibnizMessage("ones(3) is not a scalar" + advice,
        () -> Expression.parse("sum(s*ones(3))"));
    assertLeibnizMessage("'x' is declared 3" + advice,
        () -> Expression.parse("f*x where x: 3", java.util.Map.of("f", Expression.parse("y"))));
    // The API named takes it.
    assertEquals("2*x", Leibniz.derivative("x' x where x: 3", "x", java.util.Map.of()));
  }

  @Test
  void stepsNotLoggedSayHowToAskForThem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Expression.parse("x^2").derivation(List.of("x"), false).steps());
    assertEquals("the steps were not logged: ask for them with"
        + " Expression.derivation(variables, true)", e.getMessage());
  }

  @Test
  void aReservedFunctionNameIsWrittenWithAnUnderscore() {
    assertTrue(Expression.parse("x^2").codegen(Language.JAVA, "double")
        .contains("static double double_(double x, double[] gradient) {"));
    assertTrue(Expression.parse("x^2").codegen(Language.PYTHON, "lambda")
        .contains("def lambda_(x):\n    \"\"\"lambda_(x) = x^2"));
    assertTrue(Expression.parse("x^2").codegen(Language.C, "sin")
        .contains("double sin_(double x, double gradient[1]) {"));
  }

  @Test
  void variablesAreReadAsInAnExpression() {
    String d = Leibniz.derivative("θ^2", "θ");
    assertEquals("2*theta", d);
    assertEquals(1.4, Leibniz.evaluate(d, Map.of("theta", 0.7)), 1e-15);
    Expression f = Expression.parse("θ^2");
    assertDerivative(f, "theta", Expression.parse(d), Map.of("theta", 0.7));
    assertEquals("theta", Leibniz.variableName(" θ "));
    assertEquals("x1", Leibniz.variableName("x1"));
    assertEquals(Expression.parse("3*x1^2"), Expression.parse("x1^3").derivative("x1"));
  }

  @Test
  void invalidVariableNamesAreErrorsNotZero() {
    Expression f = Expression.parse("x^2");
    assertLeibnizMessage("missing variable name", () -> f.derivative(""));
    assertLeibnizMessage("'2' is not a variable name", () -> f.derivative("2"));
    assertLeibnizMessage("'x y' is not a variable name", () -> Leibniz.derivative("x^2", "x y"));
    assertLeibnizMessage("'e' is not a variable name", () -> f.derivation("e"));
    assertLeibnizMessage("'x y' is not a variable name", () -> f.derivative("x y", 2));
  }

  @Test
  void jacobianOfSeveralExpressionsAtOnePoint() {
    List<Expression> fs = List.of(Expression.parse("x*y"), Expression.parse("x + y^2"));
    CompiledJacobian j = Expression.compile(fs);
    assertEquals(List.of("x", "y"), j.variables());
    assertEquals(2, j.outputCount());
    double[] point = j.point(Map.of("y", 3.0, "x", 2.0, "unused", 9.0));
    assertArrayEquals(new double[] {2, 3}, point);
    double[] values = new double[2];
    j.values(point, values);
    assertArrayEquals(new double[] {6, 11}, values);
    double[][] rows = new double[2][2];
    j.jacobian(point, rows);
    Map<String, Double> at = Map.of("x", 2.0, "y", 3.0);
    for (int k = 0; k < 2; k++) {
      for (int v = 0; v < 2; v++) {
        String name = j.variables().get(v);
        assertEquals(fs.get(k).derivative(name).evaluate(at), rows[k][v], 1e-15);
        assertEquals(Numeric.difference(fs.get(k), name, at), rows[k][v], 1e-7);
      }
    }
    assertLeibnizMessage("no value for variable 'y'", () -> j.point(Map.of("x", 1.0)));
  }

  @Test
  void traceAndDotOfTheLectureExample() {
    CompiledGradient g = Expression.parse(LECTURE).compile();
    double[] point = g.point(Map.of("x", 2.0, "z", 3.0));
    String trace = g.trace(point);
    assertTrue(trace.startsWith("a = x*z = 6\n"), trace);
    assertTrue(trace.contains("g_x = g_a*z + g_b/x = 1208.3812151266095\n"), trace);
    assertTrue(g.toDot(point).startsWith("digraph"), g.toDot(point));
    assertLeibnizMessage("no value for variable 'z'",
        () -> Leibniz.gradient(LECTURE, Map.of("x", 2.0)));
  }

  @Test
  void substituteReplacesVariablesByExpressions() {
    Expression f = Expression.parse("x^2 + x");
    Expression g = f.substitute(Map.of("x", Expression.parse("y+1")));
    assertEquals("y + (y + 1)^2 + 1", g.toString());
    assertEquals(1.3 * 1.3 + 1.3, g.evaluate(Map.of("y", 0.3)), 1e-15);
    assertEquals(Expression.parse("2*theta*z"),
        Expression.parse("θ^2*z").substitute(Map.of("θ", Expression.parse("sqrt(2θ)"))));
    assertEquals(f, f.substitute(Map.of()));
    assertThrows(LeibnizException.class,
        () -> f.substitute(Map.of("2", Expression.parse("y"))));
  }

  @Test
  void aNameSplitOffALetterRunStandsForItsExpression() {
    Map<String, Expression> names = Map.of("k", Expression.parse("3"),
        "m", Expression.parse("ln(x)"));
    Expression f = Expression.parse("2kx^2 + mx", names);
    assertEquals("6*x^2 + x*ln(x)", f.toString());
    assertEquals("12*x + ln(x) + 1", f.derivative("x").toString());
    assertEquals(Set.of("x"), f.variables());
    assertEquals(24 + 2 * Math.log(2), f.evaluate(Map.of("x", 2.0)), 1e-14);
    assertDerivative(f, "x", f.derivative("x"), Map.of("x", 2.0));
    // m's expression is kept to be defined, as where m is a whole word: ln(x) has no value at -1.
    assertEquals("ln undefined at x = -1",
        f.explainUndefined(Map.of("x", -1.0)).orElse(""));
    assertEquals(Expression.parse("2m", names).explainUndefined(Map.of("x", -1.0)),
        f.explainUndefined(Map.of("x", -1.0)));
  }

  @Test
  void namesStandForTheirExpressionsAsWholeWords() {
    Map<String, Expression> names = new HashMap<>();
    names.put("f", Expression.parse("x^2 + 1"));
    names.put("ans", null);
    assertEquals(Expression.parse("2(x^2 + 1)^2"), Expression.parse("2f^2", names));
    // A letter run splits as ever, "xf" into x and f, and that f is the name too.
    assertEquals(Expression.parse("x*(x^2 + 1)"), Expression.parse("xf", names));
    assertEquals(Expression.parse("0"), Expression.parse("xf - x*f", names));
    assertEquals(List.of("ans", "x"), List.copyOf(Expression.parse("ans*x", names).variables()));
    Expression fresh = Expression.parse("v_1 + f", names);
    assertEquals(Expression.parse("v_1 + x^2 + 1"), fresh);
    ParseException error = assertThrows(ParseException.class,
        () -> Expression.parse("f*ans + )", names));
    assertEquals("error: unexpected ')' at column 9\n  f*ans + )\n          ^", error.display());
  }

  private static void assertMessage(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  private static void assertLeibnizMessage(String message, Executable call) {
    LeibnizException e = assertThrows(LeibnizException.class, call);
    assertEquals(message, e.getMessage());
  }
}

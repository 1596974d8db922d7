package dev.leibniz;

import dev.leibniz.error.LeibnizException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library facade: the calls README shows, with their strings and numbers. */
class LeibnizTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";
  private static final Map<String, Double> AT_2_3 = Map.of("x", 2.0, "z", 3.0);
  private static final double DFDX = 1208.3812151266095;
  private static final double DFDZ = 809.707479218564;

  @Test
  void derivativeReturnsTheSimplifiedString() {
    String d = Leibniz.derivative("x^2*sin(x)", "x");
    // The rules build x^2*cos(x) + 2*x*sin(x); the simplifier pulls out the common factor x.
    assertEquals("x*(x*cos(x) + 2*sin(x))", d);
    assertEquals("x^2*cos(x) + 2*x*sin(x)", Expression.parse("x^2*sin(x)").derivative("x")
        .toString());
    double x = 1.3;
    double expected = 2 * x * Math.sin(x) + x * x * Math.cos(x);
    assertClose(expected, Leibniz.evaluate(d, Map.of("x", x)), 1e-14);
    assertClose(expected, centralDifference(t -> t * t * Math.sin(t), x), 1e-8);
  }

  @Test
  void pointsAndValuesAreWrittenAsMessagesWriteThem() {
    java.util.LinkedHashMap<String, Double> point = new java.util.LinkedHashMap<>();
    point.put("z", 3.0);
    point.put("x", 0.5);
    assertEquals("x = 0.5, z = 3", Leibniz.describePoint(point));
    assertEquals("6", Leibniz.valueText(6.0));
    assertEquals("-1", Leibniz.valueText(-1.0));
    assertEquals("0.6931471805599453", Leibniz.valueText(Math.log(2)));
    assertEquals("1.0E-9", Leibniz.valueText(1e-9));
    assertEquals("1.0E15", Leibniz.valueText(1e15));
    assertEquals("NaN", Leibniz.valueText(Double.NaN));
  }

  @Test
  void lecturePartialsMatchTheWorkedExample() {
    Expression f = Expression.parse(LECTURE);
    assertClose(412.19145728412116, f.evaluate(AT_2_3), 1e-12);
    assertClose(DFDX, f.derivative("x").evaluate(AT_2_3), 1e-12);
    assertClose(DFDZ, f.derivative("z").evaluate(AT_2_3), 1e-12);
    assertEquals("x*e^(x*z) + x/ln(x) - sin(ln(x))/(x*z^2)", f.derivative("z").toString());
  }

  /**
   * The Hessian at a point: symmetric, every entry against central differences of the gradient
   * by reverse mode; NaN where an entry does not exist, the others given.
   */
  @Test
  void hessianAtAPointIsSymmetricAndAgreesWithDifferencesOfTheGradient() {
    Map<String, Map<String, Double>> h = Leibniz.hessian("x^3*y^2 + sin(x*y)",
        Map.of("x", 1.0, "y", 2.0));
    assertEquals(List.of("x", "y"), List.copyOf(h.keySet()));
    assertEquals(List.of("x", "y"), List.copyOf(h.get("x").keySet()));
    assertEquals(h.get("x").get("y"), h.get("y").get("x"));
    double step = 1e-5;
    for (String row : List.of("x", "y")) {
      for (String column : List.of("x", "y")) {
        Map<String, Double> up = new java.util.HashMap<>(Map.of("x", 1.0, "y", 2.0));
        Map<String, Double> down = new java.util.HashMap<>(up);
        up.merge(row, step, Double::sum);
        down.merge(row, -step, Double::sum);
        double difference = (Leibniz.gradient("x^3*y^2 + sin(x*y)", up).get(column)
            - Leibniz.gradient("x^3*y^2 + sin(x*y)", down).get(column)) / (2 * step);
        assertClose(difference, h.get(row).get(column), 1e-6);
      }
    }
    // d2/dx2 = 6*x*y^2 - y^2*sin(x*y) at (1, 2): 24 - 4*sin(2).
    assertClose(24 - 4 * Math.sin(2), h.get("x").get("x"), 1e-12);
    // sqrt(x)*y^2 at x = 0: the partial by x is undefined, so its row is NaN; d2/dy2 = 2*sqrt(x).
    Map<String, Map<String, Double>> cusp = Leibniz.hessian("sqrt(x)*y^2",
        Map.of("x", 0.0, "y", 1.0));
    assertTrue(Double.isNaN(cusp.get("x").get("x")));
    assertTrue(Double.isNaN(cusp.get("y").get("x")));
    assertEquals(0.0, cusp.get("y").get("y"));
    // On a kink: sides that disagree give NaN (x*abs(x): 2*sign(x) at 0).
    assertTrue(Double.isNaN(Leibniz.hessian("x*abs(x)", Map.of("x", 0.0)).get("x").get("x")));
    // Where the tape has no number (0 times an infinite slope), the entry's own expression:
    // d2/dx2 cbrt(x)^7 = 28*cbrt(x)/9, 0 at 0.
    assertEquals(0.0, Leibniz.hessian("cbrt(x)^7", Map.of("x", 0.0)).get("x").get("x"));
    // An overflowing value or partial says nothing of the other entries.
    Map<String, Map<String, Double>> over = Leibniz.hessian("e^(1000*x) + y^2",
        Map.of("x", 1.0, "y", 1.0));
    assertTrue(Double.isNaN(over.get("x").get("x")));
    assertEquals(0.0, over.get("y").get("x"));
    assertEquals(2.0, over.get("y").get("y"));
    assertEquals(2e300, Leibniz.hessian("x^2 + 10^300*y^2", Map.of("x", 3.0, "y", 1e10))
        .get("y").get("y"), 1e286);
  }

  @Test
  void gradientByReverseModeMatchesTheSymbolicPartials() {
    Map<String, Double> g = Leibniz.gradient(LECTURE, AT_2_3);
    assertEquals(List.of("x", "z"), List.copyOf(g.keySet()));
    assertClose(DFDX, g.get("x"), 1e-12);
    assertClose(DFDZ, g.get("z"), 1e-12);
  }

  @Test
  void compiledGradientIsReusableAtManyPoints() {
    CompiledGradient tape = Expression.parse("x^2*z + sin(z)").compile();
    assertEquals(List.of("x", "z"), tape.variables());
    double[] grad = new double[2];
    for (double x = -2; x <= 2; x += 0.5) {
      double value = tape.gradient(new double[] {x, 0.7}, grad);
      assertClose(x * x * 0.7 + Math.sin(0.7), value, 1e-14);
      assertClose(2 * x * 0.7, grad[0], 1e-14);
      assertClose(x * x + Math.cos(0.7), grad[1], 1e-14);
    }
  }

  @Test
  void mixedAndHigherPartials() {
    Expression f = Expression.parse("x^3*z^2");
    assertEquals("6*x^2*z", f.derivative("x", "z").toString());
    assertEquals("sin(x)", Expression.parse("sin(x)").derivative("x", 4).toString());
    assertEquals("0", f.derivative("y").toString());
  }

  @Test
  void variablesLatexAndSimplify() {
    Expression f = Expression.parse("x10 + x2 + theta");
    assertEquals(Set.of("theta", "x2", "x10"), f.variables());
    assertEquals(List.of("theta", "x2", "x10"), List.copyOf(f.variables()));
    assertTrue(Expression.parse(LECTURE).derivative("x").toLatex().contains("\\frac"));
    assertEquals("x^2 + 1", Leibniz.simplify("sin(x)^2 + cos(x)^2 + x*x"));
  }

  @Test
  void cseBindsSharedSubexpressionsOnceForAllExpressions() {
    Expression f = Expression.parse("sin(sin(sin(x)))");
    assertEquals("t1 = sin(x)\ncos(x)*cos(t1)*cos(sin(t1))", f.derivative("x").toCseString());
    Expression g = Expression.parse(LECTURE);
    List<String> lines = Expression.cse(List.of(g.derivative("x"), g.derivative("z"))).lines();
    assertEquals(List.of("t1 = e^(x*z)", "t2 = ln(x)", "t3 = sin(t2)",
        "z*t1 + z/t2 - z/t2^2 + cos(t2)/(x^2*z) - t3/(x^2*z)", "x*t1 + x/t2 - t3/(x*z^2)"),
        lines);
  }

  @Test
  void badInputIsALeibnizExceptionWithAColumn() {
    LeibnizException e = assertThrows(LeibnizException.class, () -> Leibniz.parse("sin(x))"));
    assertEquals(7, e.column());
    assertEquals("error: unexpected ')' at column 7\n  sin(x))\n        ^", e.display());
    LeibnizException missing = assertThrows(LeibnizException.class,
        () -> Leibniz.evaluate("x + y", Map.of("x", 1.0)));
    assertTrue(missing.getMessage().contains("'y'"), missing.getMessage());
  }

  private static double centralDifference(java.util.function.DoubleUnaryOperator f, double x) {
    double h = 1e-4;
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }

  private static void assertClose(double expected, double actual, double relative) {
    double scale = Math.max(1, Math.abs(expected));
    assertTrue(Math.abs(expected - actual) <= relative * scale,
        () -> "expected " + expected + " but was " + actual);
  }
}

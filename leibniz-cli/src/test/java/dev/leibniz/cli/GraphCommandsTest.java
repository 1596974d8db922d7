package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import org.junit.jupiter.api.Test;

class GraphCommandsTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  @Test
  void gradientByReverseMode() {
    CliRun r = CliRun.of("grad", LECTURE, "--at", "x=2,z=3");
    assertEquals(0, r.code(), r.err());
    assertEquals("value = 412.19145728412116\nd/dx = 1208.3812151266095\n"
        + "d/dz = 809.707479218564", r.text());
  }

  @Test
  void gradientWhereTheFunctionIsUndefinedIsAnError() {
    CliRun r = CliRun.of("grad", "ln(x)*z", "--at", "x=-1,z=1");
    assertEquals(1, r.code());
    assertEquals("error: ln undefined at x = -1, z = 1", r.err().strip());
  }

  @Test
  void hessianSymbolicallyAndByReverseModeOverTheGradient() {
    CliRun r = CliRun.of("hessian", "x^3*z^2", "--at", "x=2,z=3");
    assertEquals("""
        value = 72.0
        d2/dx2 = 6*x*z^2 = 108.0
        d2/dz dx = 6*x^2*z = 72.0
        d2/dz2 = 2*x^3 = 16.0
        """, r.out());
  }

  @Test
  void hessianPrintsTheSimplifiedPartialsUnlessAskedNotTo() {
    String f = "x^2*sin(y)/(x+1)";
    CliRun simplified = CliRun.of("hessian", f, "--at", "x=2,y=3");
    assertEquals("""
        value = 0.1881600107464896
        d2/dx2 = 2*sin(y)/(x + 1)^3 = 0.010453333930360534
        d2/dy dx = x*cos(y)*(x + 2)/(x + 1)^2 = -0.879993330311507
        d2/dy2 = -x^2*sin(y)/(x + 1) = -0.1881600107464896
        """, simplified.out());
    CliRun canonical = CliRun.of("hessian", f, "--at", "x=2,y=3", "--simplify", "none");
    assertTrue(canonical.out().contains("d2/dx2 = 2*x^2*sin(y)/(x + 1)^3 - 4*x*sin(y)/(x + 1)^2"
        + " + 2*sin(y)/(x + 1) = 0.010453333930360534"), canonical.out());
    // Each printed form against central second differences of f, away from the point above.
    Expression g = Expression.parse(f);
    String[] rows = simplified.out().split("\n");
    double x = 0.7;
    double y = -1.3;
    double h = 1e-3;
    double xx = (value(g, x + h, y) - 2 * value(g, x, y) + value(g, x - h, y)) / (h * h);
    double xy = (value(g, x + h, y + h) - value(g, x + h, y - h) - value(g, x - h, y + h)
        + value(g, x - h, y - h)) / (4 * h * h);
    double yy = (value(g, x, y + h) - 2 * value(g, x, y) + value(g, x, y - h)) / (h * h);
    double[] expected = {xx, xy, yy};
    for (int i = 0; i < 3; i++) {
      String form = rows[i + 1].split(" = ")[1];
      assertEquals(expected[i], value(Expression.parse(form), x, y), 1e-5, form);
    }
  }

  private static double value(Expression e, double x, double y) {
    return e.evaluate(java.util.Map.of("x", x, "y", y));
  }

  @Test
  void severalExpressionsGiveTheJacobian() {
    CliRun r = CliRun.of("grad", "x*y, x + y, sin(x), log(2, x)", "--at", "x=1,y=2");
    assertEquals("""
        x*y = 2.0: d/dx = 2.0, d/dy = 1.0
        x + y = 3.0: d/dx = 1.0, d/dy = 1.0
        sin(x) = 0.8414709848078965: d/dx = 0.5403023058681398, d/dy = 0.0
        ln(x)/ln(2) = 0.0: d/dx = 1.4426950408889634, d/dy = 0.0
        """, r.out());
    assertEquals(Math.cos(1), 0.5403023058681398, 1e-16);
    assertEquals(1 / Math.log(2), 1.4426950408889634, 1e-16);
    CliRun bad = CliRun.of("grad", "x*y, x +", "--at", "x=1,y=2");
    assertTrue(bad.err().contains("at column 9"), bad.err());
  }

  @Test
  void graphTraceAndDot() {
    CliRun trace = CliRun.of("graph", LECTURE, "--at", "x=2,z=3");
    assertTrue(trace.out().startsWith("a = x*z = 6\nb = ln(x) = 0.6931471805599453\n"),
        trace.out());
    assertTrue(trace.out().contains("g_z = g_a*x = 809.707479218564"), trace.out());
    CliRun dot = CliRun.of("graph", LECTURE, "--at", "x=2,z=3", "--dot");
    assertTrue(dot.out().startsWith("digraph"), dot.out());
  }

  @Test
  void graphOutsideTheDomainSaysWhyInsteadOfTracingNaNs() {
    CliRun r = CliRun.of("graph", "ln(x)", "--at", "x=-1");
    assertEquals(1, r.code());
    assertEquals("error: ln undefined at x = -1", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void graphNeedsAValueForEachVariable() {
    CliRun r = CliRun.of("graph", "x*z", "--at", "x=2");
    assertEquals(2, r.code(), "a usage error");
    assertEquals("error: no value for z: --at x=2,z=3\nTry 'leibniz graph --help'.",
        r.err().strip());
    CliRun none = CliRun.of("graph", "x*z");
    assertEquals(2, none.code(), "no --at: the message shows how to give one");
    assertEquals("error: graph needs a point: --at x=2,z=3\nTry 'leibniz graph --help'.",
        none.err().strip());
  }

  @Test
  void checkProvesTheDerivative() {
    CliRun r = CliRun.of("diff", LECTURE, "--wrt", "x", "--check");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.text().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].startsWith("check: ok"), lines[1]);
  }

  @Test
  void codegenPrintsAFunctionOfTheValueAndGradient() {
    CliRun c = CliRun.of("codegen", "x*sin(x)", "--lang", "c", "--name", "g");
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().startsWith("#include <math.h>\n"), c.out());
    assertTrue(c.out().contains("double g(double x, double gradient[1]) {\n"), c.out());
    assertTrue(c.out().contains("  double t1 = sin(x);\n"), c.out());
    CliRun python = CliRun.of("codegen", "x*sin(x)", "--lang", "PYTHON");
    assertTrue(python.out().contains("def f(x):\n"), python.out());
    CliRun bad = CliRun.of("codegen", "x", "--lang", "fortran");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("no language 'fortran': expected one of java, c, python"),
        bad.err());
    CliRun typo = CliRun.of("codegen", "x +", "--lang", "java");
    assertEquals(1, typo.code());
    assertTrue(typo.err().contains("column"), typo.err());
  }
}

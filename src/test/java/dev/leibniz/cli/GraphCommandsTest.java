package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void hessianByDifferencesOfGradients() {
    CliRun r = CliRun.of("hessian", "x^3*z^2", "--at", "x=2,z=3");
    String[] lines = r.text().split("\n");
    assertEquals("value = 72.0", lines[0]);
    assertTrue(lines[1].startsWith("d2/dx2 = "), lines[1]);
    assertEquals(6 * 2 * 9, Double.parseDouble(lines[1].substring(9)), 1e-6);
    assertTrue(lines[2].startsWith("d2/dz dx = "), lines[2]);
    assertEquals(72, Double.parseDouble(lines[2].substring(11)), 1e-6);
    assertEquals(16, Double.parseDouble(lines[3].substring(9)), 1e-6);
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
  void graphNeedsAValueForEachVariable() {
    CliRun r = CliRun.of("graph", "x*z", "--at", "x=2");
    assertEquals(1, r.code());
    assertEquals("error: no value for variable 'z'", r.err().strip());
    assertEquals(2, CliRun.of("graph", "x*z").code());
  }

  @Test
  void checkProvesTheDerivative() {
    CliRun r = CliRun.of("diff", LECTURE, "--wrt", "x", "--check");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.text().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[1].startsWith("check: ok"), lines[1]);
  }
}

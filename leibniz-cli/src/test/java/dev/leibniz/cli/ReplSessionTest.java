package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplSessionTest {
  private final ReplSession session = new ReplSession(true);

  private static double at(String printed, double x) {
    return CliRun.valueOf(printed, Map.of("x", x));
  }

  @Test
  void expressionOfOneVariableShowsItsDerivative() {
    String d = session.handle("x^2*sin(x)");
    assertEquals("x*(x*cos(x) + 2*sin(x))", d);
    assertEquals(4 * Math.cos(2) + 4 * Math.sin(2), at(d, 2), 1e-12);
    assertFalse(session.failed());
  }

  @Test
  void expressionOfSeveralVariablesShowsEveryPartial() {
    assertEquals("d/dx = 2*x*z\nd/dz = x^2", session.handle("x^2*z"));
  }

  @Test
  void wrtChoosesTheVariable() {
    assertEquals("differentiating by z", session.handle(":wrt z"));
    assertEquals("x^2", session.handle("x^2*z"));
    assertEquals("d/dz> ", session.prompt());
    session.handle(":wrt");
    assertEquals("d/dx = 2*x*z\nd/dz = x^2", session.handle("x^2*z"));
  }

  @Test
  void atShowsValuesBesideResults() {
    assertEquals("values at x = 2, z = 3", session.handle(":at x=2 z=3"));
    assertEquals("3*x^2   [= 12.0 ✓]", session.handle("x^3"));
    assertEquals("d/dx = z   [= 3.0 ✓]\nd/dz = x   [= 2.0 ✓]", session.handle("x*z"));
    assertEquals("6.0", session.handle(":eval x*z"));
    assertEquals("step(x)   [= 1.0 ✓]", handleAt(":at x=2", "relu(x)"));
    // On a kink proper there is no derivative, and the REPL says so.
    assertEquals("step(x)   [none, the point is on the kink of relu (at 0)]",
        handleAt(":at x=0", "relu(x)"));
    assertEquals("sign(x)   [none, the point is on the kink of abs (at 0)]",
        session.handle("abs(x)"));
    Witness.assertPartial("abs(x)", List.of("x"), "sign(x)", Map.of("x", -0.8));
    // Where the sides agree the derivative exists: its value, with no mark (finite differences
    // cannot witness it there).
    assertEquals("2*abs(x)   [= 0.0]", session.handle("x*abs(x)"));
    Witness.assertPartial("x*abs(x)", List.of("x"), "2*abs(x)", Map.of("x", -0.8));
    assertEquals(0.0, Witness.partial("x*abs(x)", Map.of("x", 0.0), List.of("x")), 1e-4);
    String undefined = handleAt(":at x=-1", "sqrt(x)");
    assertTrue(undefined.matches(".*   \\[.*undefined at x = -1\\]"), undefined);
  }

  /** The REPL's values come from the input as written: none where it is undefined. */
  @Test
  void valuesAreThoseOfTheInputAsWritten() {
    session.handle(":at x=-4");
    assertEquals("1   [sqrt(x) undefined at x = -4]", session.handle("sqrt(x)^2"));
    assertEquals("error: sqrt(x) undefined at x = -4", session.handle(":eval sqrt(x)^2"));
    session.handle("f := x/x");
    assertEquals("error: division by zero at x = 0", handleAt(":at x=0", ":eval f + 1"));
    assertEquals("4.0", handleAt(":at x=3", ":eval f + 3"));
    assertEquals("2*x   [= 6.0 ✓]", session.handle("f*x^2"));
    assertEquals(6.0, at("2*x", 3), 1e-12);
  }

  private String handleAt(String at, String line) {
    session.handle(at);
    return session.handle(line);
  }

  @Test
  void stepsOfTheLastResult() {
    session.handle("xz/ln(x)");
    session.handle(":wrt x");
    String d = session.handle("xz/ln(x)");
    String steps = session.handle(":steps");
    assertTrue(steps.startsWith("Quotient rule: d/dx(x*z/ln(x)) = "), steps);
    assertTrue(steps.endsWith("= " + d), steps);
  }

  @Test
  void stepsOfTheLastResultEndWithTheSimplification() {
    String d = session.handle("x/(x+1)");
    assertEquals("1/(x + 1)^2", d);
    Witness.assertPartial("x/(x+1)", List.of("x"), d, Map.of("x", 0.6));
    List<String> steps = List.of(session.handle(":steps").split("\n"));
    assertEquals("Quotient rule: d/dx(x/(x + 1)) = 1/(x + 1) - x/(x + 1)^2", steps.get(0));
    assertEquals(List.of("Common denominator: 1/(x + 1)^2", "= 1/(x + 1)^2"),
        steps.subList(steps.size() - 2, steps.size()));
  }

  @Test
  void operatorsInTheLine() {
    String first = session.handle("d/dx x^3*z^2");
    assertEquals("3*x^2*z^2", first);
    assertEquals(108.0, CliRun.valueOf(first, Map.of("x", 2.0, "z", 3.0)), 0);
    String second = session.handle("d2/dx2 x^4");
    assertEquals("12*x^2", second);
    assertEquals(48.0, at(second, 2), 0);
    assertEquals("12*x^2", session.handle("d^2/dx^2 x^4"));
    String mixed = session.handle("d/dx d/dz x^3*z^2");
    assertEquals("6*x^2*z", mixed);
    assertEquals(72.0, CliRun.valueOf(mixed, Map.of("x", 2.0, "z", 3.0)), 0);
    assertEquals("2*x", session.handle("d/dx(x^2)"));
    assertEquals("2*x1", session.handle("d/dx1 x1^2"));
    assertEquals("2*theta", session.handle("d/dθ θ^2"));
  }

  @Test
  void namesAndAnsAreSubstitutedAsWholeWordsAndInLetterRuns() {
    assertEquals("f = x^2 + 1", session.handle("f := x^2 + 1"));
    assertEquals("2*x", session.handle("d/dx f"));
    String twice = session.handle("ans*f");
    // d/dx (2x (x^2 + 1)) = 6x^2 + 2
    assertEquals(26.0, at(twice, 2), 1e-12);
    assertEquals("0", session.handle("d/dx ans - ans"));
    assertTrue(session.handle("d/dx 2f").contains("4*x"));
    // The run "xf" splits into x and f, and that f is the name: x*(x^2 + 1), as x*f is.
    assertEquals("1", session.handle("d/dx xf - x*f + x"));
    assertEquals("3*x^2 + 1", session.handle("d/dx xf"));
  }

  /** Names are put in place as trees, so an error points into the line as it was typed. */
  @Test
  void anErrorInALineWithNamesPointsIntoTheLineAsTyped() {
    session.handle("f := x^2 + 1");
    session.handle("x^3");
    assertEquals("error: unexpected ')' at column 7\n  2f*ans)\n        ^",
        session.handle("2f*ans)"));
    assertTrue(session.failed());
    String d = session.handle("d/dx f*ans");
    // d/dx ((x^2 + 1)*3x^2) = 12x^3 + 6x
    assertEquals(12 * 8 + 12, at(d, 2), 1e-12);
  }

  @Test
  void operatorAloneAppliesToAns() {
    session.handle("x^4");
    assertEquals("12*x^2", session.handle("d/dx"));
  }

  @Test
  void errorShowsTheCaretAndTheSessionGoesOn() {
    String error = session.handle("sin(x))");
    assertTrue(session.failed());
    assertEquals("error: unexpected ')' at column 7\n  sin(x))\n        ^", error);
    assertEquals("cos(x)", session.handle("sin(x)"));
    assertFalse(session.failed());
    session.handle(":nonsense");
    assertTrue(session.failed());
    session.handle("ans := 3");
    assertTrue(session.failed());
    session.handle("sin := 3");
    assertTrue(session.failed());
    assertEquals("-sin(x)", session.handle("ans"));
  }

  @Test
  void ansAfterSeveralPartialsIsAnError() {
    session.handle("x*z");
    String error = session.handle("ans");
    assertTrue(session.failed());
    assertTrue(error.startsWith("error: "), error);
  }

  @Test
  void latexSimplifyAndQuit() {
    session.handle("z/ln(x)");
    String[] latex = session.handle(":latex").split("\n");
    assertEquals(2, latex.length);
    assertTrue(latex[0].startsWith("\\frac{\\partial f}{\\partial x} = "), latex[0]);
    assertEquals("\\frac{\\partial f}{\\partial z} = \\frac{1}{\\ln\\left(x\\right)}", latex[1]);
    assertEquals("4*x", session.handle(":simplify x + 3x"));
    assertTrue(session.handle(":help").contains(":wrt"));
    assertFalse(session.finished());
    session.handle(":quit");
    assertTrue(session.finished());
  }

  @Test
  void graphAndCheck() {
    session.handle(":at x=2 z=3");
    session.handle("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    String graph = session.handle(":graph");
    assertTrue(graph.contains("g_x = g_a*z + g_b/x = 1208.3812151266095"), graph);
    assertTrue(session.handle(":check").contains("check: ok"));
  }

  @Test
  void onAPipeCommandsThatOnlyChangeStatePrintNothing() {
    ReplSession quiet = new ReplSession(false);
    assertEquals("", quiet.handle(":wrt x"));
    assertEquals("", quiet.handle("f := x^3"));
    assertEquals("", quiet.handle("# a comment"));
    assertEquals("3*x^2", quiet.handle("f"));
  }

  @Test
  void pipeLoopPrintsOnlyResultsAndFailsWithOne() {
    CliRun ok = CliRun.withInput("x^3\n\n:wrt x\nx*z\n", "repl");
    assertEquals(0, ok.code());
    assertEquals("3*x^2\nz\n", ok.out());
    CliRun bad = CliRun.withInput("sin(x))\nx^2\n", "repl");
    assertEquals(1, bad.code());
    assertEquals("2*x\n", bad.out());
    assertTrue(bad.err().contains("^"));
  }
}

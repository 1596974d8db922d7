package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";
  private static final Map<String, Double> AT_2_3 = Map.of("x", 2.0, "z", 3.0);

  @Test
  void evalOfTheLectureFunctionPrintsEveryDigit() {
    CliRun r = CliRun.of("eval", LECTURE, "--at", "x=2,z=3");
    assertEquals(0, r.code(), r.err());
    assertEquals("412.19145728412116", r.text());
  }

  @Test
  void evalAcceptsSpacesAndConstantsInThePoint() {
    CliRun r = CliRun.of("eval", "sin(x)*z", "--at", "x=pi/2 z=-3");
    assertEquals("-3.0", r.text());
  }

  @Test
  void evalOutsideTheDomainSaysWhereAndExitsOne() {
    CliRun r = CliRun.of("eval", "ln(x)", "--at", "x=-1");
    assertEquals(1, r.code());
    assertEquals("error: ln undefined at x = -1", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void evalWithoutAValueForAVariableIsAUsageError() {
    CliRun r = CliRun.of("eval", "x*z", "--at", "x=1");
    assertEquals(2, r.code());
    assertEquals("error: no value for z: --at x=1,z=3\nTry 'leibniz eval --help'.",
        r.err().strip());
  }

  @Test
  void malformedExpressionShowsACaretAndNoException() {
    CliRun r = CliRun.of("print", "sin(x))");
    assertEquals(1, r.code());
    assertEquals("error: unexpected ')' at column 7\n  sin(x))\n        ^\n", r.err());
    assertFalse(r.err().contains("Exception"));
    assertFalse(r.err().contains(".java"));
  }

  @Test
  void printRoundTrips() {
    String printed = CliRun.of("print", LECTURE).text();
    assertEquals(printed, CliRun.of("print", printed).text());
    assertEquals(412.19145728412116, CliRun.valueOf(printed, AT_2_3), 1e-9);
  }

  @Test
  void printInLatex() {
    assertEquals("\\frac{z}{\\ln\\left(x\\right)}",
        CliRun.of("print", "z/ln(x)", "--format", "latex").text());
  }

  @Test
  void diffOfOneVariableNeedsNoWrt() {
    CliRun r = CliRun.of("diff", "x^2*sin(x)");
    assertEquals(0, r.code());
    double x = 2;
    assertEquals(2 * x * Math.sin(x) + x * x * Math.cos(x),
        CliRun.valueOf(r.text(), Map.of("x", x)), 1e-12);
  }

  @Test
  void diffOfTheLectureFunctionByEachVariable() {
    CliRun dx = CliRun.of("diff", LECTURE, "--wrt", "x");
    CliRun dz = CliRun.of("diff", LECTURE, "--wrt", "z");
    // The order of the terms is the printer's business; the values are the command's.
    assertTrue(dx.text().startsWith("z*e^(x*z) "), dx.text());
    assertEquals(1208.3812151266095, CliRun.valueOf(dx.text(), AT_2_3), 1e-9);
    assertEquals(809.707479218564, CliRun.valueOf(dz.text(), AT_2_3), 1e-9);
  }

  @Test
  void diffOfSeveralVariablesPrintsEveryPartial() {
    CliRun r = CliRun.of("diff", "x^2*z");
    String[] lines = r.text().split("\n");
    assertEquals(2, lines.length);
    assertEquals("d/dx = 2*x*z", lines[0]);
    assertEquals("d/dz = x^2", lines[1]);
    assertEquals(12.0, CliRun.valueOf("2*x*z", AT_2_3), 0);
  }

  @Test
  void diffOfAConstantIsZero() {
    assertEquals("0", CliRun.of("diff", "pi^2").text());
  }

  @Test
  void twoWrtGiveTheMixedPartialAlone() {
    CliRun r = CliRun.of("diff", "x^3*z^2", "--wrt", "x", "--wrt", "z");
    assertEquals("6*x^2*z", r.text());
    assertEquals(72.0, CliRun.valueOf(r.text(), AT_2_3), 1e-12);
  }

  @Test
  void orderRepeatsTheDerivative() {
    CliRun r = CliRun.of("diff", "x^5", "--order", "3");
    assertEquals("60*x^2", r.text());
    assertEquals(240.0, CliRun.valueOf(r.text(), Map.of("x", 2.0)), 0);
  }

  @Test
  void stepsNameTheRulesThenTheResult() {
    CliRun r = CliRun.of("diff", LECTURE, "--wrt", "x", "--steps");
    String[] lines = r.text().split("\n");
    assertTrue(r.text().contains("Quotient rule: d/dx(x*z/ln(x)) = "), r.text());
    for (String rule : new String[] {"Sum rule", "Constant multiple rule", "Chain rule"}) {
      assertTrue(r.text().contains(rule), rule);
    }
    assertEquals(CliRun.of("diff", LECTURE, "--wrt", "x").text(), lines[lines.length - 1]);
  }

  @Test
  void stepsShowTheSimplificationAfterTheRules() {
    String f = "ln(x+sqrt(x^2+1))";
    List<String> lines = List.of(CliRun.of("diff", f, "--steps").text().split("\n"));
    int n = lines.size();
    assertTrue(lines.get(0).startsWith("Chain rule with the ln rule"), lines.get(0));
    assertEquals("Common denominator: (x + sqrt(x^2 + 1))/((x + sqrt(x^2 + 1))*sqrt(x^2 + 1))",
        lines.get(n - 3));
    assertEquals("Cancel (x + sqrt(x^2 + 1)): 1/sqrt(x^2 + 1)", lines.get(n - 2));
    assertEquals("1/sqrt(x^2 + 1)", lines.get(n - 1));
    assertEquals(CliRun.of("diff", f).text(), lines.get(n - 1));
    for (double x : new double[] {-1.2, 0.3, 2.5}) {
      Witness.assertPartial(f, List.of("x"), lines.get(n - 1), Map.of("x", x));
    }
    // The form the rules build: no simplification, so no steps of it.
    String rules = CliRun.of("diff", f, "--steps", "--simplify", "none").text();
    assertFalse(rules.contains("Common denominator") || rules.contains("Cancel"), rules);
    assertTrue(rules.endsWith("\n(x/sqrt(x^2 + 1) + 1)/(x + sqrt(x^2 + 1))"), rules);
  }

  @Test
  void stepsOfTheSimplificationInLatex() {
    List<String> lines = List.of(CliRun.of("diff", "tan(x) - x", "--steps", "--format", "latex")
        .text().split("\n"));
    assertEquals("Pythagorean identity: \\tan\\left(x\\right)^{2}",
        lines.get(lines.size() - 2));
    Witness.assertPartial("tan(x) - x", List.of("x"), "tan(x)^2", Map.of("x", 0.4));
  }

  @Test
  void diffInLatex() {
    CliRun r = CliRun.of("diff", LECTURE, "--wrt", "x", "--format", "latex");
    assertTrue(r.text().contains("\\frac"), r.text());
  }

  @Test
  void expressionStartingWithMinusIsAnArgument() {
    CliRun r = CliRun.of("diff", "-x^2");
    assertEquals(0, r.code(), r.err());
    assertEquals("-2*x", r.text());
    assertEquals(-4.0, CliRun.valueOf(r.text(), Map.of("x", 2.0)), 0);
    assertEquals("-2*x", CliRun.of("diff", "--wrt", "x", "--", "-x^2").text());
    assertEquals("-4.0", CliRun.of("eval", "-x^2", "--at", "x=2").text());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of("diff").code());
    assertEquals(2, CliRun.of("diff", "x", "--order", "many").code());
    assertEquals(2, CliRun.of("diff", "x", "--order", "-1").code());
    assertEquals(2, CliRun.of("frobnicate", "x").code());
    assertEquals(2, CliRun.of("diff", "x", "--format", "pdf").code());
  }

  @Test
  void wrtThatIsNotAVariableIsAUsageError() {
    CliRun r = CliRun.of("diff", "x^2", "--wrt", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("error: Invalid value for option '--wrt' (VAR): "), r.err());
  }

  @Test
  void printShowsTheCanonicalForm() {
    assertEquals("4*x", CliRun.of("print", "x + x + 2*x").text());
    assertEquals("1/(x + 1) - x/(x + 1)^2", CliRun.of("print", "1/(x+1) - x/(x+1)^2").text());
  }

  @Test
  void simplifyFindsTheShortestForm() {
    assertEquals("1/(x + 1)^2", CliRun.of("simplify", "1/(x+1) - x/(x+1)^2").text());
    assertEquals("x + 1", CliRun.of("simplify", "(x^2 - 1)/(x - 1)").text());
    assertEquals("2*cos(2*x)", CliRun.of("simplify", "2cos(x)^2 - 2sin(x)^2").text());
    assertEquals("\\frac{1}{\\left(x + 1\\right)^{2}}",
        CliRun.of("simplify", "1/(x+1) - x/(x+1)^2", "--format", "latex").text());
    assertEquals("1/(x + 1)^2", CliRun.of("diff", "x/(x+1)").text());
    assertEquals("1/(x + 1) - x/(x + 1)^2", CliRun.of("diff", "x/(x+1)", "--simplify", "none").text());
    // Only rewrites valid on the real domain: sqrt(x^2) is |x|, not x.
    assertEquals("abs(x)", CliRun.of("simplify", "sqrt(x^2)").text());
  }

  @Test
  void versionAndHelp() {
    assertEquals("leibniz 0.1.0", CliRun.of("--version").text());
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("diff"));
    assertEquals(0, CliRun.of("diff", "--help").code());
  }

  /**
   * The help's exit codes say what README's table says: 1 also for a failed check, a failed
   * batch or REPL line and a partial that cannot be given; 2 for an option's value that is not
   * one. Each case is run here to hold the words to the codes.
   */
  @Test
  void theHelpsExitCodesAgreeWithTheReadme() throws IOException {
    String help = CliRun.of("--help").out().replace("\r", "");
    String codes = help.substring(help.indexOf("Exit codes:"));
    assertEquals("Exit codes:\n"
        + "  0  ok\n"
        + "  1  a bad expression, an evaluation error, a failed check, a failed batch or\n"
        + "     REPL line, or a partial that cannot be given (its line says why)\n"
        + "  2  a usage error: an unknown command or option, a missing argument, an\n"
        + "     option's value that is not one (--at x=abc, --shape \"W: 3y4\")\n", codes);
    String readme = Files.readString(Path.of("..", "README.md"));
    String table = readme.substring(readme.indexOf("### Exit codes"));
    for (String words : List.of("a failed check", "any line failed",
        "a partial that cannot be given", "an option's value that is not one")) {
      assertTrue(table.contains(words), words);
    }
    assertEquals(1, CliRun.withInput("sin(x))\n", "batch", "-").code(), "a failed batch line");
    assertEquals(1, CliRun.withInput("sin(x))\n", "repl").code(), "a failed REPL line");
    assertEquals(1, CliRun.of("grad", "(x*y)^(1/3)", "--at", "x=2,y=0").code(),
        "a partial that cannot be given");
    assertEquals(2, CliRun.of("diff", "x", "--shape", "W: 3y4").code(), "a bad option value");
    assertEquals(2, CliRun.of("eval", "x", "--at", "x=abc").code(), "a bad option value");
  }

  @Test
  void noArgumentsStartsTheReplOnStandardInput() {
    CliRun r = CliRun.withInput("x^3\n");
    assertEquals(0, r.code());
    assertEquals("3*x^2", r.text());
  }

  @Test
  void deepNestingIsAnErrorLineNotAStackTrace() {
    String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
    CliRun r = CliRun.of("diff", deep, "--wrt", "x");
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("StackOverflow"), r.err());
    if (r.code() != 0) assertTrue(r.err().startsWith("error: "), r.err());
  }
}

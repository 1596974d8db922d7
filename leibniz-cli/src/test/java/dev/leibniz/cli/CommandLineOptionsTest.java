package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options against expressions that start with a minus sign. */
class CommandLineOptionsTest {
  private static final List<String> COMMANDS = List.of(
      "diff", "eval", "print", "simplify", "grad", "hessian", "graph", "batch", "repl");

  @Test
  void dashHIsEachCommandsHelp() {
    for (String command : COMMANDS) {
      for (String help : new String[] {"-h", "--help"}) {
        CliRun r = CliRun.of(command, help);
        assertEquals(0, r.code(), command + " " + help + ": " + r.err());
        assertTrue(r.out().startsWith("Usage: leibniz " + command + " "), r.out());
        assertTrue(r.out().contains("-h, --help"), r.out());
      }
    }
    // It used to print -1, the derivative of -h.
    assertFalse(CliRun.of("diff", "-h").text().equals("-1"));
  }

  @Test
  void versionOnACommandPrintsTheVersion() {
    for (String command : COMMANDS) {
      assertEquals(Main.VERSION, CliRun.of(command, "--version").text(), command);
      assertEquals(Main.VERSION, CliRun.of(command, "-V").text(), command);
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRun longOption = CliRun.of("diff", "--foo");
    assertEquals(2, longOption.code());
    assertEquals("", longOption.out());
    assertEquals("error: unknown option '--foo'\nTry 'leibniz diff --help'.\n", longOption.err());
    CliRun shortOption = CliRun.of("diff", "-q");
    assertEquals(2, shortOption.code());
    assertEquals("", shortOption.out());
    assertEquals("error: unknown option '-q'; an expression that starts with '-' goes after "
        + "'--': leibniz diff -- -q\nTry 'leibniz diff --help'.\n", shortOption.err());
    assertEquals("error: unknown option '-q'\nTry 'leibniz --help'.\n", CliRun.of("-q").err());
    for (String[] args : new String[][] {{"diff", "x", "-q"}, {"diff", "-q", "x"},
        {"diff", "x", "--foo"}, {"eval", "--frob=3", "x"}, {"grad", "x", "--at", "x=1", "-v"},
        {"batch", "-", "--jsonl"}, {"--foo"}}) {
      CliRun r = CliRun.of(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().startsWith("error: unknown option '-"), r.err());
    }
  }

  @Test
  void aWrtThatNamesNoVariableIsAUsageError() {
    Map<String, String> refusals = Map.of("x y", "'x y' is not a variable name",
        "2x", "'2x' is not a variable name", "", "missing variable name");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      for (String command : new String[] {"diff", "batch"}) {
        CliRun r = CliRun.of(command, command.equals("diff") ? "x^2" : "-", "--wrt",
            refusal.getKey());
        assertEquals(2, r.code(), command + " --wrt '" + refusal.getKey() + "': " + r.err());
        assertEquals("", r.out());
        assertEquals("error: Invalid value for option '--wrt' (VAR): " + refusal.getValue()
            + "\nTry 'leibniz " + command + " --help'.\n", r.err());
      }
    }
    // A Greek letter is its name, as in an expression.
    CliRun greek = CliRun.of("diff", "sin(theta)", "--wrt", "θ");
    assertEquals(0, greek.code(), greek.err());
    assertEquals("cos(theta)", greek.text());
    assertEquals(Math.cos(0.3), CliRun.valueOf(greek.text(), Map.of("theta", 0.3)), 1e-12);
  }

  @Test
  void anExpressionThatStartsWithMinusIsStillAnExpression() {
    assertEquals("-1.0", CliRun.of("eval", "-1").text());
    assertEquals("-0.25", CliRun.of("eval", "-2.5e-1").text());
    String d = CliRun.of("diff", "-x^2").text();
    assertEquals("-2*x", d);
    Witness.assertPartial("-x^2", List.of("x"), d, Map.of("x", 1.3));
    String dsin = CliRun.of("diff", "-sin(x)").text();
    assertEquals("-cos(x)", dsin);
    Witness.assertPartial("-sin(x)", List.of("x"), dsin, Map.of("x", 1.3));
    assertEquals("-4.0", CliRun.of("eval", "-x*y", "--at", "x=2,y=2").text());
  }

  @Test
  void anExpressionThatLooksLikeAnOptionGoesAfterTheEndOfOptions() {
    assertEquals("-1", CliRun.of("diff", "--", "-x").text());
    assertEquals("-2.0", CliRun.of("eval", "--at", "x=2", "--", "-x").text());
    assertEquals("-y", CliRun.of("diff", "--wrt", "x", "--", "-xy").text());
    CliRun late = CliRun.of("eval", "--", "-x", "--at", "x=2");
    assertEquals(2, late.code());
    assertEquals("error: options go before '--', after which every argument is an expression: "
        + "leibniz eval --at x=2 -- -x\nTry 'leibniz eval --help'.\n", late.err());
  }

  @Test
  void looksLikeAnOptionFollowsGetopt() {
    for (String option : new String[] {"-q", "-xy", "--foo", "--foo=1", "--dry-run"}) {
      assertTrue(OptionLikeArguments.looksLikeOption(option), option);
    }
    for (String expression : new String[] {"-1", "-x^2", "-2x", "-sin(x)", "-x y", "-", "--",
        "-(x)", "-x1", "x", "-θ"}) {
      assertFalse(OptionLikeArguments.looksLikeOption(expression), expression);
    }
  }
}

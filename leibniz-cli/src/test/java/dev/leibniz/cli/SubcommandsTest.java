package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names its subcommand first registers that one alone ({@link Subcommands}); every
 * other run, and the help, see them all, under the names their classes declare.
 */
class SubcommandsTest {
  @Test
  void eachNameIsItsCommandsOwnAndHelpListsThemInOrder() {
    List<String> declared = new ArrayList<>();
    for (String name : Subcommands.names()) {
      declared.add(new CommandLine(Subcommands.make(name)).getCommandName());
    }
    assertEquals(new ArrayList<>(Subcommands.names()), declared);
    assertEquals(List.of("diff", "eval", "print", "simplify", "grad", "hessian", "graph",
        "codegen", "batch", "backprop", "repl", "help"), declared);
    CliRun help = CliRun.of("--help");
    int at = -1;
    for (String name : declared) {
      int next = help.out().indexOf("\n  " + name + " ");
      assertTrue(next > at, name + " listed in order in:\n" + help.out());
      at = next;
    }
  }

  @Test
  void aNamedSubcommandIsTheOnlyOneRegistered() {
    assertEquals(List.of("batch"), List.copyOf(Subcommands.neededBy(
        new String[] {"batch", "f.txt", "--wrt", "x"})));
    assertEquals(List.copyOf(Subcommands.names()),
        List.copyOf(Subcommands.neededBy(new String[] {"help", "batch"})));
    assertEquals(List.copyOf(Subcommands.names()),
        List.copyOf(Subcommands.neededBy(new String[] {"--help"})));
    assertEquals(List.copyOf(Subcommands.names()),
        List.copyOf(Subcommands.neededBy(new String[] {"dif", "x^2"})));
    assertEquals(List.copyOf(Subcommands.names()), List.copyOf(Subcommands.neededBy(
        new String[0])));
    CommandLine batchOnly = Main.commandLine(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Subcommands.neededBy(new String[] {"batch", "-"}));
    assertEquals(List.of("batch"), List.copyOf(batchOnly.getSubcommands().keySet()));
  }

  @Test
  void aRunWithOneSubcommandAnswersAsWithAll() {
    CliRun diff = CliRun.of("diff", "x^3", "--wrt", "x");
    assertEquals(0, diff.code());
    assertEquals("3*x^2", diff.text());
    double h = 1e-5;
    double finiteDifference = (Math.pow(2 + h, 3) - Math.pow(2 - h, 3)) / (2 * h);
    assertEquals(finiteDifference, CliRun.valueOf(diff.text(), Map.of("x", 2.0)), 1e-8);
    CliRun batchHelp = CliRun.of("batch", "--help");
    assertEquals(batchHelp.out(), CliRun.of("help", "batch").out());
    assertTrue(batchHelp.out().startsWith("Usage: leibniz batch "), batchHelp.out());
    CliRun unknown = CliRun.of("dif", "--wrt");
    assertEquals(2, unknown.code());
    assertEquals("error: unknown option '--wrt'\nTry 'leibniz --help'.\n", unknown.err());
    CliRun misspelt = CliRun.of("dif", "x");
    assertEquals(2, misspelt.code());
    assertEquals("error: unknown command 'dif' (did you mean 'diff'?); the commands are diff,"
        + " eval, print, simplify, grad, hessian, graph, codegen, batch, backprop, repl, help\n"
        + "Try 'leibniz --help'.\n", misspelt.err());
    CliRun expression = CliRun.of("x^2");
    assertEquals(2, expression.code());
    assertEquals("error: unknown command 'x^2' (to differentiate it, write: leibniz diff 'x^2');"
        + " the commands are diff, eval, print, simplify, grad, hessian, graph, codegen, batch,"
        + " backprop, repl, help\nTry 'leibniz --help'.\n", expression.err());
    assertEquals("error: unknown command 'gard' (did you mean 'grad'?); the commands are diff,"
        + " eval, print, simplify, grad, hessian, graph, codegen, batch, backprop, repl, help\n"
        + "Try 'leibniz --help'.\n", CliRun.of("gard", "x").err());
    CliRun version = CliRun.of("batch", "--version");
    assertEquals(Main.VERSION, version.text());
  }
}

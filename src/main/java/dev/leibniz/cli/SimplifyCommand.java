package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leibniz simplify EXPR [--format plain|latex]}: the simplified form. */
@Command(name = "simplify", sortOptions = false, description = "Simplify an expression.")
final class SimplifyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Option(names = "--help", usageHelp = true, description = "show this help")
  private boolean help;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(format.write(Expression.parse(expression).simplify()));
    return 0;
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz print EXPR [--format plain|latex]}, also {@code leibniz simplify EXPR}: the
 * expression as Leibniz reads it, which is its simplified, canonical form (the parser builds
 * through the smart constructors, so printing and simplifying are one command).
 */
@Command(name = "print", aliases = "simplify", sortOptions = false,
    description = {"Print an expression simplified, in canonical form; the plain form parses "
        + "back.", "'simplify' is another name for this command."})
final class PrintCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(format.write(Expression.parse(expression)));
    return 0;
  }
}

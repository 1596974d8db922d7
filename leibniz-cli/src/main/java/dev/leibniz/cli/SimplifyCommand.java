package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz simplify EXPR [--format plain|latex]}: the shortest form the simplifier finds
 * ({@link Expression#simplify()}), equal to the input wherever the input is defined.
 */
@Command(name = "simplify", sortOptions = false,
    description = {"Print the shortest form of an expression the simplifier finds: one fraction "
        + "in lowest terms, common factors pulled out, identities where they shorten. It has the "
        + "input's value wherever the input is defined."})
final class SimplifyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(format.write(Expression.parse(expression).simplify()));
    return 0;
  }
}

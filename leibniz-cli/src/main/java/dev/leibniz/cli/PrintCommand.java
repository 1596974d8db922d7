package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz print EXPR [--format plain|latex]}: the expression as Leibniz reads it, in its
 * canonical form (the parser builds through the smart constructors: like terms collected, powers
 * of one base merged, numbers folded). {@code leibniz simplify} searches for shorter forms.
 */
@Command(name = "print", sortOptions = false,
    description = {"Print an expression in canonical form (like terms collected, numbers "
        + "folded); the plain form parses back."})
class PrintCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(format.write(shown(Expression.parse(expression))));
    return 0;
  }

  /** The form this command prints: the canonical form, as parsed. */
  Expression shown(Expression parsed) {
    return parsed;
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import picocli.CommandLine.Command;

/**
 * {@code leibniz simplify EXPR [--format plain|latex]}: {@link PrintCommand} for the shortest
 * form the simplifier finds ({@link Expression#simplify()}), equal to the input wherever the input
 * is defined.
 */
@Command(name = "simplify", sortOptions = false,
    description = {"Print the shortest form of an expression the simplifier finds: one fraction "
        + "in lowest terms, common factors pulled out, identities where they shorten. It has the "
        + "input's value wherever the input is defined."})
final class SimplifyCommand extends PrintCommand {
  @Override
  Expression shown(Expression parsed) {
    return parsed.simplify();
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.Language;
import dev.leibniz.error.LeibnizException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz codegen EXPR --lang java|c|python [--name f]}: source code for a function that
 * returns the value and the whole gradient, every common subexpression computed once (the
 * compiled tape's sweeps written out).
 */
@Command(name = "codegen", sortOptions = false,
    description = {"Source code for the value and the gradient, in Java, C or Python.",
        "Reverse mode written out: each common subexpression is computed once."})
final class CodegenCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--lang", required = true, paramLabel = "LANG",
      description = "java, c or python")
  private String language;

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "f",
      description = "the function's name (default: ${DEFAULT-VALUE})")
  private String name;

  @Override
  public Integer call() {
    Language target;
    try {
      target = Language.named(language);
    } catch (LeibnizException e) {
      throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
    }
    spec.commandLine().getOut().print(Expression.parse(expression).codegen(target, name));
    return 0;
  }
}

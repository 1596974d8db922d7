package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz diff EXPR [--wrt VAR]... [--order N] [--format plain|latex] [--steps]}: the
 * simplified derivative. Without {@code --wrt}, an expression of one variable is differentiated
 * by it and one of several variables by each, one line {@code d/dx = ...} per variable. With
 * {@code --check}, each result is then proven numerically at random points; a disagreement
 * exits 1.
 */
@Command(name = "diff", sortOptions = false,
    description = {"Differentiate an expression.",
        "Without --wrt: by its only variable, or every first partial, one per line.",
        "Several --wrt: the mixed partial, e.g. --wrt x --wrt z is d2/dz dx."})
final class DiffCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression, e.g. 'x^2*sin(x)'")
  private String expression;

  @Option(names = "--wrt", paramLabel = "VAR", description = "differentiate by VAR (repeatable)")
  private List<String> wrt = new ArrayList<>();

  @Option(names = "--order", paramLabel = "N", defaultValue = "1",
      description = "differentiate N times (default: ${DEFAULT-VALUE})")
  private int order;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Option(names = "--steps", description = "show each rule applied, then the result")
  private boolean steps;

  @Option(names = "--check", description = "prove the result numerically: symbolic, reverse "
      + "mode, forward mode and finite differences must agree at random points")
  private boolean check;

  @Option(names = "--help", usageHelp = true, description = "show this help")
  private boolean help;

  @Override
  public Integer call() {
    if (order < 0) {
      throw new ParameterException(spec.commandLine(), "--order must be 0 or more, not " + order);
    }
    List<String> variables = new ArrayList<>();
    for (String w : wrt) variables.add(Names.variable(w));
    Expression f = Expression.parse(expression);
    List<Partial> partials = Partial.of(f, variables, order);
    PrintWriter out = spec.commandLine().getOut();
    boolean labelled = partials.size() > 1;
    for (Partial p : partials) {
      if (steps) StepWriter.lines(p, format).forEach(out::println);
      String result = format.write(p.result());
      out.println(labelled ? format.operator(p) + " = " + result : result);
    }
    boolean agreed = true;
    if (check) {
      for (Partial p : partials) {
        Checks.Verdict verdict = Checks.check(p);
        out.println((labelled ? p.label() + " " : "") + verdict.line());
        agreed &= verdict.ok();
      }
    }
    return agreed ? 0 : Main.EXIT_ERROR;
  }
}

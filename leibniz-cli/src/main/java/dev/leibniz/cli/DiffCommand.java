package dev.leibniz.cli;

import dev.leibniz.CheckReport;
import dev.leibniz.CommonSubexpressions;
import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import dev.leibniz.MatrixExpression;
import java.util.Map;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz diff EXPR [--wrt VAR]... [--order N] [--format plain|latex] [--steps]}: the
 * simplified derivative. Without {@code --wrt}, an expression of one variable is differentiated
 * by it and one of several variables by each, one line {@code d/dx = ...} per variable; with
 * {@code --order N}, every partial of order N, mixed ones once each ({@link Partials#of}). With
 * {@code --check}, each result is then proven numerically at random points; a disagreement
 * exits 1. With {@code --cse}, the common subexpressions of all the results are bound first, one
 * {@code t1 = ...} line each, and the results are written in terms of them:
 * <pre>
 * $ leibniz diff "sin(sin(sin(x)))" --cse
 * t1 = sin(x)
 * cos(x)*cos(t1)*cos(sin(t1))
 * </pre>
 * Bindings are in the output language only, so {@code --cse} with {@code --format latex} is a
 * usage error.
 */
@Command(name = "diff", sortOptions = false,
    description = {"Differentiate an expression.",
        "Without --wrt: by its only variable, or every partial of the order (1, or",
        "--order N), mixed ones included, one per line: d2/dx2, d2/dy dx, d2/dy2.",
        "Several --wrt: the mixed partial, e.g. --wrt x --wrt z is d2/dz dx.",
        "--cse: lines 't1 = ...' shared by all the results first, then the results."})
final class DiffCommand implements Callable<Integer> {
  /** Why {@code --cse} and {@code --format latex} do not go together. */
  static final String CSE_IN_LATEX =
      "--cse writes the output language only; it cannot be combined with --format latex";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression, e.g. 'x^2*sin(x)'")
  private String expression;

  @Option(names = "--wrt", paramLabel = "VAR", converter = VariableNameConverter.class,
      description = "differentiate by VAR (repeatable)")
  private List<String> wrt = new ArrayList<>();

  @Option(names = "--order", paramLabel = "N", defaultValue = "1",
      description = "differentiate N times (default: ${DEFAULT-VALUE})")
  private int order;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
      description = "plain or latex (default: ${DEFAULT-VALUE})")
  private TextFormat format;

  @Mixin
  private Simplification.Choice simplify;

  @Mixin
  private MatrixOptions matrix;

  @Option(names = "--steps", description = "show each rule applied, then each step of the "
      + "simplification, then the result")
  private boolean steps;

  @Option(names = "--check", description = "prove the result numerically: symbolic, reverse "
      + "mode, forward mode and finite differences must agree at random points")
  private boolean check;

  @Option(names = "--cse", description = "bind common subexpressions first, one 't1 = ...' "
      + "line each, shared by all the results, then the results in terms of t1, t2, ... "
      + "(plain format only)")
  private boolean cse;

  @Override
  public Integer call() {
    if (order < 0) {
      throw new ParameterException(spec.commandLine(), "--order must be 0 or more, not " + order);
    }
    if (cse && format == TextFormat.LATEX) {
      throw new ParameterException(spec.commandLine(), CSE_IN_LATEX);
    }
    Map<String, String> shapes = matrix.shapes();
    if (MatrixExpression.declaresNonScalar(expression, shapes, wrt)) {
      if (cse) throw MatrixExpression.scalarOnly("--cse");
      if (steps) throw MatrixExpression.scalarOnly("--steps");
      return MatrixDiff.run(expression, shapes, wrt, order, matrix, format, check,
          spec.commandLine().getOut());
    }
    List<String> variables = new ArrayList<>();
    for (String w : wrt) variables.add(Names.variable(w));
    Expression f = Expression.parse(expression);
    List<Derivative> partials = simplify.chosen.apply(Partials.of(f, variables, order, steps));
    PrintWriter out = spec.commandLine().getOut();
    boolean labelled = partials.size() > 1;
    if (cse) {
      printShared(partials, out);
    } else {
      for (Derivative p : partials) {
        if (steps) StepWriter.lines(p, format).forEach(out::println);
        String result = format.write(p.result());
        out.println(labelled ? format.operator(p) + " = " + result : result);
      }
    }
    boolean agreed = true;
    if (check) {
      for (Derivative p : partials) {
        // The derivative printed is the one checked: nothing is differentiated again.
        CheckReport report = p.check();
        out.println((labelled ? p.label() + " " : "") + report.summary());
        agreed &= report.ok();
      }
    }
    return agreed ? 0 : Main.EXIT_ERROR;
  }

  /**
   * The steps of every partial (if asked), then the bindings the results share, then each
   * result: the steps come first so that the bindings stand right above the results using them.
   */
  private void printShared(List<Derivative> partials, PrintWriter out) {
    if (steps) {
      for (Derivative p : partials) StepWriter.lines(p, format).forEach(out::println);
    }
    CommonSubexpressions form = Expression.cse(Partials.results(partials));
    form.bindings().forEach(out::println);
    for (int i = 0; i < partials.size(); i++) {
      String result = form.results().get(i);
      out.println(partials.size() > 1 ? partials.get(i).label() + " = " + result : result);
    }
  }
}

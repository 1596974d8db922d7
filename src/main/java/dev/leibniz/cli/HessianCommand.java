package dev.leibniz.cli;

import dev.leibniz.Expression;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz hessian EXPR --at x=2,z=3}: the second partial derivatives at a point, from
 * central differences of reverse-mode gradients (about 1e-10 relative error), one line each for
 * the lower triangle: {@code d2/dx2 = ...}, {@code d2/dz dx = ...}, {@code d2/dz2 = ...}. For
 * exact second derivatives use {@code diff --order 2} or {@code diff --wrt x --wrt z}.
 */
@Command(name = "hessian", sortOptions = false,
    description = {"The second partial derivatives at a point, numerically.",
        "Central differences of reverse-mode gradients, about 1e-10 relative error.",
        "For exact ones: diff EXPR --wrt x --wrt z."})
final class HessianCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Option(names = "--at", paramLabel = "POINT", required = true,
      description = "values of the variables, e.g. x=2,z=3 (repeatable)")
  private List<String> at = new ArrayList<>();

  @Option(names = "--help", usageHelp = true, description = "show this help")
  private boolean help;

  @Override
  public Integer call() {
    Expression f = Expression.parse(expression);
    Map<String, Double> point = Points.parse(at);
    EvalCommand.value(f, point);
    CompiledPoint compiled = CompiledPoint.of(f, point);
    int n = compiled.point().length;
    double[][] hessian = new double[n][n];
    double value = compiled.tape().hessian(compiled.point(), hessian);
    PrintWriter out = spec.commandLine().getOut();
    out.println("value = " + value);
    List<String> variables = compiled.variables();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        Partial p = new Partial(f, List.of(variables.get(j), variables.get(i)), f);
        out.println(p.label() + " = " + hessian[i][j]);
      }
    }
    return 0;
  }
}

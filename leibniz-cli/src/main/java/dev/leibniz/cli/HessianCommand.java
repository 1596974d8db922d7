package dev.leibniz.cli;

import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz hessian EXPR --at x=2,z=3}: the second partial derivatives, symbolically and at
 * a point: {@code d2/dy dx = 6*x^2*y = 12.0}, one line each for the lower triangle. The values
 * are the library's ({@code Expression.hessianAt}: reverse mode over the symbolic gradient, exact
 * to rounding); an entry without one is told why in its place. The symbolic partials are
 * printed in the shortest form the simplifier finds, or, with {@code --simplify none}, in the
 * canonical form the rules build.
 */
@Command(name = "hessian", sortOptions = false,
    description = {"The second partial derivatives, symbolically and at a point.",
        "Values by reverse mode over the symbolic gradient: exact to rounding."})
final class HessianCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Mixin
  private PointOption at;

  @Mixin
  private Simplification.Choice simplify;

  @Override
  public Integer call() {
    Expression f = Expression.parse(expression);
    Map<String, Double> point = at.pointFor(f);
    // A point outside the domain is an error with its reason; one where the value only
    // overflows a double is in it, and its entries are given, as grad gives its partials.
    if (!f.isDefinedAt(point)) throw EvalCommand.noValue(f, point, Double.NaN);
    double value = f.evaluate(point);
    String valueLine = Double.isFinite(value) ? "value = " + value
        : "value: " + f.explainUndefined(point).orElse("overflow");
    List<String> variables = new ArrayList<>(f.variables());
    List<Derivative> gradient = new ArrayList<>();
    for (String v : variables) gradient.add(f.derivation(List.of(v), false));
    PrintWriter out = spec.commandLine().getOut();
    if (variables.isEmpty()) {
      out.println(valueLine);
      return 0;
    }
    // The numbers are the library's (Leibniz.hessian); an entry it has none for is told why.
    Map<String, Map<String, Double>> numbers = f.hessianAt(point);
    boolean failed = false;
    List<String> lines = new ArrayList<>();
    lines.add(valueLine);
    for (int i = 0; i < variables.size(); i++) {
      for (int j = 0; j <= i; j++) {
        // d/dx_i of the partial by x_j, which is differentiated once more, not again from f.
        Derivative second =
            simplify.chosen.apply(List.of(gradient.get(j).then(variables.get(i)))).get(0);
        double entry = numbers.get(variables.get(i)).get(variables.get(j));
        String shown = second.label() + " = " + second.result();
        if (!Double.isNaN(entry)) {
          lines.add(shown + " = " + entry);
          continue;
        }
        // Every entry is given: one without a number says why in its place, as grad's partials
        // do; one that does not exist makes the exit status 1.
        GradCommand.NoPartial none = GradCommand.noPartial(second, shown,
            gradient.get(j).result().isDefinedAt(point), point);
        lines.add(none.line());
        failed |= !none.exists();
      }
    }
    lines.forEach(out::println);
    return failed ? 1 : 0;
  }
}

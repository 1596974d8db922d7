package dev.leibniz.cli;

import dev.leibniz.CompiledGradient;
import dev.leibniz.Expression;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz graph EXPR --at x=2,z=3 [--dot]}: the computation graph worked at a point as
 * in a lecture, the forward sweep ({@code a = x*z = 6}, ...) then the backward sweep
 * ({@code g_x = g_a*z + g_b/x = 1208.38...}); or, with {@code --dot}, a Graphviz drawing
 * ({@code leibniz graph ... --dot | dot -Tsvg > graph.svg}).
 */
@Command(name = "graph", sortOptions = false,
    description = {"The computation graph worked at a point, or Graphviz DOT.",
        "The forward sweep then the backward sweep, one line per node."})
final class GraphCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Mixin
  private PointOption at;

  @Option(names = "--dot", description = "write Graphviz DOT instead of the trace")
  private boolean dot;

  @Override
  public Integer call() {
    Expression f = Expression.parse(expression);
    Map<String, Double> point = at.pointFor(f);
    CompiledGradient compiled = f.compile();
    double[] x = CompiledPoint.of(compiled, f, point);
    String text = dot ? compiled.toDot(x) : compiled.trace(x);
    spec.commandLine().getOut().print(text);
    return 0;
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz eval EXPR --at x=2,z=3}: the value in full double precision
 * ({@link Double#toString}). A value that is not a real number is an error that says where it
 * arose: {@code error: ln undefined at x = -1}.
 */
@Command(name = "eval", sortOptions = false,
    description = "Evaluate an expression at a point, in double precision.")
final class EvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Mixin
  private PointOption at;

  @Override
  public Integer call() {
    Expression f = Expression.parse(expression);
    Map<String, Double> point = at.pointFor(f);
    spec.commandLine().getOut().println(Double.toString(value(f, point)));
    return 0;
  }

  /**
   * The value of {@code f} at {@code point}.
   *
   * @throws LeibnizException when the value is NaN or infinite, saying why
   */
  static double value(Expression f, Map<String, Double> point) {
    double value = f.evaluate(point);
    if (Double.isFinite(value)) return value;
    throw noValue(f, point, value);
  }

  /** Why {@code f} has no value ({@code value}, NaN or infinite) at {@code point}. */
  static LeibnizException noValue(Expression f, Map<String, Double> point, double value) {
    return new LeibnizException(f.explainUndefined(point)
        .orElse(Double.isNaN(value) ? "not a real number" : "the value is infinite"));
  }
}

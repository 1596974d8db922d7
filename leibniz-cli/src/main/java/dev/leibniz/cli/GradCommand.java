package dev.leibniz.cli;

import dev.leibniz.CommonSubexpressions;
import dev.leibniz.CompiledJacobian;
import dev.leibniz.Derivative;
import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.MatrixExpression;
import dev.leibniz.OnKink;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leibniz grad EXPR --at x=2,z=3}: the value and the gradient at a point by reverse mode,
 * one forward and one backward sweep over the compiled graph:
 * <pre>
 * value = 412.19145728412116
 * d/dx = 1208.3812151266095
 * d/dz = 809.707479218564
 * </pre>
 * With {@code --cse}, the symbolic gradient comes first, each partial simplified (unless
 * {@code --simplify none}), its common subexpressions bound once for all partials
 * ({@code t1 = ...}, then {@code d/dx = ...} in terms of them), then a blank line, then the
 * values as above.
 */
@Command(name = "grad", sortOptions = false,
    description = {"The value and gradient at a point, by reverse-mode differentiation.",
        "Several expressions separated by commas: the Jacobian, one row per expression.",
        "--cse: first the symbolic gradient ('t1 = ...' lines shared by all partials,",
        "then 'd/dx = ...' in terms of them), a blank line, then the values."})
final class GradCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXPR", description = "the expression")
  private String expression;

  @Mixin
  private PointOption at;

  @Option(names = "--cse", description = "print the symbolic gradient first, with common "
      + "subexpressions bound once ('t1 = ...'), then a blank line and the values")
  private boolean cse;

  @Mixin
  private Simplification.Choice simplify;

  @Mixin
  private MatrixOptions matrix;

  @Override
  public Integer call() {
    // A point that gives a declared vector or matrix its value asks for the matrix reading.
    if (MatrixExpression.declaresNonScalar(expression, matrix.shapes(), at.names())) {
      if (cse) throw MatrixExpression.scalarOnly("--cse");
      return MatrixGrad.run(MatrixExpression.parse(expression, matrix.shapes()), at, matrix,
          spec.commandLine().getOut());
    }
    List<Expression> outputs = ExpressionList.parse(expression);
    Map<String, Double> point = at.pointFor(outputs);
    if (outputs.size() > 1) return jacobian(outputs, point);
    Expression f = outputs.get(0);
    // A point outside the domain is an error with its reason, never a list of NaNs; one where
    // the value only overflows a double is in the domain, and its partials are given.
    if (!f.isDefinedAt(point)) throw EvalCommand.noValue(f, point, Double.NaN);
    double value = f.evaluate(point);
    // The numbers are the library's (Leibniz.gradient); a partial it has none for is told why.
    List<String> partials = new ArrayList<>();
    boolean failed = false;
    for (Map.Entry<String, Double> p : f.gradientAt(point).entrySet()) {
      if (!Double.isNaN(p.getValue())) {
        partials.add("d/d" + p.getKey() + " = " + p.getValue());
        continue;
      }
      NoPartial none = noPartial(f, p.getKey(), point);
      partials.add(none.line());
      failed |= !none.exists();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (cse && !partials.isEmpty()) printSymbolic(f, simplify.chosen, out);
    out.println(Double.isFinite(value) ? "value = " + value
        : "value: " + f.explainUndefined(point).orElse("overflow"));
    partials.forEach(out::println);
    return failed ? 1 : 0;
  }

  /**
   * The line in place of a partial without a number, whether the partial exists, and whether
   * its value only overflowed a double.
   */
  record NoPartial(String line, boolean exists, boolean overflow) {}

  /** {@link #noPartial(Derivative, String, boolean, Map)} for the partial of f by {@code v}. */
  private static NoPartial noPartial(Expression f, String v, Map<String, Double> point) {
    Derivative d = f.derivation(List.of(v), false);
    return noPartial(d, d.label(), true, point);
  }

  /**
   * Why derivative {@code d}, shown as {@code shown}, has no number at a point in the domain: a
   * kink whose sides disagree, in words; a value too large for a double
   * ({@code d/dy: overflow at ...}); else it does not exist (an infinite slope, a cusp:
   * {@link #doesNotExist}), as it does not where what it differentiates is undefined
   * ({@code differentiatedDefined} false: a Hessian's first partial).
   */
  static NoPartial noPartial(Derivative d, String shown, boolean differentiatedDefined,
      Map<String, Double> point) {
    Optional<OnKink> sides = d.onKink(point);
    if (sides.isPresent() && !sides.get().exists()) {
      return new NoPartial(shown + ": " + OnKink.words(sides.get().function()), true, false);
    }
    if (!differentiatedDefined || !d.result().isDefinedAt(point)) {
      return new NoPartial(doesNotExist(shown, d.label(), point), false, false);
    }
    return new NoPartial(shown + ": " + d.result().explainUndefined(point).orElse("overflow"),
        true, true);
  }

  /**
   * The line in place of a derivative that does not exist, opening with {@code shown} and naming
   * {@code label} ({@code d/dy: error: d/dy does not exist at x = 2, y = 0}; a Hessian's opens
   * with its expression, {@code d2/dx2 = y^2/(2*sqrt(x))}): the others are given all the same,
   * and the exit status is 1, as for a partial of {@code diff} with vectors that cannot be given.
   */
  private static String doesNotExist(String shown, String label, Map<String, Double> point) {
    return shown + ": error: " + label + " does not exist at " + Leibniz.describePoint(point);
  }

  /**
   * Several expressions: the Jacobian, one row per expression, by one backward sweep each:
   * {@code x*y = 2.0: d/dx = 2.0, d/dy = 1.0}. A row is given whatever the others are: an output
   * outside its domain says why in its place ({@code ln(x): error: ln undefined at x = -1}), a
   * partial without a number says why as {@code grad} of one expression does, without the point
   * again ({@code d/dx: does not exist}, {@code d/dx: overflow}), and the exit status is 1 when
   * an output has no value or a partial does not exist.
   */
  private int jacobian(List<Expression> outputs, Map<String, Double> point) {
    CompiledJacobian compiled = Expression.compile(outputs);
    double[] x = compiled.point(point);
    List<String> variables = compiled.variables();
    double[][] rows = new double[outputs.size()][variables.size()];
    compiled.jacobian(x, rows);
    double[] values = new double[outputs.size()];
    compiled.values(x, values);
    boolean failed = false;
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < rows.length; k++) {
      Expression f = outputs.get(k);
      if (!f.isDefinedAt(point)) {
        lines.add(f + ": error: " + EvalCommand.noValue(f, point, Double.NaN).getMessage());
        failed = true;
        continue;
      }
      // Defined, so a value that is not finite overflowed a double.
      StringBuilder row = new StringBuilder(f.toString())
          .append(Double.isFinite(values[k]) ? " = " + values[k] : ": the value overflows")
          .append(':');
      for (int i = 0; i < variables.size(); i++) {
        row.append(i == 0 ? " " : ", ");
        if (Double.isNaN(rows[k][i])) {
          NoPartial none = noPartial(f, variables.get(i), point);
          // The point is the line's own, not said again in the middle of a row.
          String label = "d/d" + variables.get(i);
          row.append(!none.exists() ? label + ": does not exist"
              : none.overflow() ? label + ": overflow" : none.line());
          failed |= !none.exists();
        } else {
          row.append(entry(f, variables.get(i), rows[k][i], point));
        }
      }
      lines.add(row.toString());
    }
    lines.forEach(spec.commandLine().getOut()::println);
    return failed ? 1 : 0;
  }

  /**
   * {@code d/dx = 2.0}, the tape's partial of {@code f}; on a kink, the value its sides agree
   * on, or the kink in words.
   */
  private static String entry(Expression f, String variable, double partial,
      Map<String, Double> point) {
    Optional<OnKink> sides = f.derivation(List.of(variable), false).onKink(point);
    if (sides.isPresent() && !sides.get().exists()) {
      return "d/d" + variable + ": " + OnKink.words(sides.get().function());
    }
    double value = sides.isPresent() ? sides.get().value().getAsDouble() : partial;
    return "d/d" + variable + " = " + value;
  }

  /**
   * The symbolic gradient, each partial as {@code --simplify} asks, with shared bindings, then a
   * blank line before the values.
   */
  private static void printSymbolic(Expression f, Simplification how, PrintWriter out) {
    List<Derivative> partials = how.apply(f.derivations(1, false));
    CommonSubexpressions form = Expression.cse(Partials.results(partials));
    form.bindings().forEach(out::println);
    for (int i = 0; i < partials.size(); i++) {
      out.println(partials.get(i).label() + " = " + form.results().get(i));
    }
    out.println();
  }
}

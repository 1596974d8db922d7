package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import dev.leibniz.eval.EvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An expression compiled to a reverse-mode {@link Tape} together with a point in the tape's
 * order: what {@code grad}, {@code hessian}, {@code graph} and the REPL's {@code :graph} run.
 *
 * @param tape the compiled expression, its variables in name order
 * @param point a value for each of the tape's variables
 */
record CompiledPoint(Tape tape, double[] point) {

  /**
   * Compiles {@code f} and reads its variables' values from {@code at}.
   *
   * @throws EvaluationException if a variable of {@code f} has no value in {@code at}
   */
  static CompiledPoint of(Expression f, Map<String, Double> at) {
    List<String> variables = new ArrayList<>(f.variables());
    double[] point = new double[variables.size()];
    for (int i = 0; i < point.length; i++) {
      Double value = at.get(variables.get(i));
      if (value == null) {
        throw new EvaluationException("no value for variable '" + variables.get(i) + "'");
      }
      point[i] = value;
    }
    return new CompiledPoint(GraphCompiler.compile(f.tree(), variables), point);
  }

  /** The tape's variables. */
  List<String> variables() {
    return tape.variables();
  }
}

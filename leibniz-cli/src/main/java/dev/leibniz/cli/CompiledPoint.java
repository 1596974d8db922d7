package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import dev.leibniz.eval.EvaluationException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
   * @throws dev.leibniz.error.LeibnizException if {@code f} is not finite at {@code at}, saying why
   */
  static CompiledPoint of(Expression f, Map<String, Double> at) {
    return of(List.of(f), at);
  }

  /**
   * Compiles several expressions into one tape with an output each (for a Jacobian), over the
   * variables of them all, and reads the variables' values from {@code at}.
   *
   * @throws EvaluationException if a variable has no value in {@code at}
   * @throws dev.leibniz.error.LeibnizException if an expression is not finite at {@code at}, saying
   *     why ({@code ln undefined at x = -1})
   */
  static CompiledPoint of(List<Expression> outputs, Map<String, Double> at) {
    Set<String> names = new TreeSet<>(ExprOrder::compareNames);
    List<Expr> trees = new ArrayList<>();
    for (Expression e : outputs) {
      names.addAll(e.variables());
      trees.add(e.tree());
    }
    List<String> variables = new ArrayList<>(names);
    double[] point = new double[variables.size()];
    for (int i = 0; i < point.length; i++) {
      Double value = at.get(variables.get(i));
      if (value == null) {
        throw new EvaluationException("no value for variable '" + variables.get(i) + "'");
      }
      point[i] = value;
    }
    // A point outside the domain is an error with its reason, never a trace of NaNs.
    for (Expression e : outputs) EvalCommand.value(e, at);
    return new CompiledPoint(GraphCompiler.compile(trees, variables), point);
  }

  /** The tape's variables. */
  List<String> variables() {
    return tape.variables();
  }
}

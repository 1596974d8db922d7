package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Several expressions compiled into one reverse-mode tape that shares their common nodes: their
 * values by one forward sweep, and their Jacobian by one backward sweep per expression. The
 * Jacobian of a gradient's partials is the Hessian. It computes the canonical forms and does
 * not check the inputs as written, unlike {@link Expression#compile()}: {@code sqrt(x)^2} gives
 * -4 at -4, where {@link Expression#evaluate} gives NaN; ask {@link Expression#isDefinedAt} of
 * each expression where that matters.
 *
 * <p>Thread-confined, like {@link CompiledGradient}: give each thread its own {@link #copy()}.
 *
 * <pre>{@code
 * CompiledJacobian j = Expression.compile(List.of(Expression.parse("x*y"),
 *     Expression.parse("x + y^2")));
 * double[][] rows = new double[2][2];                  // rows: expressions; columns: x, y
 * j.jacobian(j.point(Map.of("x", 2.0, "y", 3.0)), rows); // {{3, 2}, {1, 6}}
 * }</pre>
 */
public final class CompiledJacobian {
  private final Tape tape;

  CompiledJacobian(Tape tape) {
    this.tape = tape;
  }

  /** {@link Expression#compile(List)}: one tape over the variables of all, in name order. */
  static CompiledJacobian of(List<Expression> outputs) {
    if (outputs.isEmpty()) throw new IllegalArgumentException("nothing to compile");
    Set<String> names = new TreeSet<>(ExprOrder::compareNames);
    List<Expr> trees = new ArrayList<>(outputs.size());
    for (Expression e : outputs) {
      names.addAll(Arguments.notNull(e, "an output").variables());
      trees.add(e.tree());
    }
    return new CompiledJacobian(GraphCompiler.compile(trees, List.copyOf(names)));
  }

  /** The variables of all the expressions, in name order: the columns of the Jacobian. */
  public List<String> variables() {
    return tape.variables();
  }

  /** The number of expressions: the rows of the Jacobian. */
  public int outputCount() {
    return tape.outputCount();
  }

  /**
   * The point {@code at} gives by name, as the array the other methods take.
   *
   * @throws LeibnizException naming the first variable (in name order) without a value
   */
  public double[] point(Map<String, Double> at) {
    return tape.point(Points.read(at));
  }

  /**
   * The value of each expression at {@code point}, into {@code out}.
   *
   * @throws IllegalArgumentException if {@code point} does not have one value per variable or
   *     {@code out} one slot per expression
   */
  public void values(double[] point, double[] out) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    onePerExpression(Arguments.notNull(out, "values").length, "values", "slot");
    tape.values(point, out);
  }

  /**
   * The Jacobian at {@code point} into {@code out}: {@code out[k][j]} is the derivative of
   * expression {@code k} by variable {@code j}.
   *
   * @throws IllegalArgumentException if {@code point} does not have one value per variable, or
   *     {@code out} one row per expression with one slot per variable
   */
  public void jacobian(double[] point, double[][] out) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    onePerExpression(Arguments.notNull(out, "jacobian").length, "jacobian", "row");
    for (double[] row : out) Arguments.oneSlotPerVariable(row, "a row of jacobian", variables());
    tape.jacobian(point, out);
  }

  /** A copy sharing the compiled graph with its own work arrays, for another thread. */
  public CompiledJacobian copy() {
    return new CompiledJacobian(tape.copy());
  }

  private void onePerExpression(int length, String name, String unit) {
    if (length != outputCount()) {
      throw new IllegalArgumentException(name + " has " + length + " " + unit
          + (length == 1 ? "" : "s") + ", expected " + outputCount() + ", one per expression");
    }
  }
}

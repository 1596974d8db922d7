package dev.leibniz.graph;

import java.util.List;

/**
 * A compiled graph's forward and backward sweeps unrolled into straight-line code: one
 * assignment per computed node, then one accumulation {@code g_u += g_v * dv/du} per active
 * edge, in the order the tape's sweeps take them. It is what a person writes by hand for a
 * gradient (the lecture's {@code a = x*z, b = ln(x), ...} and then {@code g_a = ...}), and what
 * both the bytecode compiler and the source code generators translate.
 *
 * <p>The first assignment to each adjoint initialises it, so no adjoint needs to be cleared.
 * Nodes that depend on no variable get no adjoint, the output's is the literal 1, and a node
 * used once, by a sum with weight 1, shares the sum's adjoint rather than copying it. {@link #checks} are for the bytecode path
 * alone: the conditions under which the tape would not trust its backward sweep, where the
 * compiled code hands the point back to the tape.
 *
 * @param variables the variable names; variable {@code j} is node {@code j}
 * @param size the number of graph nodes
 * @param output the output node
 * @param constant each node's value where it is a constant node, else NaN
 * @param isConstant whether a node is a constant (a literal in the code)
 * @param checked the nodes (variables included) whose value the bytecode must check for being
 *     finite: those an operation may hide ({@code 1/u} is 0 at u = infinity, {@code tanh} 1,
 *     {@code e^u} 0), and the output; any other node that is not finite makes its users not
 *     finite, up to one of these
 * @param forward the value of each computed node, in topological order
 * @param backward the adjoint accumulations, from the output down
 * @param temps the number of temporaries the backward sweep uses
 * @param kinkArguments the nodes whose value at 0 puts a function (abs, relu, sign, step) on its kink
 * @param checks the local derivatives the tape checks where an adjoint is 0
 */
public record StraightLine(List<String> variables, int size, int output, double[] constant,
    boolean[] isConstant, boolean[] checked, List<Step> forward, List<Step> backward, int temps,
    int[] kinkArguments, List<Check> checks) {

  /** What a step writes: a node's value, a node's adjoint, or a temporary. */
  public enum Target { VALUE, ADJOINT, TEMP }

  /**
   * {@code target = value} ({@code op} is {@code '='}), {@code target += value} ({@code '+'}) or
   * {@code target *= value} ({@code '*'}). The first step for a target is always {@code '='}.
   *
   * @param target what is written
   * @param index the node (or temporary) written
   * @param value the right side
   * @param op how the right side is combined with the target
   */
  public record Step(Target target, int index, Scalar value, char op) {}

  /**
   * Where a node's adjoint is 0, the tape skips the node but still refuses its sweep if
   * {@code localDerivative} is not finite (0 times infinity): the compiled code must too.
   *
   * @param adjoint the node's adjoint
   * @param localDerivative the derivative the tape checks
   */
  public record Check(Scalar adjoint, Scalar localDerivative) {}

  /** The number of variables. */
  public int variableCount() {
    return variables.size();
  }
}

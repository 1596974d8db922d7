package dev.leibniz.graph;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import java.util.List;

/**
 * The immutable structure of a compiled graph in flat arrays, shared by every {@link Tape} made
 * from one compilation. Node {@code i} has kind {@code opcode[i]} and operands
 * {@code operand[start[i]] ... operand[start[i+1]-1]}, each with a {@code weight} (used by sums,
 * 1 elsewhere); {@code constant[i]} is a constant's value, a constant exponent, a product's or
 * quotient's scale, or a sum's constant term. Nodes are in topological order: the variables
 * first, then the constants, then the rest by level.
 *
 * <p>{@code exact} and {@code exactWeight} keep the same numbers as exact expressions for the
 * printers; the sweeps never read them. The arrays are never written after compilation.
 *
 * @param variableCount the variables are nodes {@code 0 ... variableCount-1}
 * @param variables their names, in the order points list their values
 * @param opcode the kind of each node, an {@link Opcode}
 * @param start where each node's operands begin in {@code operand}; one entry more than nodes
 * @param operand the operands of all nodes, node after node
 * @param weight a weight per operand slot
 * @param constant a number per node, as described above
 * @param function the function of each function node, else null
 * @param active true for nodes that depend on some variable
 * @param outputs the output nodes
 * @param exact {@code constant} as an exact expression, or null where it means nothing
 * @param exactWeight {@code weight} as an exact number for sums, else null
 */
record Graph(int variableCount, List<String> variables, int[] opcode, int[] start,
    int[] operand, double[] weight, double[] constant, MathFunction[] function,
    boolean[] active, int[] outputs, Expr[] exact, Num[] exactWeight) {

  /** The number of nodes. */
  int size() {
    return opcode.length;
  }

  /** The number of operands of node {@code i}. */
  int arity(int i) {
    return start[i + 1] - start[i];
  }

  /** Operand {@code k} of node {@code i}. */
  int operand(int i, int k) {
    return operand[start[i] + k];
  }

  /** True for nodes that are neither variables nor constants. */
  boolean isIntermediate(int i) {
    return opcode[i] != Opcode.VARIABLE && opcode[i] != Opcode.CONSTANT;
  }
}

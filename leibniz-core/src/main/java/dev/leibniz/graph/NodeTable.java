package dev.leibniz.graph;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The nodes of a graph while it is being compiled. {@link #add} hash-conses: a node equal to one
 * already present (same kind, operands, function, constant and weights) is that node, so equal
 * subexpressions become one node. {@link #toGraph} then numbers the nodes in topological order
 * and lays them out in flat arrays.
 */
final class NodeTable {
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Node, Integer> index = new HashMap<>();
  private final int variableCount;

  /** A node as compiled; operands are indices into {@link #nodes}. */
  private record Node(int opcode, int[] operands, Num[] weights, Expr exact,
      MathFunction function, int level) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Node n && opcode == n.opcode && function == n.function
          && Arrays.equals(operands, n.operands) && Arrays.equals(weights, n.weights)
          && Objects.equals(exact, n.exact);
    }

    @Override
    public int hashCode() {
      return Objects.hash(opcode, function, Arrays.hashCode(operands), Arrays.hashCode(weights),
          exact);
    }
  }

  /** A table whose first nodes are the given variables, in order. */
  NodeTable(List<String> variables) {
    variableCount = variables.size();
    for (String name : variables) {
      Node node = new Node(Opcode.VARIABLE, new int[0], null, Expr.var(name), null, 0);
      if (index.putIfAbsent(node, nodes.size()) != null) {
        throw new IllegalArgumentException("variable " + name + " is listed twice");
      }
      nodes.add(node);
    }
  }

  /** The node of variable {@code name}, or -1 if it is not among the variables. */
  int variable(String name) {
    Integer i = index.get(new Node(Opcode.VARIABLE, new int[0], null, Expr.var(name), null, 0));
    return i == null ? -1 : i;
  }

  /** The node of a number or named constant. */
  int constant(Expr value) {
    return add(Opcode.CONSTANT, new int[0], null, value, null);
  }

  /** The node of a function applied to node {@code u}. */
  int function(MathFunction f, int u) {
    return add(Opcode.FUNCTION, new int[] {u}, null, null, f);
  }

  /**
   * The node of the given kind and operands, added unless an equal node exists. Operands of
   * products and sums are put in a fixed order first (with their weights), since their order
   * does not change the value.
   */
  int add(int opcode, int[] operands, Num[] weights, Expr exact, MathFunction function) {
    if (Opcode.isCommutative(opcode)) sortOperands(operands, weights);
    int level = 0;
    for (int u : operands) level = Math.max(level, nodes.get(u).level() + 1);
    Node node = new Node(opcode, operands, weights, exact, function, level);
    Integer known = index.putIfAbsent(node, nodes.size());
    if (known != null) return known;
    nodes.add(node);
    return nodes.size() - 1;
  }

  private static void sortOperands(int[] operands, Num[] weights) {
    if (weights == null) {
      Arrays.sort(operands);
      return;
    }
    Integer[] order = new Integer[operands.length];
    for (int k = 0; k < order.length; k++) order[k] = k;
    Arrays.sort(order, (a, b) -> Integer.compare(operands[a], operands[b]));
    int[] sortedOperands = new int[operands.length];
    Num[] sortedWeights = new Num[weights.length];
    for (int k = 0; k < order.length; k++) {
      sortedOperands[k] = operands[order[k]];
      sortedWeights[k] = weights[order[k]];
    }
    System.arraycopy(sortedOperands, 0, operands, 0, operands.length);
    System.arraycopy(sortedWeights, 0, weights, 0, weights.length);
  }

  /**
   * Numbers the nodes in topological order and lays them out in arrays: the variables in their
   * given order, then the constants, then the other nodes by level (the longest path from an
   * input) and within a level by {@link Opcode#rank} and then by order of creation.
   */
  Graph toGraph(List<String> variables, int[] outputNodes) {
    int n = nodes.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, variableCount, n, (a, b) -> {
      Node x = nodes.get(a);
      Node y = nodes.get(b);
      int c = Boolean.compare(x.opcode() != Opcode.CONSTANT, y.opcode() != Opcode.CONSTANT);
      if (c == 0) c = Integer.compare(x.level(), y.level());
      if (c == 0) c = Integer.compare(Opcode.rank(x.opcode()), Opcode.rank(y.opcode()));
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] renumber = new int[n];
    for (int i = 0; i < n; i++) renumber[order[i]] = i;
    return layOut(order, renumber, variables, outputNodes);
  }

  private Graph layOut(Integer[] order, int[] renumber, List<String> variables, int[] outputs) {
    int n = nodes.size();
    int slots = 0;
    for (Node node : nodes) slots += node.operands().length;
    int[] opcode = new int[n];
    int[] start = new int[n + 1];
    int[] operand = new int[slots];
    double[] weight = new double[slots];
    double[] constant = new double[n];
    MathFunction[] function = new MathFunction[n];
    boolean[] active = new boolean[n];
    Expr[] exact = new Expr[n];
    Num[] exactWeight = new Num[slots];
    int slot = 0;
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(order[i]);
      opcode[i] = node.opcode();
      function[i] = node.function();
      exact[i] = node.exact();
      constant[i] = numericValue(node);
      active[i] = node.opcode() == Opcode.VARIABLE;
      start[i] = slot;
      int[] renamed = new int[node.operands().length];
      for (int k = 0; k < renamed.length; k++) renamed[k] = renumber[node.operands()[k]];
      Num[] weights = node.weights() == null ? null : node.weights().clone();
      if (Opcode.isCommutative(node.opcode())) sortOperands(renamed, weights);
      for (int k = 0; k < renamed.length; k++, slot++) {
        operand[slot] = renamed[k];
        weight[slot] = weights == null ? 1 : weights[k].value().doubleValue();
        exactWeight[slot] = weights == null ? null : weights[k];
        active[i] |= active[renamed[k]];
      }
    }
    start[n] = slot;
    int[] renamedOutputs = new int[outputs.length];
    for (int k = 0; k < outputs.length; k++) renamedOutputs[k] = renumber[outputs[k]];
    return new Graph(variableCount, List.copyOf(variables), opcode, start, operand, weight,
        constant, function, active, renamedOutputs, exact, exactWeight);
  }

  /** The node's constant as a double: its value, exponent, scale or constant term. */
  private static double numericValue(Node node) {
    Expr e = node.exact();
    if (e instanceof Num num) return num.value().doubleValue();
    if (e instanceof Constant c) return c.value();
    return node.opcode() == Opcode.SUM ? 0 : 1;
  }
}

package dev.leibniz.graph;

import static dev.leibniz.graph.Scalar.literal;
import static dev.leibniz.graph.ScalarShortcuts.constantPower;
import static dev.leibniz.graph.ScalarShortcuts.over;
import static dev.leibniz.graph.ScalarShortcuts.times;
import static dev.leibniz.graph.ScalarShortcuts.weighted;

import dev.leibniz.graph.StraightLine.Step;
import dev.leibniz.graph.StraightLine.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward sweep of a {@link SweepUnroller}: each intermediate node of the output's cone, in
 * the tape's order, as one assignment of its value ({@code v = c*u_1*u_2},
 * {@code v = c + w_1*u_1 + ...}, {@code v = f(u)}, {@code v = e^u}, {@code v = u^c},
 * {@code v = f^g}, {@code v = c*u/w}), a wide product or sum in a few steps.
 */
final class ForwardUnroller {
  /** How many operands of a product or sum one step chains before it adds them one by one. */
  private static final int CHAIN = 64;
  private final Graph graph;
  private final List<Step> steps = new ArrayList<>();

  private ForwardUnroller(Graph graph) {
    this.graph = graph;
  }

  /** The forward steps of the nodes up to {@code output} that are in its cone. */
  static List<Step> steps(Graph graph, boolean[] inCone, int output) {
    ForwardUnroller unroller = new ForwardUnroller(graph);
    for (int i = 0; i <= output; i++) {
      if (inCone[i] && graph.isIntermediate(i)) unroller.step(i);
    }
    return List.copyOf(unroller.steps);
  }

  private Scalar value(int node) {
    return new Scalar.NodeValue(node);
  }

  private void step(int i) {
    double c = graph.constant()[i];
    int s = graph.start()[i];
    Scalar u = value(graph.operand()[s]);
    Scalar v;
    switch (graph.opcode()[i]) {
      case Opcode.PRODUCT:
      case Opcode.SUM:
        naryForward(i);
        return;
      case Opcode.FUNCTION: v = new Scalar.Apply(graph.function()[i], u); break;
      case Opcode.EXP: v = new Scalar.Exp(u); break;
      case Opcode.POWER_CONSTANT: v = constantPower(u, c); break;
      case Opcode.POWER: v = new Scalar.Pow(u, value(graph.operand()[s + 1])); break;
      case Opcode.QUOTIENT:
        v = over(c == 1 ? u : times(literal(c), u), value(graph.operand()[s + 1]));
        break;
      default: throw new IllegalStateException("unhandled opcode " + graph.opcode()[i]);
    }
    steps.add(new Step(Target.VALUE, i, v, '='));
  }

  /**
   * A product {@code c*u_1*...*u_n} or sum {@code c + w_1*u_1 + ...}, left to right as the tape
   * adds: the first {@link #CHAIN} operands in one step, each further one in a step of its own
   * ({@code v *= u_k}, {@code v += w_k*u_k}), so that no step grows with the node's width.
   */
  private void naryForward(int i) {
    boolean sum = graph.opcode()[i] == Opcode.SUM;
    char op = sum ? '+' : '*';
    double c = graph.constant()[i];
    Scalar v = c == (sum ? 0 : 1) ? null : literal(c);
    int s = graph.start()[i];
    int end = graph.start()[i + 1];
    for (int k = s; k < end; k++) {
      Scalar operand = value(graph.operand()[k]);
      if (sum) operand = weighted(graph.weight()[k], operand);
      if (k - s == CHAIN) steps.add(new Step(Target.VALUE, i, v, '='));
      if (k - s >= CHAIN) {
        steps.add(new Step(Target.VALUE, i, operand, op));
      } else {
        v = v == null ? operand : new Scalar.Binary(op, v, operand);
      }
    }
    if (end - s <= CHAIN) steps.add(new Step(Target.VALUE, i, v, '='));
  }
}

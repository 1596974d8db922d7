package dev.leibniz.graph;

import static dev.leibniz.graph.Scalar.literal;
import static dev.leibniz.graph.Scalar.plus;
import static dev.leibniz.graph.ScalarShortcuts.constantPower;
import static dev.leibniz.graph.ScalarShortcuts.over;
import static dev.leibniz.graph.ScalarShortcuts.times;
import static dev.leibniz.graph.ScalarShortcuts.weighted;

import dev.leibniz.graph.StraightLine.Check;
import dev.leibniz.graph.StraightLine.Step;
import dev.leibniz.graph.StraightLine.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Unrolls a {@link Tape}'s sweeps for its first output into a {@link StraightLine}: the forward
 * sweep node by node ({@link ForwardUnroller}), then the backward sweep's contributions in the
 * tape's order, each {@code g_u += g_v * dv/du} with the local derivative of
 * {@link BackwardSweep}: {@code c * (product of the others)} for a product (prefix and suffix
 * products held in temporaries when it has more than two factors), the weight for a sum, the
 * cheat-sheet row for a function ({@link RowTranslator}), {@code v} for {@code e^u},
 * {@code c*u^(c-1)} for {@code u^c}, {@code g*f^(g-1)} and {@code f^g * ln f} for {@code f^g},
 * {@code c/v} and {@code -q/v} for {@code q = c*u/v}. Only nodes of the output's cone appear,
 * and only adjoints of nodes that depend on a variable. Scalars skip what changes nothing
 * ({@link ScalarShortcuts}).
 */
final class SweepUnroller {
  private final Graph graph;
  private final boolean[] inCone;
  private final boolean[] adjointSet;
  /** How many operand slots of the cone use each node. */
  private final int[] uses;
  /** Nodes whose value must be checked for being finite ({@link StraightLine#checked}). */
  private final boolean[] checked;
  /** A node's adjoint where it is another's (or 1), else null: see {@link #adjoint}. */
  private final Scalar[] shared;
  private final List<Step> backward = new ArrayList<>();
  private final List<Check> checks = new ArrayList<>();
  private int temps;

  private SweepUnroller(Graph graph) {
    this.graph = graph;
    inCone = new boolean[graph.size()];
    adjointSet = new boolean[graph.size()];
    uses = new int[graph.size()];
    checked = new boolean[graph.size()];
    shared = new Scalar[graph.size()];
  }

  /** The straight-line sweeps of the tape's first output. */
  static StraightLine unroll(Tape tape) {
    Graph graph = tape.graph();
    SweepUnroller unroller = new SweepUnroller(graph);
    int output = graph.outputs()[0];
    unroller.markCone(output);
    if (output < graph.variableCount()) {
      unroller.backward.add(new Step(Target.ADJOINT, output, literal(1), '='));
      unroller.adjointSet[output] = true;
    } else {
      unroller.shared[output] = literal(1);
    }
    for (int i = output; i >= graph.variableCount(); i--) {
      if (unroller.inCone[i] && graph.isIntermediate(i) && graph.active()[i]) {
        unroller.backward(i);
      }
    }
    int n = graph.size();
    double[] constant = new double[n];
    boolean[] isConstant = new boolean[n];
    for (int i = 0; i < n; i++) {
      isConstant[i] = graph.opcode()[i] == Opcode.CONSTANT;
      constant[i] = isConstant[i] ? graph.constant()[i] : Double.NaN;
    }
    unroller.checked[output] = true;
    List<Step> forward = ForwardUnroller.steps(graph, unroller.inCone, output);
    return new StraightLine(graph.variables(), n, output, constant, isConstant, unroller.checked,
        forward, List.copyOf(unroller.backward), unroller.temps, unroller.kinkArguments(),
        List.copyOf(unroller.checks));
  }

  /**
   * Marks the nodes {@code output} depends on (operands come before their nodes), counts their
   * uses, and marks the operands whose value an operation may hide when it is not finite: the
   * arguments of functions, exponentials and powers, and denominators. Sums, products and
   * numerators pass a value that is not finite on ({@code inf*0} is NaN).
   */
  private void markCone(int output) {
    inCone[output] = true;
    for (int i = output; i >= 0; i--) {
      if (!inCone[i]) continue;
      int op = graph.opcode()[i];
      boolean hides = op == Opcode.FUNCTION || op == Opcode.EXP || op == Opcode.POWER_CONSTANT
          || op == Opcode.POWER;
      for (int k = 0; k < graph.arity(i); k++) {
        int u = graph.operand(i, k);
        inCone[u] = true;
        uses[u]++;
        checked[u] |= hides || op == Opcode.QUOTIENT && k == 1;
      }
    }
  }

  /** Node {@code i}'s adjoint: its own, or the one it shares. */
  private Scalar adjoint(int i) {
    return shared[i] != null ? shared[i] : new Scalar.Adjoint(i);
  }

  /** The check of a node whose adjoint is 0, unless its adjoint is a literal (1). */
  private void check(int i, Scalar localDerivative) {
    Scalar g = adjoint(i);
    if (!(g instanceof Scalar.Literal)) checks.add(new Check(g, localDerivative));
  }

  private int[] kinkArguments() {
    return IntStream.range(0, graph.size())
        .filter(i -> inCone[i] && graph.active()[i] && graph.function()[i] != null
            && TangentSweep.hasKink(graph.function()[i]))
        .map(i -> graph.operand(i, 0))
        .toArray();
  }

  private Scalar value(int node) {
    return new Scalar.NodeValue(node);
  }

  private void backward(int i) {
    Scalar g = adjoint(i);
    Scalar self = value(i);
    double c = graph.constant()[i];
    int s = graph.start()[i];
    int u = graph.operand()[s];
    switch (graph.opcode()[i]) {
      case Opcode.PRODUCT: product(i, g, c); break;
      case Opcode.SUM:
        for (int k = s; k < graph.start()[i + 1]; k++) {
          int term = graph.operand()[k];
          if (graph.weight()[k] == 1 && uses[term] == 1 && graph.isIntermediate(term)) {
            shared[term] = g; // used by this sum alone: g_term is g
          } else {
            contribute(term, weighted(graph.weight()[k], g));
          }
        }
        break;
      case Opcode.FUNCTION:
        contribute(u, times(g, RowTranslator.slope(graph.function()[i], value(u), self)));
        break;
      case Opcode.EXP: contribute(u, times(g, self)); break;
      case Opcode.POWER_CONSTANT:
        contribute(u, times(c == 1 ? g : times(g, literal(c)), constantPower(value(u), c - 1)));
        break;
      case Opcode.POWER: power(i, g, u, graph.operand()[s + 1]); break;
      case Opcode.QUOTIENT: {
        int d = graph.operand()[s + 1];
        contribute(u, over(c == 1 ? g : times(g, literal(c)), value(d)));
        contribute(d, new Scalar.Negation(over(times(g, self), value(d))));
        check(i, Scalar.over(literal(1), value(d)));
        break;
      }
      default: throw new IllegalStateException("unhandled opcode " + graph.opcode()[i]);
    }
  }

  /** {@code g_f += g*e*f^(e-1)}, {@code g_e += g*v*ln f}, each where its operand varies. */
  private void power(int i, Scalar g, int f, int e) {
    Scalar base = value(f);
    Scalar exponent = value(e);
    Scalar slope = new Scalar.Pow(base, plus(exponent, literal(-1)));
    contribute(f, times(times(g, exponent), slope));
    contribute(e, times(times(g, value(i)), new Scalar.PowerLog(base, value(i))));
    check(i, plus(slope, Scalar.times(literal(0), new Scalar.PowerLog(base, value(i)))));
  }

  /**
   * {@code d(c*u_1*...*u_n)/du_k = c * (product of the others)}: for two factors directly, for
   * more through prefix products {@code c*u_1*...*u_(k-1)} and suffix products, as the tape.
   */
  private void product(int i, Scalar g, double c) {
    int n = graph.arity(i);
    Scalar scale = c == 1 ? null : literal(c);
    if (n <= 2) {
      for (int k = n - 1; k >= 0; k--) {
        Scalar others = scale;
        for (int j = 0; j < n; j++) {
          if (j == k) continue;
          Scalar factor = value(graph.operand(i, j));
          others = others == null ? factor : times(others, factor);
        }
        contribute(graph.operand(i, k), others == null ? g : times(g, others));
      }
      return;
    }
    int[] prefix = new int[n];
    Scalar left = scale;
    for (int k = 0; k < n; k++) {
      prefix[k] = left == null ? -1 : temp(left);
      Scalar factor = value(graph.operand(i, k));
      left = left == null ? factor : times(new Scalar.Temp(prefix[k]), factor);
    }
    Scalar right = null;
    for (int k = n - 1; k >= 0; k--) {
      Scalar head = prefix[k] < 0 ? g : times(g, new Scalar.Temp(prefix[k]));
      contribute(graph.operand(i, k), right == null ? head : times(head, right));
      Scalar factor = value(graph.operand(i, k));
      if (k > 0) right = new Scalar.Temp(temp(right == null ? factor : times(right, factor)));
    }
  }

  private int temp(Scalar value) {
    backward.add(new Step(Target.TEMP, temps, value, '='));
    return temps++;
  }

  /** {@code g_u += contribution}, or {@code g_u = contribution} the first time. */
  private void contribute(int u, Scalar contribution) {
    if (!graph.active()[u]) return;
    backward.add(new Step(Target.ADJOINT, u, contribution, adjointSet[u] ? '+' : '='));
    adjointSet[u] = true;
  }
}

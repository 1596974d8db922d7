package dev.leibniz.graph;

import dev.leibniz.expr.MathFunction;

/**
 * The forward sweep of a {@link Tape}: every node's value from the point, in topological order
 * (a product {@code c * u_1 * ... * u_n}, a sum {@code c + w_1*u_1 + ...}, a function, {@code e^u},
 * {@code u^c}, {@code f^g}, a quotient {@code c*u/v}), and whether each is defined. A node is
 * undefined where its value is not finite or it depends on a node that is not: {@code 1/(1/0)}
 * is 0 in floating point but undefined as a real number, so the output is NaN there.
 *
 * <p>Owns the value array, which the backward and tangent sweeps read; thread-confined like its
 * tape. Constants are written once, when the sweep is built.
 */
final class ForwardSweep {
  // The graph's arrays are fields, as in BackwardSweep: read into locals at each sweep instead,
  // the interpreted gradient of F4 measured 5-10% slower (InterleavedGradient, mlp10, mlp100).
  private final int variableCount;
  private final int[] opcode;
  private final int[] start;
  private final int[] operand;
  private final double[] weight;
  private final double[] constant;
  private final MathFunction[] function;
  private final int firstComputed;
  private final double[] value;
  /** After a sweep: whether every node is finite. */
  private boolean allFinite;
  /** After a sweep with a non-finite node: which nodes depend on one; else unused. */
  private final boolean[] undefined;

  ForwardSweep(Graph graph) {
    variableCount = graph.variableCount();
    opcode = graph.opcode();
    start = graph.start();
    operand = graph.operand();
    weight = graph.weight();
    constant = graph.constant();
    function = graph.function();
    value = new double[opcode.length];
    int first = variableCount;
    for (int i = 0; i < opcode.length; i++) {
      if (opcode[i] == Opcode.CONSTANT) {
        value[i] = constant[i];
        first = i + 1;
      }
    }
    firstComputed = first;
    undefined = new boolean[opcode.length];
  }

  /** The first node that computes something: the variables and constants come before it. */
  int firstComputed() {
    return firstComputed;
  }

  /** Every node's value after the last sweep (the working array itself: read, do not write). */
  double[] values() {
    return value;
  }

  /** Whether node {@code y} is undefined after the last sweep (see the class comment). */
  boolean isUndefined(int y) {
    return !allFinite && undefined[y];
  }

  /** Node {@code y}'s value after the last sweep: finite, or NaN where it is undefined. */
  double definedValue(int y) {
    return isUndefined(y) ? Double.NaN : value[y];
  }

  /** Computes every node's value at {@code point}, the variables' values in order. */
  void run(double[] point) {
    int n = variableCount;
    if (point.length != n) {
      throw new IllegalArgumentException("expected " + n + " values, got " + point.length);
    }
    System.arraycopy(point, 0, value, 0, n);
    // v - v == 0 holds for a finite v only: one comparison per node, no branch.
    boolean finite = true;
    for (int j = 0; j < n; j++) finite &= point[j] - point[j] == 0;
    for (int i = firstComputed; i < opcode.length; i++) {
      int s = start[i];
      switch (opcode[i]) {
        case Opcode.PRODUCT: {
          double v = constant[i];
          for (int k = s; k < start[i + 1]; k++) v *= value[operand[k]];
          value[i] = v;
          break;
        }
        case Opcode.SUM: {
          double v = constant[i];
          for (int k = s; k < start[i + 1]; k++) v += weight[k] * value[operand[k]];
          value[i] = v;
          break;
        }
        case Opcode.FUNCTION:
          value[i] = function[i].value(value[operand[s]]);
          break;
        case Opcode.EXP: value[i] = Math.exp(value[operand[s]]); break;
        case Opcode.POWER_CONSTANT: value[i] = Math.pow(value[operand[s]], constant[i]); break;
        case Opcode.POWER: value[i] = Math.pow(value[operand[s]], value[operand[s + 1]]); break;
        case Opcode.QUOTIENT:
          value[i] = constant[i] * value[operand[s]] / value[operand[s + 1]];
          break;
        default: throw new IllegalStateException("unhandled opcode " + opcode[i]);
      }
      finite &= value[i] - value[i] == 0;
    }
    allFinite = finite;
    if (!allFinite) markUndefined();
  }

  /** Marks each node that is not finite or depends on one that is not. */
  private void markUndefined() {
    for (int i = 0; i < opcode.length; i++) {
      boolean bad = !Double.isFinite(value[i]);
      for (int k = start[i]; k < start[i + 1] && !bad; k++) bad = undefined[operand[k]];
      undefined[i] = bad;
    }
  }
}

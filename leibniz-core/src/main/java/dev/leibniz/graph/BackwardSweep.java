package dev.leibniz.graph;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.expr.MathFunction;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * The backward sweep of a {@link Tape}: seeds the output's adjoint {@code g_y = 1} and walks the
 * nodes in reverse, adding each node's contribution {@code g_u += g_v * dv/du} to each operand
 * {@code u}. A node whose adjoint is 0 is skipped (a node outside an output's cone cannot spoil
 * its gradient); where that skips an infinite local derivative, 0 times infinity, the sweep says
 * its result is not to be trusted, and the tape asks {@link TangentSweep} instead.
 *
 * <p>Owns the adjoint array; thread-confined like its tape.
 */
final class BackwardSweep {
  private final int[] opcode;
  private final int[] start;
  private final int[] operand;
  private final double[] weight;
  private final double[] constant;
  private final MathFunction[] function;
  /** Each function node's {@code f'}, compiled once from its row of the cheat sheet. */
  private final DoubleUnaryOperator[] slope;
  private final boolean[] active;
  private final int firstComputed;
  private final double[] adjoint;
  private final double[] scratch;
  private double[] value;

  BackwardSweep(Graph graph, int firstComputed, int widest) {
    opcode = graph.opcode();
    start = graph.start();
    operand = graph.operand();
    weight = graph.weight();
    constant = graph.constant();
    function = graph.function();
    slope = new DoubleUnaryOperator[function.length];
    for (int i = 0; i < function.length; i++) {
      if (function[i] != null) slope[i] = CheatSheet.slope(function[i]);
    }
    active = graph.active();
    this.firstComputed = firstComputed;
    adjoint = new double[opcode.length];
    scratch = new double[widest];
  }

  /** The adjoints after the last sweep, by node. */
  double[] adjoint() {
    return adjoint;
  }

  /**
   * The backward sweep from {@code output}; false when it skipped a zero adjoint over an
   * infinite local derivative (0 times infinity), so that its result cannot be trusted.
   */
  boolean run(double[] value, int output) {
    this.value = value;
    Arrays.fill(adjoint, 0);
    adjoint[output] = 1;
    boolean sure = true;
    for (int i = output; i >= firstComputed; i--) {
      double g = adjoint[i];
      if (g == 0) {
        if (active[i] && !finiteLocalDerivatives(i)) sure = false;
        continue;
      }
      int s = start[i];
      int u = operand[s];
      switch (opcode[i]) {
        case Opcode.PRODUCT: backwardProduct(i, g); break;
        case Opcode.SUM:
          for (int k = s; k < start[i + 1]; k++) adjoint[operand[k]] += g * weight[k];
          break;
        case Opcode.FUNCTION: adjoint[u] += g * slope[i].applyAsDouble(value[u]); break;
        case Opcode.EXP: adjoint[u] += g * value[i]; break;
        case Opcode.POWER_CONSTANT:
          adjoint[u] += g * constant[i] * Math.pow(value[u], constant[i] - 1);
          break;
        case Opcode.POWER: backwardPower(i, g, u, operand[s + 1]); break;
        case Opcode.QUOTIENT: {
          int v = operand[s + 1];
          adjoint[u] += g * constant[i] / value[v];
          adjoint[v] -= g * value[i] / value[v];
          break;
        }
        default: throw new IllegalStateException("unhandled opcode " + opcode[i]);
      }
    }
    return sure;
  }

  /**
   * Whether node {@code i}'s local derivatives are finite, for the kinds whose derivative can
   * be infinite where the value is finite (a product's are products of finite values).
   */
  private boolean finiteLocalDerivatives(int i) {
    int s = start[i];
    double u = value[operand[s]];
    switch (opcode[i]) {
      case Opcode.FUNCTION: return Double.isFinite(slope[i].applyAsDouble(u));
      case Opcode.POWER_CONSTANT: return Double.isFinite(Math.pow(u, constant[i] - 1));
      case Opcode.POWER: return Double.isFinite(Math.pow(u, value[operand[s + 1]] - 1))
          && (u > 0 || value[i] == 0);
      case Opcode.QUOTIENT: return Double.isFinite(1 / value[operand[s + 1]]);
      default: return true;
    }
  }

  /** {@code d(c*u_1*...*u_n)/du_k = c * (product of the others)}, by prefix and suffix products. */
  private void backwardProduct(int i, double g) {
    int s = start[i];
    int n = start[i + 1] - s;
    double left = constant[i];
    for (int k = 0; k < n; k++) {
      scratch[k] = left;
      left *= value[operand[s + k]];
    }
    double right = 1;
    for (int k = n - 1; k >= 0; k--) {
      adjoint[operand[s + k]] += g * scratch[k] * right;
      right *= value[operand[s + k]];
    }
  }

  /** {@code d(f^g) = g*f^(g-1) df + f^g*ln(f) dg}; each part only when its operand varies. */
  private void backwardPower(int i, double g, int f, int e) {
    if (active[f]) adjoint[f] += g * value[e] * Math.pow(value[f], value[e] - 1);
    if (active[e]) {
      double v = value[i];
      double logBase = value[f] > 0 ? Math.log(value[f]) : v == 0 ? 0 : Double.NaN;
      adjoint[e] += g * v * logBase;
    }
  }
}

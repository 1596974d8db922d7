package dev.leibniz.graph;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.expr.MathFunction;

/**
 * Forward-mode tangents with structural zeros: the sound way to a partial derivative where the
 * backward sweep of {@link Tape} meets 0 times infinity. One sweep per variable {@code x_j}
 * computes each node's tangent {@code dv/dx_j} and whether the node is <em>still</em>: constant
 * along {@code x_j} near the point, so that its tangent is exactly 0 however infinite the local
 * derivatives above it are. A node is still when
 * <ul>
 *   <li>it is a constant or another variable, or all its operands are still;
 *   <li>it is {@code relu(u)} with {@code u < 0}, or {@code sign(u)}, {@code step(u)} with
 *       {@code u != 0} (flat there);
 *   <li>it is a product or quotient whose still factor or numerator is 0, {@code 0^g} with
 *       {@code g > 0}, {@code 1^g} or {@code f^0}, with the 0, 1 or exponent 0 still.
 * </ul>
 * A still operand contributes nothing, so {@code sqrt(relu(x))} at {@code x = -1} has
 * derivative 0 and {@code (x*y)^(1/3)} at {@code (2, 0)} has {@code d/dx = 0}. Otherwise the
 * chain rule multiplies as usual, and a 0 times an infinite local derivative is NaN: the
 * derivative of {@code sqrt(x^2)} at 0 is refused rather than guessed. An infinite or NaN
 * tangent means the derivative does not exist there.
 *
 * <p>Each node also carries the function whose kink its tangent passed through ({@code abs},
 * {@code relu}, {@code sign}, {@code step} at 0, where the table's derivative is a convention,
 * not a derivative); a still node carries none.
 */
final class TangentSweep {
  private final Graph graph;
  private final double[] tangent;
  private final boolean[] still;
  private final MathFunction[] kink;
  private final double[] prefix;

  TangentSweep(Graph graph, int widest) {
    this.graph = graph;
    int n = graph.size();
    tangent = new double[n];
    still = new boolean[n];
    kink = new MathFunction[n];
    prefix = new double[widest];
  }

  /** True for the functions with a point (0) where they have no derivative. */
  static boolean hasKink(MathFunction f) {
    return f.hasKink();
  }

  /** True where {@code f} is constant near {@code u}: relu left of 0, sign and step off 0. */
  private static boolean flat(MathFunction f, double u) {
    return f == MathFunction.RELU && u < 0
        || (f == MathFunction.SIGN || f == MathFunction.STEP) && u != 0;
  }

  /**
   * The gradient of node {@code output} at the point whose node values are {@code value}: each
   * partial into {@code out} (NaN where it does not exist), and into {@code kinks} the function
   * whose kink it passed through, or null.
   */
  void gradient(double[] value, int output, double[] out, MathFunction[] kinks) {
    for (int j = 0; j < graph.variableCount(); j++) {
      sweep(value, j, output);
      double t = tangent[output];
      out[j] = still[output] ? 0 : t - t == 0 ? t : Double.NaN;
      kinks[j] = kink[output];
    }
  }

  private void sweep(double[] value, int variable, int last) {
    int[] opcode = graph.opcode();
    for (int i = 0; i <= last; i++) {
      tangent[i] = 0;
      kink[i] = null;
      int op = opcode[i];
      if (op == Opcode.VARIABLE) {
        still[i] = i != variable;
        tangent[i] = still[i] ? 0 : 1;
      } else if (op == Opcode.CONSTANT) {
        still[i] = true;
      } else {
        still[i] = computed(value, i, op);
      }
      if (still[i]) {
        tangent[i] = 0;
        kink[i] = null;
      }
    }
  }

  /** Sets the tangent and kink of computed node {@code i}; returns whether it is still. */
  private boolean computed(double[] value, int i, int op) {
    int s = graph.start()[i];
    int u = graph.operand()[s];
    double c = graph.constant()[i];
    switch (op) {
      case Opcode.SUM: return sum(i);
      case Opcode.PRODUCT: return product(value, i);
      case Opcode.FUNCTION: {
        MathFunction f = graph.function()[i];
        if (still[u] || flat(f, value[u])) return true;
        tangent[i] = CheatSheet.slope(f).applyAsDouble(value[u]) * tangent[u];
        kink[i] = hasKink(f) && value[u] == 0 ? f : kink[u];
        return false;
      }
      case Opcode.EXP: return unary(i, u, value[i]);
      case Opcode.POWER_CONSTANT: return unary(i, u, c * Math.pow(value[u], c - 1));
      case Opcode.POWER: return power(value, i, u, graph.operand()[s + 1]);
      case Opcode.QUOTIENT: {
        int v = graph.operand()[s + 1];
        if (still[u] && value[u] == 0) return true;
        if (!still[u]) tangent[i] += c * tangent[u] / value[v];
        if (!still[v]) tangent[i] -= value[i] * tangent[v] / value[v];
        kink[i] = kink[u] != null ? kink[u] : kink[v];
        return still[u] && still[v];
      }
      default: throw new IllegalStateException("unhandled opcode " + op);
    }
  }

  private boolean unary(int i, int u, double derivative) {
    if (still[u]) return true;
    tangent[i] = derivative * tangent[u];
    kink[i] = kink[u];
    return false;
  }

  private boolean sum(int i) {
    boolean allStill = true;
    for (int k = graph.start()[i]; k < graph.start()[i + 1]; k++) {
      int u = graph.operand()[k];
      if (still[u]) continue;
      allStill = false;
      tangent[i] += graph.weight()[k] * tangent[u];
      if (kink[i] == null) kink[i] = kink[u];
    }
    return allStill;
  }

  /** {@code d(c*u_1*...*u_n) = sum of c*(product of the others)*du_k} over the moving u_k. */
  private boolean product(double[] value, int i) {
    int s = graph.start()[i];
    int n = graph.start()[i + 1] - s;
    boolean allStill = true;
    for (int k = 0; k < n; k++) {
      int u = graph.operand()[s + k];
      if (still[u] && value[u] == 0) return true;
      allStill &= still[u];
    }
    if (allStill) return true;
    double left = graph.constant()[i];
    for (int k = 0; k < n; k++) {
      prefix[k] = left;
      left *= value[graph.operand()[s + k]];
    }
    double right = 1;
    for (int k = n - 1; k >= 0; k--) {
      int u = graph.operand()[s + k];
      if (!still[u]) {
        tangent[i] += prefix[k] * right * tangent[u];
        if (kink[i] == null) kink[i] = kink[u];
      }
      right *= value[u];
    }
    return false;
  }

  /** {@code d(f^g) = g*f^(g-1) df + f^g*ln(f) dg}, each part only when its operand moves. */
  private boolean power(double[] value, int i, int f, int g) {
    double base = value[f];
    double exponent = value[g];
    if (still[f] && (base == 0 && exponent > 0 || base == 1) || still[g] && exponent == 0) {
      return true;
    }
    if (still[f] && still[g]) return true;
    if (!still[f]) tangent[i] += exponent * Math.pow(base, exponent - 1) * tangent[f];
    if (!still[g]) tangent[i] += value[i] * Math.log(base) * tangent[g];
    kink[i] = kink[f] != null ? kink[f] : kink[g];
    return false;
  }
}

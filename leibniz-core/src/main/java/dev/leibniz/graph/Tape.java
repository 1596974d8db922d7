package dev.leibniz.graph;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.MathFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * A compiled computation graph with its working memory: evaluate it at many points, and get the
 * gradient by one forward and one backward sweep (reverse mode), as micrograd does but over flat
 * arrays instead of node objects.
 *
 * <p>The forward sweep computes every node's value in topological order. The backward sweep
 * seeds the output's adjoint {@code g_y = 1} and walks the nodes in reverse, adding each node's
 * contribution {@code g_u += g_v * dv/du} to each operand {@code u}; a node used twice therefore
 * gathers both contributions. Nodes whose adjoint is zero contribute nothing, so that a node
 * outside an output's cone cannot spoil its gradient with a NaN. The local derivatives of
 * functions come from {@link CheatSheet#slope}, the rows the symbolic differentiator
 * uses too. For a general power {@code f^g} the contribution to {@code g} is
 * {@code g_v * f^g * ln f}, computed only when {@code g} depends on a variable: it is 0 where
 * {@code f^g = 0} and NaN where {@code f < 0}, since {@code f^g} is then no differentiable real
 * function of {@code g}.
 *
 * <p>Values and adjoints live in arrays allocated once, so {@link #value}, {@link #gradient} and
 * {@link #jacobian} allocate nothing. This makes a tape <em>thread-confined</em>: use one tape per
 * thread, and get more from {@link #copy()}, which shares the compiled structure.
 */
public final class Tape {
  private final Graph graph;
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
  private final double[] value;
  private final double[] adjoint;
  private final double[] scratch;

  Tape(Graph graph) {
    this.graph = graph;
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
    value = new double[opcode.length];
    adjoint = new double[opcode.length];
    int first = graph.variableCount();
    int widest = 0;
    for (int i = 0; i < opcode.length; i++) {
      if (opcode[i] == Opcode.CONSTANT) {
        value[i] = constant[i];
        first = i + 1;
      }
      widest = Math.max(widest, graph.arity(i));
    }
    firstComputed = first;
    scratch = new double[widest];
  }

  /** A tape with the same graph and its own working memory, for use in another thread. */
  public Tape copy() {
    return new Tape(graph);
  }

  /** The variables, in the order a point lists their values. */
  public List<String> variables() {
    return graph.variables();
  }

  /**
   * The values {@code at} gives the variables, in the order of {@link #variables()}: the one
   * place where a point by name becomes a point by position.
   *
   * @throws LeibnizException naming the first variable (in that order) that has no value
   */
  public double[] point(Map<String, Double> at) {
    List<String> variables = graph.variables();
    double[] point = new double[variables.size()];
    for (int i = 0; i < point.length; i++) {
      Double value = at.get(variables.get(i));
      if (value == null) {
        throw new LeibnizException("no value for variable '" + variables.get(i) + "'");
      }
      point[i] = value;
    }
    return point;
  }

  /** The number of outputs. */
  public int outputCount() {
    return graph.outputs().length;
  }

  /** The number of nodes, variables and constants included. */
  public int size() {
    return opcode.length;
  }

  /** The number of nodes that compute something: neither variables nor constants. */
  public int intermediateCount() {
    return opcode.length - firstComputed;
  }

  /** The value of the first output at {@code point}. */
  public double value(double[] point) {
    forward(point);
    return value[graph.outputs()[0]];
  }

  /** The values of all outputs at {@code point}, into {@code out}. */
  public void values(double[] point, double[] out) {
    forward(point);
    int[] outputs = graph.outputs();
    for (int k = 0; k < outputs.length; k++) out[k] = value[outputs[k]];
  }

  /** The gradient of the first output at {@code point} into {@code out}; returns its value. */
  public double gradient(double[] point, double[] out) {
    return gradient(0, point, out);
  }

  /** The gradient of output {@code k} at {@code point} into {@code out}; returns its value. */
  public double gradient(int k, double[] point, double[] out) {
    forward(point);
    int y = graph.outputs()[k];
    backward(y);
    System.arraycopy(adjoint, 0, out, 0, graph.variableCount());
    return value[y];
  }

  /**
   * The Jacobian at {@code point}: {@code out[k][j]} is the derivative of output {@code k} by
   * variable {@code j}. One forward sweep, then one backward sweep per output.
   */
  public void jacobian(double[] point, double[][] out) {
    forward(point);
    int[] outputs = graph.outputs();
    for (int k = 0; k < outputs.length; k++) {
      backward(outputs[k]);
      System.arraycopy(adjoint, 0, out[k], 0, graph.variableCount());
    }
  }

  /** The structure, for the printers. */
  Graph graph() {
    return graph;
  }

  /** Node {@code i}'s value after the last sweep. */
  double valueOf(int i) {
    return value[i];
  }

  /** Node {@code i}'s adjoint after the last backward sweep. */
  double adjointOf(int i) {
    return adjoint[i];
  }

  private void forward(double[] point) {
    int n = graph.variableCount();
    if (point.length != n) {
      throw new IllegalArgumentException("expected " + n + " values, got " + point.length);
    }
    System.arraycopy(point, 0, value, 0, n);
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
        case Opcode.FUNCTION: value[i] = function[i].value(value[operand[s]]); break;
        case Opcode.EXP: value[i] = Math.exp(value[operand[s]]); break;
        case Opcode.POWER_CONSTANT: value[i] = Math.pow(value[operand[s]], constant[i]); break;
        case Opcode.POWER: value[i] = Math.pow(value[operand[s]], value[operand[s + 1]]); break;
        case Opcode.QUOTIENT:
          value[i] = constant[i] * value[operand[s]] / value[operand[s + 1]];
          break;
        default: throw new IllegalStateException("unhandled opcode " + opcode[i]);
      }
    }
  }

  private void backward(int output) {
    Arrays.fill(adjoint, 0);
    adjoint[output] = 1;
    for (int i = output; i >= firstComputed; i--) {
      double g = adjoint[i];
      if (g == 0) continue;
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

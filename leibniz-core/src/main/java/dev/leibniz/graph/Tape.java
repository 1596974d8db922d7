package dev.leibniz.graph;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.MathFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
 * functions come from {@link dev.leibniz.diff.CheatSheet#slope}, the rows the symbolic
 * differentiator uses too. For a general power {@code f^g} the contribution to {@code g} is
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
  private final boolean[] active;
  private final int firstComputed;
  private final double[] value;
  private final BackwardSweep backward;
  /** The active nodes of a function with a kink at 0 ({@code abs(u)}, ...), usually none. */
  private final int[] kinkNodes;
  private final TangentSweep tangents;
  private final MathFunction[] kinks;
  /** After a forward sweep: whether every node is finite. */
  private boolean allFinite;
  /** Whether {@code kinks} may hold a name from the last gradient. */
  private boolean kinksNamed;
  /** After a forward sweep with a non-finite node: which nodes depend on one; else unused. */
  private final boolean[] undefined;

  Tape(Graph graph) {
    this.graph = graph;
    opcode = graph.opcode();
    start = graph.start();
    operand = graph.operand();
    weight = graph.weight();
    constant = graph.constant();
    function = graph.function();
    active = graph.active();
    value = new double[opcode.length];
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
    backward = new BackwardSweep(graph, first, widest);
    kinkNodes = java.util.stream.IntStream.range(0, opcode.length)
        .filter(i -> function[i] != null && active[i] && TangentSweep.hasKink(function[i]))
        .toArray();
    tangents = new TangentSweep(graph, widest);
    kinks = new MathFunction[graph.variableCount()];
    undefined = new boolean[opcode.length];
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

  /** The value of the first output at {@code point}: finite, or NaN where it is undefined. */
  public double value(double[] point) {
    forward(point);
    return outputValue(graph.outputs()[0]);
  }

  /** The values of all outputs at {@code point}, into {@code out} (NaN where undefined). */
  public void values(double[] point, double[] out) {
    forward(point);
    int[] outputs = graph.outputs();
    for (int k = 0; k < outputs.length; k++) out[k] = outputValue(outputs[k]);
  }

  /**
   * The gradient of the first output at {@code point} into {@code out}; returns its value. A
   * partial that does not exist there is NaN; {@link #kink} says which sit on a kink.
   */
  public double gradient(double[] point, double[] out) {
    return gradient(0, point, out);
  }

  /** The gradient of output {@code k} at {@code point} into {@code out}; returns its value. */
  public double gradient(int k, double[] point, double[] out) {
    forward(point);
    int y = graph.outputs()[k];
    gradientOf(y, out);
    return outputValue(y);
  }

  /**
   * The Jacobian at {@code point}: {@code out[k][j]} is the derivative of output {@code k} by
   * variable {@code j}. One forward sweep, then one backward sweep per output.
   */
  public void jacobian(double[] point, double[][] out) {
    forward(point);
    int[] outputs = graph.outputs();
    for (int k = 0; k < outputs.length; k++) gradientOf(outputs[k], out[k]);
  }

  /**
   * After {@link #gradient}: the function ({@code abs}, {@code relu}, {@code sign},
   * {@code step}) whose kink at 0 the partial by variable {@code j} passed through, where the
   * partial is the table's convention rather than a derivative; null when there is none.
   */
  public MathFunction kink(int j) {
    return kinks[j];
  }

  /** Whether the last forward sweep put the argument of a kinked function exactly on 0. */
  private boolean onKink() {
    for (int i : kinkNodes) {
      if (value[operand[start[i]]] == 0) return true;
    }
    return false;
  }

  private double outputValue(int y) {
    return allFinite || !undefined[y] ? value[y] : Double.NaN;
  }

  /** The gradient of node {@code y} after a forward sweep: backward, or tangents if need be. */
  private void gradientOf(int y, double[] out) {
    int n = graph.variableCount();
    if (kinksNamed) Arrays.fill(kinks, null);
    kinksNamed = false;
    if (!allFinite && undefined[y]) {
      Arrays.fill(out, 0, n, Double.NaN);
      return;
    }
    boolean sure = backward.run(value, y);
    double[] adjoint = backward.adjoint();
    for (int j = 0; j < n && sure; j++) sure = Double.isFinite(adjoint[j]);
    if (sure && !onKink()) {
      System.arraycopy(adjoint, 0, out, 0, n);
    } else {
      tangents.gradient(value, y, out, kinks);
      kinksNamed = true;
    }
  }

  /**
   * The sweeps for the first output written out as straight-line code, one step per node and
   * per contribution, for the bytecode compiler and the source code generators.
   */
  public StraightLine straightLine() {
    return SweepUnroller.unroll(this);
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
    return backward.adjoint()[i];
  }

  private void forward(double[] point) {
    int n = graph.variableCount();
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

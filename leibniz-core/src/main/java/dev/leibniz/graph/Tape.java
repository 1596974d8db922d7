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
 * <p>The forward sweep computes every node's value in topological order ({@link ForwardSweep}).
 * The backward sweep ({@link BackwardSweep}) seeds the output's adjoint {@code g_y = 1} and walks
 * the nodes in reverse, adding each node's contribution {@code g_u += g_v * dv/du} to each operand
 * {@code u}; a node used twice therefore gathers both contributions. Nodes whose adjoint is zero
 * contribute nothing, so that a node outside an output's cone cannot spoil its gradient with a
 * NaN. The local derivatives of
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
  private final int[] start;
  private final int[] operand;
  private final ForwardSweep forward;
  private final BackwardSweep backward;
  /** The active nodes of a function with a kink at 0 ({@code abs(u)}, ...), usually none. */
  private final int[] kinkNodes;
  private final TangentSweep tangents;
  private final MathFunction[] kinks;
  /** Whether {@code kinks} may hold a name from the last gradient. */
  private boolean kinksNamed;

  Tape(Graph graph) {
    this.graph = graph;
    start = graph.start();
    operand = graph.operand();
    MathFunction[] function = graph.function();
    boolean[] active = graph.active();
    int widest = 0;
    for (int i = 0; i < graph.size(); i++) widest = Math.max(widest, graph.arity(i));
    forward = new ForwardSweep(graph);
    backward = new BackwardSweep(graph, forward.firstComputed(), widest);
    kinkNodes = java.util.stream.IntStream.range(0, graph.size())
        .filter(i -> function[i] != null && active[i] && TangentSweep.hasKink(function[i]))
        .toArray();
    tangents = new TangentSweep(graph, widest);
    kinks = new MathFunction[graph.variableCount()];
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
    return graph.size();
  }

  /** The number of nodes that compute something: neither variables nor constants. */
  public int intermediateCount() {
    return graph.size() - forward.firstComputed();
  }

  /** The value of the first output at {@code point}: finite, or NaN where it is undefined. */
  public double value(double[] point) {
    forward.run(point);
    return forward.definedValue(graph.outputs()[0]);
  }

  /** The values of all outputs at {@code point}, into {@code out} (NaN where undefined). */
  public void values(double[] point, double[] out) {
    forward.run(point);
    int[] outputs = graph.outputs();
    for (int k = 0; k < outputs.length; k++) out[k] = forward.definedValue(outputs[k]);
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
    forward.run(point);
    int y = graph.outputs()[k];
    gradientOf(y, out);
    return forward.definedValue(y);
  }

  /**
   * The Jacobian at {@code point}: {@code out[k][j]} is the derivative of output {@code k} by
   * variable {@code j}. One forward sweep, then one backward sweep per output.
   */
  public void jacobian(double[] point, double[][] out) {
    forward.run(point);
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
      if (forward.values()[operand[start[i]]] == 0) return true;
    }
    return false;
  }

  /** The gradient of node {@code y} after a forward sweep: backward, or tangents if need be. */
  private void gradientOf(int y, double[] out) {
    int n = graph.variableCount();
    if (kinksNamed) Arrays.fill(kinks, null);
    kinksNamed = false;
    if (forward.isUndefined(y)) {
      Arrays.fill(out, 0, n, Double.NaN);
      return;
    }
    double[] value = forward.values();
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
    return forward.values()[i];
  }

  /** Node {@code i}'s adjoint after the last backward sweep. */
  double adjointOf(int i) {
    return backward.adjoint()[i];
  }
}

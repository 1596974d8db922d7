package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.graph.CompiledTape;
import dev.leibniz.graph.GraphPrinter;
import dev.leibniz.graph.Tape;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression compiled to a reverse-mode tape: evaluate it and its whole gradient at many
 * points without allocating. One forward sweep computes the value, one backward sweep all the
 * partial derivatives, at a small constant multiple of the cost of one evaluation.
 *
 * <p>The first calls interpret the tape; after a few dozen, the sweeps are compiled to bytecode,
 * straight-line code as a person would write the gradient by hand, with loops over the runs
 * that repeat (graphs whose code would exceed {@value CompiledTape#LARGEST_CODE} bytes stay
 * interpreted: the JIT would take too long over theirs). The answers are the same to rounding,
 * and exactly the tape's wherever a value or partial is undefined or sits on a kink.
 *
 * <p>The tape computes the canonical form. Where the input as written may have no value at a
 * point where that form has one ({@code sqrt(x)^2}, canonically {@code x}; decided once, by
 * {@link Expression#compile()}), each finite answer is checked against the input as written:
 * {@code sqrt(x)^2} at -4 is NaN, its gradient NaN, as {@link Expression#evaluate} says. Other
 * inputs, most of them, pay nothing for it. The check is that of {@code evaluate}, in exact
 * values; the canonical form's own domain is judged in doubles, as the tape computes it.
 *
 * <p>Thread-confined: the tape owns its work arrays. Give each thread its own {@link #copy()}.
 *
 * <pre>{@code
 * CompiledGradient g = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)").compile();
 * double[] grad = new double[2];                     // in the order of g.variables(): x, z
 * double y = g.gradient(new double[] {2, 3}, grad);  // grad = {1208.38..., 809.70...}
 * double[] p = g.point(Map.of("x", 2.0, "z", 3.0));  // {2, 3}, by name
 * }</pre>
 */
public final class CompiledGradient {
  private final CompiledTape compiled;
  private final Tape tape;
  /** The input as written, where it may be undefined where the tape is not; else null. */
  private final AsWritten written;
  /** Whether the last gradient was refused by {@link #written}: it has no kinks then. */
  private boolean refused;

  CompiledGradient(Tape tape, AsWritten written) {
    this(CompiledTape.of(tape), written);
  }

  private CompiledGradient(CompiledTape compiled, AsWritten written) {
    this.compiled = compiled;
    this.tape = compiled.tape();
    this.written = written;
  }

  /** The variables, in the order points and gradients list them. */
  public List<String> variables() {
    return tape.variables();
  }

  /**
   * The point {@code at} gives by name, as the array the other methods take: one value per
   * variable, in {@link #variables()} order. Its keys are read as variable names:
   * {@code "θ"} gives {@code theta} its value.
   *
   * @throws LeibnizException naming the first variable (in that order) without a value, or if
   *     two keys name one variable with two values
   */
  public double[] point(Map<String, Double> at) {
    return tape.point(Points.read(at));
  }

  /**
   * The value at {@code point} (one coordinate per variable, in {@link #variables()} order).
   *
   * @throws IllegalArgumentException if {@code point} does not have one value per variable
   */
  public double value(double[] point) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    double y = compiled.value(point);
    return written != null && y == y && !definedAsWritten(point) ? Double.NaN : y;
  }

  /**
   * Writes the gradient at {@code point} into {@code out} (one slot per variable) and returns
   * the value there.
   *
   * @throws IllegalArgumentException if {@code point} or {@code out} does not have one slot per
   *     variable
   */
  public double gradient(double[] point, double[] out) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    Arguments.oneSlotPerVariable(out, "gradient", variables());
    double y = compiled.gradient(point, out);
    refused = written != null && y == y && !definedAsWritten(point);
    if (!refused) return y;
    Arrays.fill(out, Double.NaN);
    return Double.NaN;
  }

  /** Whether the input as written is defined at {@code point} (the tape's variables only). */
  private boolean definedAsWritten(double[] point) {
    Map<String, Double> at = new HashMap<>();
    for (int j = 0; j < point.length; j++) at.put(variables().get(j), point[j]);
    return written.definedAt(at);
  }

  /**
   * After {@link #gradient}: the function ({@code abs}, {@code relu}, {@code sign} or
   * {@code step}) on whose kink at 0 the partial by variable {@code j} sits, where that partial
   * is the function's convention ({@code abs'(0) = 0}) rather than a derivative; null where
   * there is none. (A partial that does not exist at all, {@code sqrt(x)} at 0, is NaN.)
   *
   * @throws IllegalArgumentException if {@code j} is not the index of a variable in
   *     {@link #variables()}
   */
  public String kink(int j) {
    MathFunction f = compiled.kink(Arguments.variableIndex(j, variables()));
    return f == null || refused ? null : f.canonicalName();
  }

  /**
   * Reverse mode worked at {@code point} as in a lecture: the forward sweep, one assignment per
   * node ({@code a = x*z = 6}), then the backward sweep, one adjoint per line, ending with the
   * gradient ({@code g_x = g_a*z + g_b/x = 1208.38...}).
   *
   * @throws IllegalArgumentException if {@code point} does not have one value per variable
   */
  public String trace(double[] point) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    return GraphPrinter.trace(tape, point);
  }

  /**
   * The computation graph at {@code point} in Graphviz DOT, values and adjoints on the nodes:
   * {@code dot -Tsvg} draws it.
   *
   * @throws IllegalArgumentException if {@code point} does not have one value per variable
   */
  public String toDot(double[] point) {
    Arguments.oneSlotPerVariable(point, "point", variables());
    return GraphPrinter.toDot(tape, point);
  }

  /** A copy sharing the compiled graph with its own work arrays, for another thread. */
  public CompiledGradient copy() {
    return new CompiledGradient(compiled.copy(), written);
  }
}

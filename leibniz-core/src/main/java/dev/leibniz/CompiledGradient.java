package dev.leibniz;

import dev.leibniz.graph.Tape;
import java.util.List;

/**
 * An expression compiled to a reverse-mode tape: evaluate it and its whole gradient at many
 * points without allocating. One forward sweep computes the value, one backward sweep all the
 * partial derivatives, at a small constant multiple of the cost of one evaluation.
 *
 * <p>Thread-confined: the tape owns its work arrays. Give each thread its own {@link #copy()}.
 *
 * <pre>{@code
 * CompiledGradient g = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)").compile();
 * double[] grad = new double[2];                     // in the order of g.variables(): x, z
 * double y = g.gradient(new double[] {2, 3}, grad);  // grad = {1208.38..., 809.70...}
 * }</pre>
 */
public final class CompiledGradient {
  private final Tape tape;

  CompiledGradient(Tape tape) {
    this.tape = tape;
  }

  /** The variables, in the order points and gradients list them. */
  public List<String> variables() {
    return tape.variables();
  }

  /** The value at {@code point} (one coordinate per variable, in {@link #variables()} order). */
  public double value(double[] point) {
    return tape.value(point);
  }

  /**
   * Writes the gradient at {@code point} into {@code out} (one slot per variable) and returns
   * the value there.
   */
  public double gradient(double[] point, double[] out) {
    return tape.gradient(point, out);
  }

  /** A copy sharing the compiled graph with its own work arrays, for another thread. */
  public CompiledGradient copy() {
    return new CompiledGradient(tape.copy());
  }
}

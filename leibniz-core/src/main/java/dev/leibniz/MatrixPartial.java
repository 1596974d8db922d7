package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.Optional;

/**
 * One of the derivatives a line asks for ({@link MatrixExpression#partials}): the derivative,
 * or, when it cannot be given (matrix notation cannot write a vector by a matrix, a tensor), the
 * error saying why, kept as a value so that the line's other partials are still given:
 * d/dx of {@code W x} is {@code W} whatever d/dW is.
 *
 * <pre>{@code
 * List<MatrixPartial> partials = MatrixExpression.parse("W x where W: 2x3, x: 3")
 *     .partials(List.of(), 1, Layout.GRADIENT);
 * partials.get(0).failure();                 // "d/dW of a 2 vector by a 2x3 matrix is ..."
 * partials.get(1).derivative().toString();   // "d/dx = W   [2x3]"
 * }</pre>
 */
public final class MatrixPartial {
  private final List<String> variables;
  private final MatrixDerivative derivative;
  private final LeibnizException failure;

  private MatrixPartial(List<String> variables, MatrixDerivative derivative,
      LeibnizException failure) {
    this.variables = List.copyOf(variables);
    this.derivative = derivative;
    this.failure = failure;
  }

  /** The derivative of {@code f} by {@code chain} in {@code layout}, or why it cannot be given. */
  static MatrixPartial of(MatrixExpression f, List<String> chain, Layout layout) {
    try {
      MatrixDerivative d = f.derivative(chain, layout);
      return new MatrixPartial(d.variables(), d, null);
    } catch (LeibnizException e) {
      return new MatrixPartial(chain, null, e);
    }
  }

  /** A derivative given. */
  static MatrixPartial of(MatrixDerivative d) {
    return new MatrixPartial(d.variables(), d, null);
  }

  /** {@code d/dW}, {@code d2/ds dx} for x then s, as {@link MatrixDerivative#label()}. */
  public String label() {
    return OperatorLabel.of(variables);
  }

  /** The variables differentiated by, in the order applied. */
  public List<String> variables() {
    return variables;
  }

  /** True if the derivative is given, false if {@link #failure()} says why not. */
  public boolean isGiven() {
    return failure == null;
  }

  /**
   * The derivative.
   *
   * @throws LeibnizException the error that says why it cannot be given, if it cannot
   */
  public MatrixDerivative derivative() {
    if (failure != null) throw failure;
    return derivative;
  }

  /** Why the derivative cannot be given, in words; empty when it is given. */
  public Optional<String> failure() {
    return failure == null ? Optional.empty() : Optional.of(failure.getMessage());
  }
}

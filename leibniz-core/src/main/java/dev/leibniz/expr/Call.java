package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/**
 * A reserved function applied to its argument, such as {@code sin(x)}. Immutable, and equal to
 * another call of the same function on an equal argument; it keeps its hash, size and variables
 * ({@link Compound}).
 */
public final class Call extends Compound implements Expr {
  private final MathFunction function;
  private final Expr argument;

  /** {@code function(argument)}, as given (not canonicalised). */
  public Call(MathFunction function, Expr argument) {
    super(tag(4, 1, Objects.requireNonNull(function).hashCode()),
        Objects.requireNonNull(argument));
    this.function = function;
    this.argument = argument;
  }

  public MathFunction function() {
    return function;
  }

  public Expr argument() {
    return argument;
  }

  @Override
  public List<Expr> children() {
    return List.of(argument);
  }

  /** Structural equality, without recursion ({@link TreeEquality}). */
  @Override
  public boolean equals(Object o) {
    return TreeEquality.equal(this, o);
  }

  @Override
  public String toString() {
    return "Call[function=" + function + ", argument=" + argument + "]";
  }
}

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
    this(function, argument, false);
  }

  /**
   * {@code function(argument)} as {@link MathFunction#apply} made it from this very argument:
   * {@link Compound canonical} when the argument is, since apply makes it again from it.
   */
  static Call built(MathFunction function, Expr argument) {
    return new Call(function, argument, true);
  }

  private Call(MathFunction function, Expr argument, boolean built) {
    super(tag(4, 1, Objects.requireNonNull(function).hashCode()),
        Objects.requireNonNull(argument), built);
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
    return Operands.of(argument);
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

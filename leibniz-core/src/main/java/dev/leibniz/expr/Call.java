package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/** A reserved function applied to its argument, such as {@code sin(x)}. */
public record Call(MathFunction function, Expr argument) implements Expr {
  public Call {
    Objects.requireNonNull(function);
    Objects.requireNonNull(argument);
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
  public int hashCode() {
    return TreeEquality.hash(this);
  }
}

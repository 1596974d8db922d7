package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/** {@code base^exponent}; {@code e^u} is the exponential, {@code u^(1/2)} the square root. */
public record Power(Expr base, Expr exponent) implements Expr {
  public Power {
    Objects.requireNonNull(base);
    Objects.requireNonNull(exponent);
  }

  @Override
  public List<Expr> children() {
    return List.of(base, exponent);
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

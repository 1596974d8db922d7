package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/**
 * {@code base^exponent}; {@code e^u} is the exponential, {@code u^(1/2)} the square root.
 * Immutable, and equal to another power with equal base and exponent; it keeps its hash, size
 * and variables ({@link Compound}).
 */
public final class Power extends Compound implements Expr {
  private static final int TAG = tag(3, 2, 0);

  private final Expr base;
  private final Expr exponent;

  /** {@code base^exponent}, as given (not canonicalised). */
  public Power(Expr base, Expr exponent) {
    this(base, exponent, false);
  }

  /**
   * {@code base^exponent} as {@link PowerBuilder} made it from these very operands:
   * {@link Compound canonical} when both are, since the builder makes it again from them.
   */
  static Power built(Expr base, Expr exponent) {
    return new Power(base, exponent, true);
  }

  private Power(Expr base, Expr exponent, boolean built) {
    super(TAG, Objects.requireNonNull(base), Objects.requireNonNull(exponent), built);
    this.base = base;
    this.exponent = exponent;
  }

  public Expr base() {
    return base;
  }

  public Expr exponent() {
    return exponent;
  }

  @Override
  public List<Expr> children() {
    return Operands.of(base, exponent);
  }

  /** Structural equality, without recursion ({@link TreeEquality}). */
  @Override
  public boolean equals(Object o) {
    return TreeEquality.equal(this, o);
  }

  @Override
  public String toString() {
    return "Power[base=" + base + ", exponent=" + exponent + "]";
  }
}

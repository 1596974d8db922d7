package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/**
 * A variable: a letter with optional digits or a {@code _} subscript ({@code x}, {@code x1},
 * {@code w_2}), or a Greek name ({@code theta}); Greek letters are stored by name.
 */
public record Var(String name) implements Expr {
  public Var {
    Objects.requireNonNull(name);
    if (name.isEmpty()) throw new IllegalArgumentException("empty variable name");
  }

  @Override
  public String toString() {
    return name;
  }

  @Override
  public List<Expr> children() {
    return Operands.empty();
  }
}

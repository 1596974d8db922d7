package dev.leibniz.expr;

import java.util.List;
import java.util.Objects;

/**
 * A variable: a letter with optional digits or a {@code _} subscript ({@code x}, {@code x1},
 * {@code w_2}), or a Greek name ({@code theta}); Greek letters are stored by name.
 */
public record Var(String name) implements Expr {
  /**
   * The one-letter names as shared strings whose hashes are computed once: a parsed name is a
   * new string, and the node's hash and variable bit ({@link Compound}) would hash it again.
   */
  private static final String[] LETTERS = letters();

  /**
   * One shared node per one-letter ASCII name (made after {@link #LETTERS}, which its
   * constructor reads): {@link #named} hands these out, so the parser's every {@code x} is one
   * object, which stays in the cache and is told equal to another {@code x} by identity.
   */
  private static final Var[] SHARED = shared();

  public Var {
    Objects.requireNonNull(name);
    if (name.isEmpty()) throw new IllegalArgumentException("empty variable name");
    if (name.length() == 1 && name.charAt(0) < LETTERS.length) name = LETTERS[name.charAt(0)];
  }

  /**
   * The variable {@code name}: the shared node of a one-letter ASCII name, else a new one.
   * Equal to {@code new Var(name)} either way (a record is equal by its name).
   */
  static Var named(String name) {
    if (name.length() == 1 && name.charAt(0) < SHARED.length) return SHARED[name.charAt(0)];
    return new Var(name);
  }

  private static Var[] shared() {
    Var[] vars = new Var[LETTERS.length];
    for (int c = 0; c < vars.length; c++) vars[c] = new Var(LETTERS[c]);
    return vars;
  }

  private static String[] letters() {
    String[] letters = new String[128];
    for (char c = 0; c < letters.length; c++) {
      letters[c] = String.valueOf(c);
      letters[c].hashCode();
    }
    return letters;
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

package dev.leibniz;

import dev.leibniz.expr.Expr;

/** The tree behind an {@link Expression}, for tests of the core packages (not public API). */
public final class Trees {
  private Trees() {}

  /** The canonical tree of {@code e}. */
  public static Expr of(Expression e) {
    return e.tree();
  }
}

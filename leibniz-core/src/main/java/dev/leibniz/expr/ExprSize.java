package dev.leibniz.expr;

/**
 * The printed size of an expression (its node count as a tree), so it can guard against results
 * too large to print. Each compound node keeps its size from its construction
 * ({@link Compound}), so asking costs nothing, however much larger the tree is than its DAG.
 */
public final class ExprSize {
  /** The largest result Leibniz hands back: beyond it, a clear error instead of exhausted memory. */
  public static final long MAX_NODES = 1_000_000;

  private ExprSize() {}

  /** True if {@code e} has at most {@code limit} nodes as a tree (so is at most that deep). */
  public static boolean isSmall(Expr e, int limit) {
    return treeSize(e) <= limit;
  }

  /** Nodes in {@code e} as a tree, saturating at {@code Long.MAX_VALUE / 4}. */
  public static long treeSize(Expr e) {
    return Compound.sizeOf(e);
  }
}

package dev.leibniz.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The printed size of an expression (its node count as a tree), computed on the shared DAG in
 * time proportional to the DAG, so it can guard against results too large to print.
 */
public final class ExprSize {
  /** The largest result Leibniz hands back: beyond it, a clear error instead of exhausted memory. */
  public static final long MAX_NODES = 1_000_000;

  private final Map<Expr, Long> sizes = new IdentityHashMap<>();

  private ExprSize() {}

  /**
   * True if {@code e} has at most {@code limit} nodes as a tree (so it is also at most that
   * deep): a walk that stops at the limit and keeps no map, cheap enough to run before every
   * guard on the small expressions that are the common case.
   */
  public static boolean isSmall(Expr e, int limit) {
    Deque<Expr> work = new ArrayDeque<>();
    work.push(e);
    int count = 0;
    while (!work.isEmpty()) {
      if (++count + work.size() - 1 > limit) return false;
      pushOperands(work.pop(), work);
    }
    return true;
  }

  /** Pushes the operands of {@code e}, as {@link Expr#children()} lists them, with no list. */
  private static void pushOperands(Expr e, Deque<Expr> work) {
    if (e instanceof Sum s) {
      for (Expr t : s.terms()) work.push(t);
    } else if (e instanceof Product p) {
      for (Expr f : p.factors()) work.push(f);
    } else if (e instanceof Power p) {
      work.push(p.base());
      work.push(p.exponent());
    } else if (e instanceof Call c) {
      work.push(c.argument());
    }
  }

  /** Nodes in {@code e} as a tree, saturating at {@code Long.MAX_VALUE / 4}. */
  public static long treeSize(Expr e) {
    return new ExprSize().size(e);
  }

  private long size(Expr e) {
    if (e.children().isEmpty()) return 1;
    Long known = sizes.get(e);
    if (known != null) return known;
    long total = 1;
    for (Expr child : e.children()) total = add(total, size(child));
    sizes.put(e, total);
    return total;
  }

  private static long add(long a, long b) {
    return Math.min(a + b, Long.MAX_VALUE / 4);
  }
}

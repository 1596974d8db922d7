package dev.leibniz.expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps deep expressions off small stacks. The stages that walk a tree recursively (the
 * differentiator, the printers, the evaluator) take a few frames per level; a tree deeper than
 * {@link #SHALLOW} levels is processed on a thread of its own with a {@link #LARGE_STACK}
 * stack, whatever stack the caller has, so that no input within the parser's nesting limit can
 * overflow it.
 */
public final class StackGuard {
  /** Tree height up to which work runs on the caller's thread. */
  public static final int SHALLOW = 150;
  private static final long LARGE_STACK = 512L << 20;

  private StackGuard() {}

  /** True if {@code e} is taller than {@link #SHALLOW}; walks the DAG once, without recursion. */
  public static boolean isDeep(Expr e) {
    if (ExprSize.isSmall(e, SHALLOW)) return false;
    Map<Expr, Integer> height = new IdentityHashMap<>();
    Deque<Expr> work = new ArrayDeque<>();
    work.push(e);
    while (!work.isEmpty()) {
      Expr next = work.peek();
      if (height.containsKey(next)) {
        work.pop();
        continue;
      }
      List<Expr> children = next.children();
      int tallest = 0;
      boolean ready = true;
      for (Expr c : children) {
        Integer h = height.get(c);
        if (h == null) {
          work.push(c);
          ready = false;
        } else {
          tallest = Math.max(tallest, h);
        }
      }
      if (ready) {
        work.pop();
        if (tallest + 1 > SHALLOW) return true;
        height.put(next, tallest + 1);
      }
    }
    return false;
  }

  /** Runs {@code work} on a thread with a large stack and returns its result or rethrows. */
  public static <T> T onLargeStack(Supplier<T> work) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = work.get();
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      }
    }, "leibniz-deep", LARGE_STACK);
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure[0] instanceof RuntimeException r) throw r;
    if (failure[0] instanceof Error err) throw err;
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }
}

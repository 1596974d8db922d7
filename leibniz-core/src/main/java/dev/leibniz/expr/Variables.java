package dev.leibniz.expr;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

/** The variables an expression mentions, in name order ({@code x2} before {@code x10}). */
public final class Variables {
  private Variables() {}

  /** The sorted set of variable names in {@code e}; walks each shared subtree once. */
  public static Set<String> of(Expr e) {
    Set<String> names = new TreeSet<>(ExprOrder::compareNames);
    Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Expr> work = new ArrayDeque<>();
    work.push(e);
    while (!work.isEmpty()) {
      Expr next = work.pop();
      if (!seen.add(next)) continue;
      if (next instanceof Var v) names.add(v.name());
      next.children().forEach(work::push);
    }
    return Collections.unmodifiableSet(names);
  }
}

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

  /**
   * False when {@code variable} certainly does not occur in {@code e}, which is then a constant
   * with respect to it; true when it may. Constant time: each node keeps a mask of the variables
   * below it ({@link Compound}).
   */
  public static boolean mayContain(Expr e, String variable) {
    return mayContain(e, bit(variable));
  }

  /** As {@link #mayContain(Expr, String)}, with the variable's {@link #bit} computed once. */
  public static boolean mayContain(Expr e, long bit) {
    return (Compound.variablesOf(e) & bit) != 0;
  }

  /** True when {@code e} certainly has no variable in it: a constant. Constant time. */
  public static boolean none(Expr e) {
    return Compound.variablesOf(e) == 0;
  }

  /** The variable's bit in the masks the nodes keep. */
  public static long bit(String variable) {
    return Compound.variableBit(variable);
  }
}

package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural equality of trees without unbounded recursion, so that comparing two trees costs
 * no stack whatever their depth. {@link Sum}, {@link Product}, {@link Power} and {@link Call}
 * use it for {@code equals}; leaves keep their records' own.
 *
 * <p>It first recurses, which allocates nothing, and only a tree deeper than
 * {@link #RECURSION} levels is walked again with an explicit stack: the recursion is bounded
 * whatever the input.
 *
 * <p>Two trees are equal when they have the same node kinds, functions, leaves and operand
 * counts in the same places. The hash ({@link Compound}, kept by each node) folds the nodes in
 * pre-order, each as its kind, operand count and (for a leaf or a call) its value; a pre-order
 * with operand counts determines the tree, so equal trees hash alike, and two compound nodes
 * whose hashes differ are unequal without a walk.
 */
final class TreeEquality {
  /** The deepest the fast, recursive walks go before the iterative ones take over. */
  private static final int RECURSION = 48;

  /** Thrown, without a stack trace, by a recursive walk that reached {@link #RECURSION}. */
  private static final RuntimeException TOO_DEEP = new RuntimeException("too deep", null, false,
      false) {
    private static final long serialVersionUID = 1L;
  };

  private TreeEquality() {}

  /** True if {@code a} and {@code b} are the same tree. */
  static boolean equal(Expr a, Object b) {
    if (a == b) return true;
    if (!(b instanceof Expr) || a.getClass() != b.getClass()) return false;
    if (a.hashCode() != b.hashCode()) return false;
    try {
      return equalRecursively(a, (Expr) b, 0);
    } catch (RuntimeException e) {
      if (e != TOO_DEEP) throw e;
      return equalIteratively(a, (Expr) b);
    }
  }

  private static boolean equalRecursively(Expr x, Expr y, int depth) {
    if (x == y) return true;
    if (x.getClass() != y.getClass() || differentHashes(x, y)) return false;
    if (x instanceof Call cx && cx.function() != ((Call) y).function()) return false;
    int n = arity(x);
    if (n == 0) return x.equals(y);
    if (n != arity(y)) return false;
    if (depth == RECURSION) throw TOO_DEEP;
    for (int i = 0; i < n; i++) {
      if (!equalRecursively(operand(x, i), operand(y, i), depth + 1)) return false;
    }
    return true;
  }

  private static boolean equalIteratively(Expr a, Expr b) {
    List<Expr> pending = new ArrayList<>();
    pending.add(a);
    pending.add(b);
    while (!pending.isEmpty()) {
      Expr y = pending.remove(pending.size() - 1);
      Expr x = pending.remove(pending.size() - 1);
      if (x == y) continue;
      if (x.getClass() != y.getClass() || differentHashes(x, y)) return false;
      if (x instanceof Call cx && cx.function() != ((Call) y).function()) return false;
      int n = arity(x);
      if (n == 0) {
        if (!x.equals(y)) return false;
        continue;
      }
      if (n != arity(y)) return false;
      for (int i = 0; i < n; i++) {
        pending.add(operand(x, i));
        pending.add(operand(y, i));
      }
    }
    return true;
  }

  /** True if x and y are compound nodes, so keep their hashes, and the hashes differ. */
  private static boolean differentHashes(Expr x, Expr y) {
    return x instanceof Compound && x.hashCode() != y.hashCode();
  }

  /** The number of operands, as {@link Expr#children} counts them, without building a list. */
  private static int arity(Expr e) {
    if (e instanceof Sum s) return s.termCount();
    if (e instanceof Product p) return p.factorCount();
    if (e instanceof Power) return 2;
    return e instanceof Call ? 1 : 0;
  }

  /** Operand {@code i}, as {@code e.children().get(i)}, without building a list. */
  private static Expr operand(Expr e, int i) {
    if (e instanceof Sum s) return s.term(i);
    if (e instanceof Product p) return p.factor(i);
    if (e instanceof Power p) return i == 0 ? p.base() : p.exponent();
    return ((Call) e).argument();
  }
}

package dev.leibniz.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural equality and hashing of trees without recursion, so that comparing or hashing a
 * tree costs no stack whatever its depth (records would recurse several frames per level).
 * {@link Sum}, {@link Product}, {@link Power} and {@link Call} use it for {@code equals} and
 * {@code hashCode}; leaves keep their records' own.
 *
 * <p>Both first recurse, which allocates nothing, and only a tree deeper than
 * {@link #RECURSION} levels is walked again with an explicit stack: the recursion is bounded
 * whatever the input.
 *
 * <p>Two trees are equal when they have the same node kinds, functions, leaves and operand
 * counts in the same places. The hash folds the nodes in pre-order, each as its kind, operand
 * count and (for a leaf or a call) its value; a pre-order with operand counts determines the
 * tree, so equal trees hash alike.
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
    try {
      return equalRecursively(a, (Expr) b, 0);
    } catch (RuntimeException e) {
      if (e != TOO_DEEP) throw e;
      return equalIteratively(a, (Expr) b);
    }
  }

  private static boolean equalRecursively(Expr x, Expr y, int depth) {
    if (x == y) return true;
    if (x.getClass() != y.getClass()) return false;
    if (x instanceof Call cx && cx.function() != ((Call) y).function()) return false;
    List<Expr> xs = x.children();
    List<Expr> ys = y.children();
    if (xs.isEmpty()) return x.equals(y);
    if (xs.size() != ys.size()) return false;
    if (depth == RECURSION) throw TOO_DEEP;
    for (int i = 0; i < xs.size(); i++) {
      if (!equalRecursively(xs.get(i), ys.get(i), depth + 1)) return false;
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
      if (x.getClass() != y.getClass()) return false;
      if (x instanceof Call cx && cx.function() != ((Call) y).function()) return false;
      List<Expr> xs = x.children();
      List<Expr> ys = y.children();
      if (xs.isEmpty()) {
        if (!x.equals(y)) return false;
        continue;
      }
      if (xs.size() != ys.size()) return false;
      for (int i = 0; i < xs.size(); i++) {
        pending.add(xs.get(i));
        pending.add(ys.get(i));
      }
    }
    return true;
  }

  /** A hash of the tree, equal for equal trees. */
  static int hash(Expr e) {
    try {
      return hashRecursively(e, 1, 0);
    } catch (RuntimeException tooDeep) {
      if (tooDeep != TOO_DEEP) throw tooDeep;
      return hashIteratively(e);
    }
  }

  /** The pre-order fold of {@link #hashIteratively}, continued from {@code h}. */
  private static int hashRecursively(Expr e, int h, int depth) {
    List<Expr> children = e.children();
    h = 31 * h + tag(e, children.size());
    if (children.isEmpty()) return h;
    if (depth == RECURSION) throw TOO_DEEP;
    for (int i = 0; i < children.size(); i++) h = hashRecursively(children.get(i), h, depth + 1);
    return h;
  }

  private static int hashIteratively(Expr e) {
    List<Expr> pending = new ArrayList<>();
    pending.add(e);
    int h = 1;
    while (!pending.isEmpty()) {
      Expr next = pending.remove(pending.size() - 1);
      List<Expr> children = next.children();
      h = 31 * h + tag(next, children.size());
      for (int i = children.size() - 1; i >= 0; i--) pending.add(children.get(i));
    }
    return h;
  }

  private static int tag(Expr e, int arity) {
    if (arity == 0) return e.hashCode();
    int kind = e instanceof Sum ? 1 : e instanceof Product ? 2 : e instanceof Power ? 3 : 4;
    int value = e instanceof Call c ? c.function().hashCode() : 0;
    return (kind * 1_000_003 + arity) * 31 + value;
  }
}

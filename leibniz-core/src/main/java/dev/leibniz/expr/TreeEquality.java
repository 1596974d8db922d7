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
      if (x.getClass() != y.getClass()) return false;
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
    int n = arity(e);
    h = 31 * h + tag(e, n);
    if (n == 0) return h;
    if (depth == RECURSION) throw TOO_DEEP;
    for (int i = 0; i < n; i++) h = hashRecursively(operand(e, i), h, depth + 1);
    return h;
  }

  private static int hashIteratively(Expr e) {
    List<Expr> pending = new ArrayList<>();
    pending.add(e);
    int h = 1;
    while (!pending.isEmpty()) {
      Expr next = pending.remove(pending.size() - 1);
      int n = arity(next);
      h = 31 * h + tag(next, n);
      for (int i = n - 1; i >= 0; i--) pending.add(operand(next, i));
    }
    return h;
  }

  /** The number of operands, as {@link Expr#children} counts them, without building a list. */
  private static int arity(Expr e) {
    if (e instanceof Sum s) return s.terms().size();
    if (e instanceof Product p) return p.factors().size();
    if (e instanceof Power) return 2;
    return e instanceof Call ? 1 : 0;
  }

  /** Operand {@code i}, as {@code e.children().get(i)}, without building a list. */
  private static Expr operand(Expr e, int i) {
    if (e instanceof Sum s) return s.terms().get(i);
    if (e instanceof Product p) return p.factors().get(i);
    if (e instanceof Power p) return i == 0 ? p.base() : p.exponent();
    return ((Call) e).argument();
  }

  private static int tag(Expr e, int arity) {
    if (arity == 0) return e.hashCode();
    int kind = e instanceof Sum ? 1 : e instanceof Product ? 2 : e instanceof Power ? 3 : 4;
    int value = e instanceof Call c ? c.function().hashCode() : 0;
    return (kind * 1_000_003 + arity) * 31 + value;
  }
}

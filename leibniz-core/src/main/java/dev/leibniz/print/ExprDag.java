package dev.leibniz.print;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expressions folded into a DAG with exactly one node per structurally distinct subexpression,
 * numbered in post-order: children before parents, so every id is larger than its children's.
 *
 * <p>Equal subtrees are recognised by hash-consing: a compound node's key is its kind (or
 * function) and the ids of its children, so comparing two nodes costs O(arity) however large the
 * subtrees are, where hashing the records themselves would walk them. Trees are walked with an
 * explicit stack, and an object seen before (subtrees are shared by reference) is looked up by
 * identity without being walked again.
 */
final class ExprDag {
  private final List<Expr> nodes = new ArrayList<>();
  private final List<int[]> children = new ArrayList<>();
  private final int[] roots;
  private final Map<Expr, Integer> byIdentity = new IdentityHashMap<>();
  private final Map<Object, Integer> byKey = new HashMap<>();

  private static final int[] NONE = new int[0];

  /** The key of a compound node: what it is and which nodes are its operands. */
  private record Key(Object head, int[] operands) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && head.equals(k.head) && Arrays.equals(operands, k.operands);
    }

    @Override
    public int hashCode() {
      return 31 * head.hashCode() + Arrays.hashCode(operands);
    }

    @Override
    public String toString() {
      return head + Arrays.toString(operands);
    }
  }

  /** A node on the walk's stack, with the ids of the operands visited so far. */
  private static final class Frame {
    final Expr expr;
    final List<Expr> operands;
    final int[] ids;
    int next;

    Frame(Expr expr) {
      this.expr = expr;
      this.operands = operandsOf(expr);
      this.ids = operands.isEmpty() ? NONE : new int[operands.size()];
    }
  }

  private ExprDag(List<Expr> outputs) {
    roots = new int[outputs.size()];
    for (int k = 0; k < roots.length; k++) roots[k] = intern(outputs.get(k));
  }

  /** The DAG of the given expressions; {@link #roots()} lists their nodes in the same order. */
  static ExprDag of(List<Expr> outputs) {
    return new ExprDag(outputs);
  }

  int size() {
    return nodes.size();
  }

  /** One expression with this node's structure (the first one met). */
  Expr node(int id) {
    return nodes.get(id);
  }

  /** The ids of the node's operands, in the expression's order. */
  int[] children(int id) {
    return children.get(id);
  }

  int[] roots() {
    return roots;
  }

  private int intern(Expr root) {
    Integer seen = byIdentity.get(root);
    if (seen != null) return seen;
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(root));
    int visited = 0;
    while (true) {
      StackGuard.poll(++visited);
      Frame top = stack.peek();
      if (top.next < top.ids.length) {
        Expr operand = top.operands.get(top.next);
        Integer known = byIdentity.get(operand);
        if (known != null) {
          top.ids[top.next++] = known;
        } else {
          stack.push(new Frame(operand));
        }
        continue;
      }
      stack.pop();
      int id = add(top.expr, top.ids);
      byIdentity.put(top.expr, id);
      if (stack.isEmpty()) return id;
      Frame parent = stack.peek();
      parent.ids[parent.next++] = id;
    }
  }

  /** The id of the node with this structure, a new one if it is the first of its kind. */
  private int add(Expr e, int[] operandIds) {
    Object key = operandIds.length == 0 ? e : new Key(headOf(e), operandIds);
    Integer known = byKey.get(key);
    if (known != null) return known;
    int id = nodes.size();
    nodes.add(e);
    children.add(operandIds);
    byKey.put(key, id);
    return id;
  }

  private static List<Expr> operandsOf(Expr e) {
    if (e instanceof Num || e instanceof Var || e instanceof Constant) return List.of();
    if (e instanceof Sum s) return s.terms();
    if (e instanceof Product p) return p.factors();
    if (e instanceof Power p) return List.of(p.base(), p.exponent());
    if (e instanceof Call c) return List.of(c.argument());
    throw new IllegalStateException("unhandled " + e);
  }

  /** What distinguishes compound nodes with the same operands: their kind, or their function. */
  private static Object headOf(Expr e) {
    if (e instanceof Call c) return c.function();
    return e.getClass();
  }
}

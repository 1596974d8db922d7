package dev.leibniz;

import dev.leibniz.eval.ConstantDomain;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Var;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces variables by expressions in a tree, rebuilding every node above a replacement
 * through the smart constructors, so the result is canonical: {@code x^2 + x} with
 * {@code x = y + 1} is {@code (y + 1)^2 + y + 1}. A literal tree (the input as written,
 * {@link AsWritten}) is rebuilt with the nodes' own constructors instead, so that nothing
 * widens its domain. The walk uses an explicit stack and visits each shared subtree once, so
 * neither depth nor sharing costs more than the DAG's size.
 */
final class Substitution {
  private final Map<String, Expr> replacements;
  /** Whether the tree is a literal one, rebuilt as written rather than canonical. */
  private final boolean literal;
  private final Map<Expr, Expr> done = new IdentityHashMap<>();

  private Substitution(Map<String, Expr> replacements, boolean literal) {
    this.replacements = replacements;
    this.literal = literal;
  }

  /**
   * {@link Expression#substitute}: the names read as variables. The result keeps the input as
   * written of {@code e}, the replacements applied to it too: where {@code e} or a replacement
   * has no value, the result has none ({@code x/x} with {@code x} as {@code y} at {@code y = 0}).
   */
  static Expression apply(Expression e, Map<String, Expression> replacements) {
    Map<String, Expression> byName = new HashMap<>();
    Map<String, Expr> trees = new HashMap<>();
    replacements.forEach((name, value) -> {
      String variable = VariableNames.of(name);
      Expression replacement = Arguments.notNull(value, "the value of " + name);
      byName.put(variable, replacement);
      trees.put(variable, replacement.tree());
    });
    return e.substituted(apply(e.tree(), trees), byName);
  }

  /** {@code root} with each variable named in {@code replacements} replaced. */
  static Expr apply(Expr root, Map<String, Expr> replacements) {
    if (replacements.isEmpty()) return root;
    return new Substitution(replacements, false).walk(root);
  }

  /**
   * The literal tree {@code root} with each variable named in {@code replacements} replaced,
   * every node above rebuilt as it was, not canonicalised.
   */
  static Expr applyAsWritten(Expr root, Map<String, Expr> replacements) {
    if (replacements.isEmpty()) return root;
    return new Substitution(replacements, true).walk(root);
  }

  private Expr walk(Expr root) {
    Deque<Expr> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Expr next = work.peek();
      if (done.containsKey(next)) {
        work.pop();
        continue;
      }
      boolean ready = true;
      for (Expr child : next.children()) {
        if (!done.containsKey(child)) {
          work.push(child);
          ready = false;
        }
      }
      if (ready) {
        work.pop();
        done.put(next, rebuilt(next));
      }
    }
    return done.get(root);
  }

  /** {@code e} over its children's replacements; {@code e} itself where nothing changed. */
  private Expr rebuilt(Expr e) {
    if (e instanceof Var v) return replacements.getOrDefault(v.name(), v);
    if (e instanceof Num || e instanceof Constant) return e;
    List<Expr> children = new ArrayList<>(e.children().size());
    boolean changed = false;
    for (Expr child : e.children()) {
      Expr replaced = done.get(child);
      changed |= replaced != child;
      children.add(replaced);
    }
    if (!changed) return e;
    if (literal) return asWritten(e, children);
    if (e instanceof Sum) return Expr.sum(children);
    if (e instanceof Product) return Expr.product(children);
    if (e instanceof Power) return defined(Expr.power(children.get(0), children.get(1)));
    if (e instanceof Call c) return defined(Expr.call(c.function(), children.get(0)));
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * {@code built}, a call or power, unless a replacement made it one of constants alone outside
   * its domain ({@code ln(k)} with {@code k} as {@code -pi}): that is refused as the constructors
   * refuse {@code ln(-1)}, and as the reader refuses {@code ln(-pi)} ({@link ConstantDomain}).
   */
  private static Expr defined(Expr built) {
    if (!ConstantDomain.outside(built)) return built;
    throw new UndefinedException(PlainPrinter.print(built) + ConstantDomain.reason(built));
  }

  /** {@code e} over {@code children}, made by the node's own constructor. */
  private static Expr asWritten(Expr e, List<Expr> children) {
    if (e instanceof Sum) return new Sum(children);
    if (e instanceof Product) return new Product(children);
    if (e instanceof Power) return new Power(children.get(0), children.get(1));
    if (e instanceof Call c) return new Call(c.function(), children.get(0));
    throw new IllegalStateException("unhandled " + e);
  }
}

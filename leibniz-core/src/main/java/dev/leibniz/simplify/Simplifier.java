package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings any tree, including one built with the records' raw constructors, to canonical form by
 * rebuilding it bottom-up through the smart constructors, where all the rewrites live
 * (DESIGN.md): flattening, exact arithmetic, like terms, powers of one base, {@code x/x = 1},
 * {@code ln(e^u) = u}, {@code e^(ln(u)) = u}, {@code sqrt(u)^2 = u},
 * {@code sin(u)^2 + cos(u)^2 = 1}, exact function values.
 *
 * <p>It is one bounded pass: each distinct node is rebuilt once (shared subtrees are memoized),
 * and each rebuild costs O(k log k) in the node's operand count k plus hashing, so the whole pass
 * is O(n log n) in the size n of the expression DAG. There is no search and no rewriting to a
 * fixed point that could run away. Canonical trees are fixed points, so simplify is idempotent;
 * a subtree the smart constructors made ({@link Expr#isCanonical}) is returned as it is, without
 * a walk, so the rebuild of a canonical tree costs nothing.
 */
public final class Simplifier {
  private final Map<Expr, Expr> done = new IdentityHashMap<>();
  /** Nodes rebuilt so far, for the interruption poll. */
  private int visited;

  private Simplifier() {}

  /** The canonical form of {@code e}; {@code simplify(simplify(e)).equals(simplify(e))}. */
  public static Expr simplify(Expr e) {
    return new Simplifier().rebuild(e);
  }

  private Expr rebuild(Expr e) {
    // Var, Constant, Num, and trees the smart constructors made: already canonical.
    if (Expr.isCanonical(e)) return e;
    Expr known = done.get(e);
    if (known != null) return known;
    StackGuard.poll(++visited);
    Expr result;
    if (e instanceof Sum s) {
      result = Expr.sum(rebuildAll(s.terms()));
    } else if (e instanceof Product p) {
      result = Expr.product(rebuildAll(p.factors()));
    } else if (e instanceof Power p) {
      result = Expr.power(rebuild(p.base()), rebuild(p.exponent()));
    } else if (e instanceof Call c) {
      result = Expr.call(c.function(), rebuild(c.argument()));
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
    done.put(e, result);
    return result;
  }

  private List<Expr> rebuildAll(List<Expr> parts) {
    List<Expr> out = new ArrayList<>(parts.size());
    for (Expr part : parts) out.add(rebuild(part));
    return out;
  }
}

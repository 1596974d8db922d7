package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a rewrite to every node of a tree, children first, rebuilding through the smart
 * constructors so the result is canonical. Shared subtrees are rewritten once.
 */
final class Rewriter {
  private final UnaryOperator<Expr> rule;
  private final Map<Expr, Expr> done = new IdentityHashMap<>();

  private Rewriter(UnaryOperator<Expr> rule) {
    this.rule = rule;
  }

  static Expr bottomUp(Expr e, UnaryOperator<Expr> rule) {
    return new Rewriter(rule).rewrite(e);
  }

  private Expr rewrite(Expr e) {
    Expr cached = done.get(e);
    if (cached != null) return cached;
    if (Thread.currentThread().isInterrupted()) throw new SimplifyInterrupted();
    Expr rebuilt = e;
    if (e instanceof Sum s) {
      rebuilt = Expr.sum(rewriteAll(s.terms()));
    } else if (e instanceof Product p) {
      rebuilt = Expr.product(rewriteAll(p.factors()));
    } else if (e instanceof Power p) {
      rebuilt = Expr.power(rewrite(p.base()), rewrite(p.exponent()));
    } else if (e instanceof Call c) {
      rebuilt = Expr.call(c.function(), rewrite(c.argument()));
    }
    Expr result = rule.apply(rebuilt);
    done.put(e, result);
    return result;
  }

  private List<Expr> rewriteAll(List<Expr> children) {
    List<Expr> out = new ArrayList<>(children.size());
    for (Expr c : children) out.add(rewrite(c));
    return out;
  }
}

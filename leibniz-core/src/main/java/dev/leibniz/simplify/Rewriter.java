package dev.leibniz.simplify;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a rewrite to every node of the rational structure of a tree (sums, products, integer
 * powers), children first, rebuilding through the smart constructors so the result is canonical.
 * It does not enter function arguments or radicals: the simplifier treats those on their own.
 * Shared subtrees are rewritten once.
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
    WorkBudget.spend(WorkBudget.NODE);
    Expr rebuilt = e;
    if (e instanceof Sum s) {
      List<Expr> terms = rewriteAll(s.terms());
      if (terms != s.terms()) rebuilt = Expr.sum(terms);
    } else if (e instanceof Product p) {
      List<Expr> factors = rewriteAll(p.factors());
      if (factors != p.factors()) rebuilt = Expr.product(factors);
    } else if (e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()) {
      Expr base = rewrite(p.base());
      if (base != p.base()) rebuilt = Expr.power(base, p.exponent());
    }
    Expr result = rule.apply(rebuilt);
    done.put(e, result);
    return result;
  }

  /** The children rewritten, or the same list when none changed (no rebuild needed). */
  private List<Expr> rewriteAll(List<Expr> children) {
    List<Expr> out = null;
    for (int i = 0; i < children.size(); i++) {
      Expr c = children.get(i);
      Expr r = rewrite(c);
      if (r != c && out == null) {
        out = new ArrayList<>(children.subList(0, i));
      }
      if (out != null) out.add(r);
    }
    return out == null ? children : out;
  }
}

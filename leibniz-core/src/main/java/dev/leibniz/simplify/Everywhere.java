package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies a rule to every node of a tree, function arguments, bases and exponents included,
 * children first, each shared subtree once, rebuilding through the smart constructors. Unlike
 * {@link Rewriter}, which keeps to the rational structure for the search, this is for the rules
 * {@link FullSimplifier} applies once to its result, wherever they meet.
 */
final class Everywhere {
  private final UnaryOperator<Expr> rule;
  private final Map<Expr, Expr> done = new IdentityHashMap<>();

  private Everywhere(UnaryOperator<Expr> rule) {
    this.rule = rule;
  }

  /** {@code e} with {@code rule} applied to each node; the same object when nothing changed. */
  static Expr rewrite(Expr e, UnaryOperator<Expr> rule) {
    return new Everywhere(rule).rewrite(e);
  }

  private Expr rewrite(Expr e) {
    if (e instanceof Var || e instanceof Constant || e instanceof Num) return e;
    Expr known = done.get(e);
    if (known != null) return known;
    Expr rebuilt = e;
    if (e instanceof Call c) {
      Expr argument = rewrite(c.argument());
      if (argument != c.argument()) rebuilt = Expr.call(c.function(), argument);
    } else if (e instanceof Power p) {
      Expr base = rewrite(p.base());
      Expr exponent = rewrite(p.exponent());
      if (base != p.base() || exponent != p.exponent()) rebuilt = Expr.power(base, exponent);
    } else {
      List<Expr> children = e.children();
      List<Expr> rewritten = null;
      for (int i = 0; i < children.size(); i++) {
        Expr child = rewrite(children.get(i));
        if (child != children.get(i) && rewritten == null) {
          rewritten = new ArrayList<>(children.subList(0, i));
        }
        if (rewritten != null) rewritten.add(child);
      }
      if (rewritten != null) {
        rebuilt = e instanceof Sum ? Expr.sum(rewritten) : Expr.product(rewritten);
      }
    }
    Expr result = rule.apply(rebuilt);
    done.put(e, result);
    return result;
  }
}

package dev.leibniz;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Sum;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Rewrite;
import dev.leibniz.simplify.RewriteExplainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the differentiator's step log ({@link dev.leibniz.diff.Derivation}) and the simplifier's
 * explanation ({@link RewriteExplainer}) into the facade's {@link Step}s. This is the one place
 * that knows their step types; their steps are data (a rule, whether the chain rule was applied,
 * the trees), read as such, and a test proves every rule of the differentiator and every rewrite
 * of the simplifier has its facade constant.
 */
final class StepLog {
  private StepLog() {}

  /** The steps of {@code d}, in its order (outermost first). */
  static List<Step> of(dev.leibniz.diff.Derivation d) {
    List<Step> steps = new ArrayList<>(d.steps().size());
    for (dev.leibniz.diff.Step s : d.steps()) steps.add(of(s));
    return steps;
  }

  private static Step of(dev.leibniz.diff.Step s) {
    return new Step(of(s.kind()), s.rule(), s.chained(), Expression.wrap(s.subject()),
        s.variable(), Expression.wrap(s.result()));
  }

  /** The steps explaining how {@code from}, a derivative, simplifies to {@code to}. */
  static List<Step> simplification(Expr from, Expr to) {
    List<Rewrite> rewrites = RewriteExplainer.explain(from, to);
    List<Step> steps = new ArrayList<>(rewrites.size());
    for (Rewrite r : rewrites) {
      String title = r.kind().title();
      if (r.factor() != null) {
        String factor = PlainPrinter.print(r.factor());
        title += r.factor() instanceof Sum ? " (" + factor + ")" : " " + factor;
      }
      steps.add(new Step(of(r.kind()), title, false, Expression.wrap(r.before()), null,
          Expression.wrap(r.after())));
    }
    return steps;
  }

  /** The facade rule of the same name as a rewrite of the simplifier. */
  static Rule of(Rewrite.Kind kind) {
    return Rule.valueOf(kind.name());
  }

  /** The facade rule of the same name as each of the differentiator's rules. */
  static Rule of(dev.leibniz.diff.Rule rule) {
    return Rule.valueOf(rule.name());
  }
}

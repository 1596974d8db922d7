package dev.leibniz;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the differentiator's step log ({@link dev.leibniz.diff.Derivation}) into the facade's
 * {@link Step}s. This is the one place that knows the differentiator's step type; its steps are
 * data (a rule, whether the chain rule was applied, the trees), read as such, and a test proves
 * every rule of the differentiator has its facade constant.
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

  /** The facade rule of the same name as each of the differentiator's rules. */
  static Rule of(dev.leibniz.diff.Rule rule) {
    return Rule.valueOf(rule.name());
  }
}

package dev.leibniz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the differentiator's step log ({@link dev.leibniz.diff.Derivation}) into the facade's
 * {@link Step}s. This is the one place that knows the differentiator's step type; the rules are
 * matched by name to {@link Rule}, and a test proves every rule of the differentiator has its
 * facade constant.
 */
final class StepLog {
  /** The differentiator's rules by the title its steps carry. */
  private static final Map<String, Rule> BY_TITLE = byTitle();
  private static final String CHAIN_PREFIX = dev.leibniz.diff.Rule.CHAIN.title() + " with the ";

  private StepLog() {}

  /** The steps of {@code d}, in its order (outermost first). */
  static List<Step> of(dev.leibniz.diff.Derivation d) {
    List<Step> steps = new ArrayList<>(d.steps().size());
    for (dev.leibniz.diff.Step s : d.steps()) steps.add(of(s));
    return steps;
  }

  private static Step of(dev.leibniz.diff.Step s) {
    String title = s.rule();
    boolean chain = title.startsWith(CHAIN_PREFIX);
    String applied = chain ? title.substring(CHAIN_PREFIX.length()) : title;
    // A function's rule is named after the function ("sin rule"), not after FUNCTION's title.
    Rule rule = BY_TITLE.getOrDefault(applied, Rule.FUNCTION);
    return new Step(rule, title, chain, Expression.wrap(s.subject()), s.variable(),
        Expression.wrap(s.result()));
  }

  /** The facade rule of the same name as each of the differentiator's rules. */
  static Rule of(dev.leibniz.diff.Rule rule) {
    return Rule.valueOf(rule.name());
  }

  private static Map<String, Rule> byTitle() {
    Map<String, Rule> rules = new HashMap<>();
    for (dev.leibniz.diff.Rule r : dev.leibniz.diff.Rule.values()) rules.put(r.title(), of(r));
    return rules;
  }
}

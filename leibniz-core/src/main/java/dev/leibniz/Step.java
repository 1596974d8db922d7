package dev.leibniz;

/**
 * One rule of the cheat sheet applied while differentiating: {@code d/d variable} of
 * {@code before} is {@code after}; or, after the rules, one rewrite of the simplification
 * ({@link Rule#simplifies()}): {@code before} rewritten is {@code after}, the whole derivative
 * each time, the last one the result. Its {@link #toString()} is the line {@code --steps} shows:
 *
 * <pre>{@code
 * Quotient rule: d/dx(x/(x + 1)) = 1/(x + 1) - x/(x + 1)^2
 * Common denominator: 1/(x + 1)^2
 * }</pre>
 *
 * @param rule the rule applied
 * @param title the rule's name as the step log shows it: {@code Quotient rule},
 *     {@code sin rule (sin(u)' = cos(u))} (a function's rule cites its row of the cheat sheet),
 *     {@code Chain rule with the Power rule}, {@code Cancel (x + 1)} (a cancellation names the
 *     factor cancelled)
 * @param chain true if the rule was applied through the chain rule, to an inner part that is
 *     not the variable itself ({@code sin(2*x)}, not {@code sin(x)})
 * @param before the subexpression differentiated
 * @param variable the variable it was differentiated by; null for a simplification step
 * @param after its derivative; for a simplification step, the whole derivative after the
 *     rewrite (a {@code Common denominator} step that a {@code Cancel} step follows shows the
 *     fraction as written, numerator over denominator, before its common factor is cancelled)
 */
public record Step(Rule rule, String title, boolean chain, Expression before, String variable,
    Expression after) {

  /**
   * {@code Quotient rule: d/dx(x*z/ln(x)) = -z/ln(x)^2 + z/ln(x)}; for a simplification step,
   * {@code Cancel (x + 1): 1/(x + 1)}.
   */
  @Override
  public String toString() {
    if (rule.simplifies()) return title + ": " + after;
    return title + ": d/d" + variable + "(" + before + ") = " + after;
  }
}

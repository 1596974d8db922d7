package dev.leibniz;

/**
 * One rule of the cheat sheet applied while differentiating: {@code d/d variable} of
 * {@code before} is {@code after}. Its {@link #toString()} is the line {@code --steps} shows:
 *
 * <pre>{@code
 * Quotient rule: d/dx(x*z/ln(x)) = -z/ln(x)^2 + z/ln(x)
 * }</pre>
 *
 * @param rule the rule applied
 * @param title the rule's name as the step log shows it: {@code Quotient rule},
 *     {@code sin rule (sin(u)' = cos(u))} (a function's rule cites its row of the cheat sheet),
 *     {@code Chain rule with the Power rule}
 * @param chain true if the rule was applied through the chain rule, to an inner part that is
 *     not the variable itself ({@code sin(2*x)}, not {@code sin(x)})
 * @param before the subexpression differentiated
 * @param variable the variable it was differentiated by
 * @param after its derivative
 */
public record Step(Rule rule, String title, boolean chain, Expression before, String variable,
    Expression after) {

  /** {@code Quotient rule: d/dx(x*z/ln(x)) = -z/ln(x)^2 + z/ln(x)}. */
  @Override
  public String toString() {
    return title + ": d/d" + variable + "(" + before + ") = " + after;
  }
}

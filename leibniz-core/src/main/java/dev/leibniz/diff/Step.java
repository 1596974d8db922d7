package dev.leibniz.diff;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;

/**
 * One application of a rule of the cheat sheet: {@code kind} applied to {@code d/d variable} of
 * {@code subject} gave {@code result}. When the rule was applied to an inner function
 * {@code u} other than the variable itself, the chain rule was too, and {@code inner} is that
 * u (else null). A function rule names its {@code function}, whose cheat-sheet row it used.
 *
 * @param kind the rule applied
 * @param subject the expression differentiated
 * @param variable the variable differentiated by
 * @param result {@code d/d variable} of the subject
 * @param inner the inner function the chain rule went through, or null
 * @param function for {@link Rule#FUNCTION}, the function whose row was used, else null
 */
public record Step(Rule kind, Expr subject, String variable, Expr result, Expr inner,
    MathFunction function) {

  /** A step of a rule other than a function's. */
  Step(Rule kind, Expr subject, String variable, Expr result, Expr inner) {
    this(kind, subject, variable, result, inner, null);
  }

  /** True if the chain rule was applied through an inner function. */
  public boolean chained() {
    return inner != null;
  }

  /** The cheat-sheet row a function rule used, e.g. {@code sin(u)' = cos(u)}; else null. */
  public String row() {
    return function == null ? null : CheatSheet.row(function);
  }

  /**
   * The rule's name as the step log shows it: {@code Quotient rule},
   * {@code sin rule (sin(u)' = cos(u))}, {@code Chain rule with the Power rule}.
   */
  public String rule() {
    String name = kind == Rule.FUNCTION
        ? function.canonicalName() + " rule (" + row() + ")" : kind.title();
    return chained() ? Rule.CHAIN.title() + " with the " + name : name;
  }
}

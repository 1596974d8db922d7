package dev.leibniz.diff;

/** The rules of the cheat sheet, by the names the step log shows. */
public enum Rule {
  /** {@code x' = 1} for the variable itself. */
  VARIABLE("Variable rule"),
  /** {@code c' = 0} for anything free of the variable. */
  CONSTANT("Constant rule"),
  /** {@code (f + g)' = f' + g'}. */
  SUM("Sum rule"),
  /**
   * {@code (c*f)' = c*f'}: every factor but one is free of the variable. The title says what it
   * is to a reader who knows only the product rule: the product rule with a constant factor.
   */
  CONSTANT_MULTIPLE("Constant multiple rule (a product with a constant factor)"),
  /** {@code (f*g)' = f'*g + f*g'}: two or more factors depend on the variable. */
  PRODUCT("Product rule"),
  /** {@code (f/g)' = (f'*g - f*g')/g^2}: a denominator depends on the variable. */
  QUOTIENT("Quotient rule"),
  /** {@code (x^n)' = n*x^(n-1)}. */
  POWER("Power rule"),
  /** {@code (a^x)' = a^x*ln(a)}, {@code (e^x)' = e^x}. */
  EXPONENTIAL("Exponential rule"),
  /** {@code (f^g)' = f^g*(g'*ln(f) + g*f'/f)}. */
  GENERAL_POWER("General power rule"),
  /** {@code f(x)'} from the function's row of the cheat sheet ({@code sin(u)' = cos(u)}). */
  FUNCTION("Function rule"),
  /** {@code f(u)' = f'(u)*u'}. */
  CHAIN("Chain rule");

  private final String title;

  Rule(String title) {
    this.title = title;
  }

  /** The rule's name, e.g. {@code Quotient rule}. */
  public String title() {
    return title;
  }
}

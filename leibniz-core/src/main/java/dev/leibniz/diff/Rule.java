package dev.leibniz.diff;

/** The rules of the cheat sheet, by the names the step log shows. */
public enum Rule {
  /** {@code (f + g)' = f' + g'}. */
  SUM("Sum rule"),
  /** {@code (c*f)' = c*f'}. */
  CONSTANT_MULTIPLE("Constant multiple rule"),
  /** {@code (f*g)' = f'*g + f*g'}. */
  PRODUCT("Product rule"),
  /** {@code (f/g)' = (f'*g - f*g')/g^2}. */
  QUOTIENT("Quotient rule"),
  /** {@code (x^n)' = n*x^(n-1)}. */
  POWER("Power rule"),
  /** {@code (a^x)' = a^x*ln(a)}, {@code (e^x)' = e^x}. */
  EXPONENTIAL("Exponential rule"),
  /** {@code (f^g)' = f^g*(g'*ln(f) + g*f'/f)}. */
  GENERAL_POWER("General power rule"),
  /** {@code f(x)'} from the table of functions ({@code sin rule}, {@code ln rule}, ...). */
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

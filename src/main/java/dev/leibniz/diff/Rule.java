package dev.leibniz.diff;

/** The names of the cheat sheet's rules, as the step log shows them. */
public enum Rule {
  SUM("Sum rule", "(f + g)' = f' + g'"),
  CONSTANT_MULTIPLE("Constant multiple rule", "(c*f)' = c*f'"),
  PRODUCT("Product rule", "(f*g)' = f'*g + f*g'"),
  QUOTIENT("Quotient rule", "(f/g)' = (f'*g - f*g')/g^2"),
  POWER("Power rule", "(x^n)' = n*x^(n-1)"),
  EXPONENTIAL("Exponential rule", "(a^x)' = a^x*ln(a), (e^x)' = e^x"),
  GENERAL_POWER("General power rule", "(f^g)' = f^g*(g'*ln(f) + g*f'/f)"),
  FUNCTION("Function rule", "f(x)' from the table of functions"),
  CHAIN("Chain rule", "f(u)' = f'(u)*u'");

  private final String title;
  private final String statement;

  Rule(String title, String statement) {
    this.title = title;
    this.statement = statement;
  }

  /** The rule's name, e.g. {@code Quotient rule}. */
  public String title() {
    return title;
  }

  /** The rule itself, e.g. {@code (f/g)' = (f'*g - f*g')/g^2}. */
  public String statement() {
    return statement;
  }
}

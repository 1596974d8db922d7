package dev.leibniz.expr;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The reserved functions of one argument, each with everything Leibniz knows about it in one
 * entry: its names (printed, LaTeX, accepted aliases), its value as a double, its symmetry, and
 * its row of the derivative cheat sheet, written in the expression language itself:
 * {@code sin(u)' = cos(u)}. Adding a function is one entry here.
 *
 * <p>The rows are data: {@code dev.leibniz.diff.CheatSheet} parses them with the language's own
 * grammar on first use and is the one source of every derivative of a function, the symbolic
 * differentiator's, the reverse-mode tape's (each row compiled once to a numeric function),
 * forward mode's (higher derivatives by differentiating the row) and the step log's, which cites
 * the row it used. A row is {@code f'(u)} without the chain rule's factor {@code u'}, which the
 * differentiator multiplies in once. {@code sqrt} and {@code exp} are not here: they are the
 * powers {@code u^(1/2)} and {@code e^u}. Functions with kinks take a documented value there:
 * {@code abs'(0) = sign(0) = 0}, {@code relu'(0) = step(0) = 0}, {@code sign' = step' = 0}.
 *
 * <p>Values are accurate to a few units in the last place over the whole real domain (see
 * {@link RealFunctions}), NaN outside it, and checked against high-precision reference values.
 */
public enum MathFunction {
  SIN("sin", "\\sin", Parity.ODD, Math::sin, "sin(u)' = cos(u)"),
  COS("cos", "\\cos", Parity.EVEN, Math::cos, "cos(u)' = -sin(u)"),
  TAN("tan", "\\tan", Parity.ODD, Math::tan, "tan(u)' = sec(u)^2"),
  COT("cot", "\\cot", Parity.ODD, u -> 1 / Math.tan(u), "cot(u)' = -csc(u)^2"),
  SEC("sec", "\\sec", Parity.EVEN, u -> 1 / Math.cos(u), "sec(u)' = sec(u)*tan(u)"),
  CSC("csc", "\\csc", Parity.ODD, u -> 1 / Math.sin(u), "csc(u)' = -csc(u)*cot(u)"),
  ASIN("asin", "\\arcsin", Parity.ODD, Math::asin, "asin(u)' = 1/sqrt(1 - u^2)", "arcsin"),
  ACOS("acos", "\\arccos", Parity.NONE, Math::acos, "acos(u)' = -1/sqrt(1 - u^2)", "arccos"),
  ATAN("atan", "\\arctan", Parity.ODD, Math::atan, "atan(u)' = 1/(1 + u^2)", "arctan"),
  /** Not odd: {@code acot(0) = pi/2} (the range is (-pi/2, pi/2]), so acot(-0) is not -acot(0). */
  ACOT("acot", "\\operatorname{arccot}", Parity.NONE, RealFunctions::acot,
      "acot(u)' = -1/(1 + u^2)", "arccot"),
  ASEC("asec", "\\operatorname{arcsec}", Parity.NONE, RealFunctions::asec,
      "asec(u)' = 1/(abs(u)*sqrt(u^2 - 1))", "arcsec"),
  ACSC("acsc", "\\operatorname{arccsc}", Parity.ODD, RealFunctions::acsc,
      "acsc(u)' = -1/(abs(u)*sqrt(u^2 - 1))", "arccsc"),
  SINH("sinh", "\\sinh", Parity.ODD, Math::sinh, "sinh(u)' = cosh(u)"),
  COSH("cosh", "\\cosh", Parity.EVEN, Math::cosh, "cosh(u)' = sinh(u)"),
  TANH("tanh", "\\tanh", Parity.ODD, Math::tanh, "tanh(u)' = 1 - tanh(u)^2"),
  COTH("coth", "\\coth", Parity.ODD, u -> 1 / Math.tanh(u), "coth(u)' = 1 - coth(u)^2"),
  SECH("sech", "\\operatorname{sech}", Parity.EVEN, RealFunctions::sech,
      "sech(u)' = -sech(u)*tanh(u)"),
  CSCH("csch", "\\operatorname{csch}", Parity.ODD, RealFunctions::csch,
      "csch(u)' = -csch(u)*coth(u)"),
  ASINH("asinh", "\\operatorname{arsinh}", Parity.ODD, RealFunctions::asinh,
      "asinh(u)' = 1/sqrt(u^2 + 1)", "arcsinh"),
  ACOSH("acosh", "\\operatorname{arcosh}", Parity.NONE, RealFunctions::acosh,
      "acosh(u)' = 1/sqrt(u^2 - 1)", "arccosh"),
  ATANH("atanh", "\\operatorname{artanh}", Parity.ODD, RealFunctions::atanh,
      "atanh(u)' = 1/(1 - u^2)", "arctanh"),
  ACOTH("acoth", "\\operatorname{arcoth}", Parity.ODD, RealFunctions::acoth,
      "acoth(u)' = 1/(1 - u^2)", "arccoth"),
  ASECH("asech", "\\operatorname{arsech}", Parity.NONE, RealFunctions::asech,
      "asech(u)' = -1/(u*sqrt(1 - u^2))", "arcsech"),
  ACSCH("acsch", "\\operatorname{arcsch}", Parity.ODD, RealFunctions::acsch,
      "acsch(u)' = -1/(abs(u)*sqrt(1 + u^2))", "arccsch"),
  LN("ln", "\\ln", Parity.NONE, Math::log, "ln(u)' = 1/u", "log"),
  LOG10("log10", "\\log_{10}", Parity.NONE, Math::log10, "log10(u)' = 1/(u*ln(10))"),
  LOG2("log2", "\\log_{2}", Parity.NONE, RealFunctions::log2, "log2(u)' = 1/(u*ln(2))"),
  CBRT("cbrt", "\\sqrt[3]", Parity.ODD, Math::cbrt, "cbrt(u)' = 1/(3*cbrt(u)^2)"),
  ABS("abs", "", Parity.EVEN, Math::abs, "abs(u)' = sign(u)"),
  SIGN("sign", "\\operatorname{sgn}", Parity.ODD, Math::signum, "sign(u)' = 0"),
  STEP("step", "\\operatorname{step}", Parity.NONE, u -> u > 0 ? 1 : 0, "step(u)' = 0"),
  SIGMOID("sigmoid", "\\sigma", Parity.NONE, RealFunctions::sigmoid,
      "sigmoid(u)' = sigmoid(u)*(1 - sigmoid(u))"),
  RELU("relu", "\\operatorname{ReLU}", Parity.NONE, u -> Math.max(0, u), "relu(u)' = step(u)"),
  SOFTPLUS("softplus", "\\operatorname{softplus}", Parity.NONE, RealFunctions::softplus,
      "softplus(u)' = sigmoid(u)"),
  ERF("erf", "\\operatorname{erf}", Parity.ODD, RealFunctions::erf,
      "erf(u)' = 2/sqrt(pi)*e^(-u^2)"),
  GAMMA("gamma", "\\Gamma", Parity.NONE, RealFunctions::gamma,
      "gamma(u)' = gamma(u)*digamma(u)"),
  DIGAMMA("digamma", "\\psi", Parity.NONE, Polygamma::digamma, "digamma(u)' = trigamma(u)"),
  /** The derivative of digamma; Leibniz knows no closed form for its own derivative. */
  TRIGAMMA("trigamma", "\\psi_1", Parity.NONE, Polygamma::trigamma, null);

  /**
   * How {@code f(-u)} relates to {@code f(u)} on the whole real domain, zero included; used to
   * pull signs out of arguments. A function odd only away from 0 (acot) is NONE.
   */
  enum Parity { ODD, EVEN, NONE }

  private final String canonicalName;
  private final String latex;
  private final Parity parity;
  private final DoubleUnaryOperator value;
  private final String derivativeRow;
  private final List<String> aliases;

  MathFunction(String name, String latex, Parity parity, DoubleUnaryOperator value,
      String derivativeRow, String... aliases) {
    this.canonicalName = name;
    this.latex = latex;
    this.parity = parity;
    this.value = value;
    this.derivativeRow = derivativeRow;
    this.aliases = List.of(aliases);
  }

  /** The name the output language prints, e.g. {@code asin}. */
  public String canonicalName() {
    return canonicalName;
  }

  /** Other names the input language accepts, e.g. {@code arcsin}. */
  public List<String> aliases() {
    return aliases;
  }

  /** The LaTeX command, e.g. {@code \sin}; abs and cbrt have their own notation. */
  public String latex() {
    return latex;
  }

  /** {@code f(u)} as a double; NaN outside the real domain. */
  public double value(double u) {
    return value.applyAsDouble(u);
  }

  /**
   * {@code f} itself, the function {@link #value} applies: generated code calls it through a
   * constant, so that the JIT inlines the implementation rather than dispatching per call.
   */
  public DoubleUnaryOperator valueFunction() {
    return value;
  }

  /**
   * This function's row of the derivative cheat sheet in the expression language, e.g.
   * {@code sin(u)' = cos(u)}; null for trigamma, whose derivative Leibniz does not know.
   */
  public String derivativeRow() {
    return derivativeRow;
  }

  /**
   * True for the functions with a kink at 0, where they have no derivative and the table's
   * derivative is a convention ({@code abs'(0) = 0}): abs, relu, sign, step.
   */
  public boolean hasKink() {
    return this == ABS || this == RELU || this == SIGN || this == STEP;
  }

  /**
   * True for the functions that are 0 nowhere on their domain, {@code sigmoid}, {@code cosh},
   * {@code sec}, ..., though a double may hold such a value as 0: {@code sigmoid(-800)} is
   * {@code e^-800}, about {@code 1e-348}, below the smallest double. So a double 0 of theirs is
   * an underflow, never a point on a domain's edge.
   */
  public boolean neverZero() {
    switch (this) {
      case SEC: case CSC: case ACOT: case ACSC: case COSH: case COTH: case SECH: case CSCH:
      case ACOTH: case ACSCH: case SIGMOID: case SOFTPLUS: case GAMMA: case TRIGAMMA:
        return true;
      default:
        return false;
    }
  }

  /**
   * True for the functions that are 0 only at 0, {@code abs}, {@code sinh}, {@code atan}, ...:
   * of a value surely not 0, their value is surely not 0 either, so a double 0 of theirs there
   * is an underflow too ({@code abs(sigmoid(x))} at -800).
   */
  public boolean zeroOnlyAtZero() {
    switch (this) {
      case ABS: case SIGN: case SINH: case TANH: case ASIN: case ATAN: case ASINH: case ATANH:
      case CBRT: case ERF:
        return true;
      default:
        return false;
    }
  }

  /** True if Leibniz has a symbolic derivative for this function. */
  public boolean hasDerivative() {
    return derivativeRow != null;
  }

  /** True if {@code f(-u) = -f(u)} for every real u, 0 included. */
  public boolean isOdd() {
    return parity == Parity.ODD;
  }

  /** True if {@code f(-u) = f(u)} for every real u. */
  public boolean isEven() {
    return parity == Parity.EVEN;
  }

  /**
   * The canonical {@code f(u)}: signs pulled out of the argument by symmetry
   * ({@code sin(-x) = -sin(x)}, {@code cos(-x) = cos(x)}) and exact values folded
   * ({@code sin(0) = 0}, {@code ln(e^u) = u}).
   */
  Expr apply(Expr u) {
    if (parity != Parity.NONE && Expr.isNegative(u)) return ofNegative(u);
    Expr exact = SpecialValues.of(this, u);
    return exact != null ? exact : Call.built(this, u);
  }

  /** {@code f(u)} for a negative u, with the sign pulled out by symmetry. */
  private Expr ofNegative(Expr u) {
    // An argument outside the domain is named as written: atanh(-1), tan(-pi/2).
    if (u instanceof Num n) SpecialValues.requireDefined(this, n.value());
    if (SpecialValues.halfPiMultiple(u) != null) SpecialValues.of(this, u);
    Expr positive = Expr.negate(u);
    return parity == Parity.EVEN ? apply(positive) : Expr.negate(apply(positive));
  }
}

package dev.leibniz.expr;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.difference;
import static dev.leibniz.expr.Expr.exp;
import static dev.leibniz.expr.Expr.negate;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.sqrt;
import static dev.leibniz.expr.Expr.sum;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * The reserved functions of one argument, each with everything Leibniz knows about it in one
 * entry: its names, its value, its derivative as a number and as an expression, and its
 * symmetry. The symbolic differentiator and the reverse-mode tape both read this table, so
 * adding a function is one entry here (and a test checks that the two derivatives agree).
 *
 * <p>The derivative entries are {@code f'(u)}; the chain rule multiplies by {@code u'} once, in
 * the differentiator. {@code sqrt} and {@code exp} are not here: they are the powers
 * {@code u^(1/2)} and {@code e^u}. Functions with kinks take a documented value there:
 * {@code abs'(0) = sign(0) = 0}, {@code relu'(0) = step(0) = 0}, {@code sign' = step' = 0}.
 */
public enum MathFunction {
  SIN("sin", "\\sin", Parity.ODD, Math::sin, Math::cos),
  COS("cos", "\\cos", Parity.EVEN, Math::cos, u -> -Math.sin(u)),
  TAN("tan", "\\tan", Parity.ODD, Math::tan, u -> 1 / (Math.cos(u) * Math.cos(u))),
  COT("cot", "\\cot", Parity.ODD, u -> 1 / Math.tan(u), u -> -1 / (Math.sin(u) * Math.sin(u))),
  SEC("sec", "\\sec", Parity.EVEN, u -> 1 / Math.cos(u),
      u -> Math.sin(u) / (Math.cos(u) * Math.cos(u))),
  CSC("csc", "\\csc", Parity.ODD, u -> 1 / Math.sin(u),
      u -> -Math.cos(u) / (Math.sin(u) * Math.sin(u))),
  ASIN("asin", "\\arcsin", Parity.ODD, Math::asin, u -> 1 / Math.sqrt(1 - u * u), "arcsin"),
  ACOS("acos", "\\arccos", Parity.NONE, Math::acos, u -> -1 / Math.sqrt(1 - u * u), "arccos"),
  ATAN("atan", "\\arctan", Parity.ODD, Math::atan, u -> 1 / (1 + u * u), "arctan"),
  ACOT("acot", "\\operatorname{arccot}", Parity.ODD, u -> Math.atan(1 / u),
      u -> -1 / (1 + u * u), "arccot"),
  ASEC("asec", "\\operatorname{arcsec}", Parity.NONE, u -> Math.acos(1 / u),
      u -> 1 / (Math.abs(u) * Math.sqrt(u * u - 1)), "arcsec"),
  ACSC("acsc", "\\operatorname{arccsc}", Parity.ODD, u -> Math.asin(1 / u),
      u -> -1 / (Math.abs(u) * Math.sqrt(u * u - 1)), "arccsc"),
  SINH("sinh", "\\sinh", Parity.ODD, Math::sinh, Math::cosh),
  COSH("cosh", "\\cosh", Parity.EVEN, Math::cosh, Math::sinh),
  TANH("tanh", "\\tanh", Parity.ODD, Math::tanh, u -> 1 - Math.tanh(u) * Math.tanh(u)),
  COTH("coth", "\\coth", Parity.ODD, u -> 1 / Math.tanh(u),
      u -> 1 - 1 / (Math.tanh(u) * Math.tanh(u))),
  SECH("sech", "\\operatorname{sech}", Parity.EVEN, u -> 1 / Math.cosh(u),
      u -> -Math.tanh(u) / Math.cosh(u)),
  CSCH("csch", "\\operatorname{csch}", Parity.ODD, u -> 1 / Math.sinh(u),
      u -> -1 / (Math.sinh(u) * Math.tanh(u))),
  ASINH("asinh", "\\operatorname{arsinh}", Parity.ODD, MathFunction::asinh,
      u -> 1 / Math.sqrt(u * u + 1), "arcsinh"),
  ACOSH("acosh", "\\operatorname{arcosh}", Parity.NONE, u -> Math.log(u + Math.sqrt(u * u - 1)),
      u -> 1 / Math.sqrt(u * u - 1), "arccosh"),
  ATANH("atanh", "\\operatorname{artanh}", Parity.ODD, u -> 0.5 * Math.log((1 + u) / (1 - u)),
      u -> 1 / (1 - u * u), "arctanh"),
  ACOTH("acoth", "\\operatorname{arcoth}", Parity.ODD, u -> 0.5 * Math.log((u + 1) / (u - 1)),
      u -> 1 / (1 - u * u), "arccoth"),
  ASECH("asech", "\\operatorname{arsech}", Parity.NONE,
      u -> Math.log((1 + Math.sqrt(1 - u * u)) / u), u -> -1 / (u * Math.sqrt(1 - u * u)),
      "arcsech"),
  ACSCH("acsch", "\\operatorname{arcsch}", Parity.ODD, u -> asinh(1 / u),
      u -> -1 / (Math.abs(u) * Math.sqrt(1 + u * u)), "arccsch"),
  LN("ln", "\\ln", Parity.NONE, Math::log, u -> 1 / u, "log"),
  LOG10("log10", "\\log_{10}", Parity.NONE, Math::log10, u -> 1 / (u * Math.log(10))),
  LOG2("log2", "\\log_{2}", Parity.NONE, u -> Math.log(u) / Math.log(2),
      u -> 1 / (u * Math.log(2))),
  CBRT("cbrt", "\\sqrt[3]", Parity.ODD, Math::cbrt, u -> 1 / (3 * Math.cbrt(u) * Math.cbrt(u))),
  ABS("abs", "", Parity.EVEN, Math::abs, Math::signum),
  SIGN("sign", "\\operatorname{sgn}", Parity.ODD, Math::signum, u -> 0),
  STEP("step", "\\operatorname{step}", Parity.NONE, u -> u > 0 ? 1 : 0, u -> 0),
  SIGMOID("sigmoid", "\\sigma", Parity.NONE, MathFunction::sigmoid,
      u -> sigmoid(u) * (1 - sigmoid(u))),
  RELU("relu", "\\operatorname{ReLU}", Parity.NONE, u -> Math.max(0, u), u -> u > 0 ? 1 : 0),
  SOFTPLUS("softplus", "\\operatorname{softplus}", Parity.NONE,
      u -> Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u))), MathFunction::sigmoid),
  ERF("erf", "\\operatorname{erf}", Parity.ODD, Erf::erf,
      u -> 2 / Math.sqrt(Math.PI) * Math.exp(-u * u)),
  GAMMA("gamma", "\\Gamma", Parity.NONE, MathFunction::gamma,
      u -> gamma(u) * Polygamma.digamma(u)),
  DIGAMMA("digamma", "\\psi", Parity.NONE, Polygamma::digamma, Polygamma::trigamma),
  /** The derivative of digamma; Leibniz knows no closed form for its own derivative. */
  TRIGAMMA("trigamma", "\\psi_1", Parity.NONE, Polygamma::trigamma, u -> Double.NaN);

  /** How {@code f(-u)} relates to {@code f(u)}; used to pull signs out of arguments. */
  enum Parity { ODD, EVEN, NONE }

  private final String canonicalName;
  private final String latex;
  private final Parity parity;
  private final DoubleUnaryOperator value;
  private final DoubleUnaryOperator derivativeValue;
  private final List<String> aliases;

  MathFunction(String name, String latex, Parity parity, DoubleUnaryOperator value,
      DoubleUnaryOperator derivativeValue, String... aliases) {
    this.canonicalName = name;
    this.latex = latex;
    this.parity = parity;
    this.value = value;
    this.derivativeValue = derivativeValue;
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

  /** {@code f'(u)} as a double; NaN outside the real domain. */
  public double derivativeValue(double u) {
    return derivativeValue.applyAsDouble(u);
  }

  /** True if Leibniz has a symbolic derivative for this function. */
  public boolean hasDerivative() {
    return this != TRIGAMMA;
  }

  /**
   * {@code f'(u)} as an expression, without the chain rule's factor {@code u'}.
   *
   * @throws UnsupportedOperationException for trigamma, whose derivative has no closed form here
   */
  public Expr derivative(Expr u) {
    switch (this) {
      case SIN: return call(COS, u);
      case COS: return negate(call(SIN, u));
      case TAN: return power(call(SEC, u), 2);
      case COT: return negate(power(call(CSC, u), 2));
      case SEC: return product(call(SEC, u), call(TAN, u));
      case CSC: return negate(product(call(CSC, u), call(COT, u)));
      case ASIN: return reciprocalSqrt(difference(num(1), power(u, 2)));
      case ACOS: return negate(reciprocalSqrt(difference(num(1), power(u, 2))));
      case ATAN: return power(sum(num(1), power(u, 2)), -1);
      case ACOT: return negate(power(sum(num(1), power(u, 2)), -1));
      case ASEC: return power(product(call(ABS, u), sqrt(difference(power(u, 2), num(1)))), -1);
      case ACSC:
        return negate(power(product(call(ABS, u), sqrt(difference(power(u, 2), num(1)))), -1));
      case SINH: return call(COSH, u);
      case COSH: return call(SINH, u);
      case TANH: return difference(num(1), power(call(TANH, u), 2));
      case COTH: return difference(num(1), power(call(COTH, u), 2));
      case SECH: return negate(product(call(SECH, u), call(TANH, u)));
      case CSCH: return negate(product(call(CSCH, u), call(COTH, u)));
      case ASINH: return reciprocalSqrt(sum(power(u, 2), num(1)));
      case ACOSH: return reciprocalSqrt(difference(power(u, 2), num(1)));
      case ATANH: case ACOTH: return power(difference(num(1), power(u, 2)), -1);
      case ASECH: return negate(power(product(u, sqrt(difference(num(1), power(u, 2)))), -1));
      case ACSCH: return negate(power(product(call(ABS, u), sqrt(sum(num(1), power(u, 2)))), -1));
      case LN: return power(u, -1);
      case LOG10: return power(product(u, call(LN, num(10))), -1);
      case LOG2: return power(product(u, call(LN, num(2))), -1);
      case CBRT: return power(product(num(3), power(call(CBRT, u), 2)), -1);
      case ABS: return call(SIGN, u);
      case SIGN: case STEP: return Num.ZERO;
      case SIGMOID: return product(call(SIGMOID, u), difference(num(1), call(SIGMOID, u)));
      case RELU: return call(STEP, u);
      case SOFTPLUS: return call(SIGMOID, u);
      case ERF: return product(num(2), reciprocalSqrt(Constant.PI), exp(negate(power(u, 2))));
      case GAMMA: return product(call(GAMMA, u), call(DIGAMMA, u));
      case DIGAMMA: return call(TRIGAMMA, u);
      default:
        throw new UnsupportedOperationException("no derivative is known for " + canonicalName);
    }
  }

  private static Expr reciprocalSqrt(Expr u) {
    return power(u, Num.of(Rational.of(-1, 2)));
  }

  /**
   * The canonical {@code f(u)}: signs pulled out of the argument by symmetry
   * ({@code sin(-x) = -sin(x)}, {@code cos(-x) = cos(x)}) and exact values folded
   * ({@code sin(0) = 0}, {@code ln(e^u) = u}).
   */
  Expr apply(Expr u) {
    if (parity != Parity.NONE && u.isNegative()) {
      Expr positive = negate(u);
      return parity == Parity.EVEN ? apply(positive) : negate(apply(positive));
    }
    Expr exact = SpecialValues.of(this, u);
    return exact != null ? exact : new Call(this, u);
  }

  /**
   * commons-math3's gamma overflows from x = 142 although gamma(x) is finite up to 171.62; there
   * {@code exp(logGamma(x))} takes over.
   */
  private static double gamma(double u) {
    return u > 141 ? Math.exp(Gamma.logGamma(u)) : Gamma.gamma(u);
  }

  private static double sigmoid(double u) {
    if (u >= 0) return 1 / (1 + Math.exp(-u));
    double e = Math.exp(u);
    return e / (1 + e);
  }

  private static double asinh(double u) {
    double a = Math.abs(u);
    double r = Math.log(a + Math.sqrt(a * a + 1));
    return u < 0 ? -r : r;
  }
}

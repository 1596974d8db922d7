package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.Set;

/**
 * The helpers generated code defines for the functions a language lacks, written once in terms
 * of each {@link Syntax}: the reciprocal functions ({@code cot u = 1/tan u}, {@code asec u =
 * acos(1/u)}, ...) and the piecewise ones (sign, step, relu, sigmoid, softplus). A language's
 * {@link Syntax#ownBody} takes precedence (the special functions, and what only it lacks). A
 * helper may call another function, which then needs a helper of its own where the language
 * lacks it: {@link #definition} names those in {@code calls}.
 */
final class HelperBodies {
  private HelperBodies() {}

  /**
   * The helper's definition for {@code f} in {@code syntax}, or null where {@code f} is native;
   * adds to {@code calls} the functions its body calls.
   */
  static String definition(Syntax syntax, MathFunction f, Set<MathFunction> calls) {
    if (syntax.nativeName(f) != null) return null;
    String body = syntax.ownBody(f);
    if (body == null) body = syntax.returns(value(new Calls(syntax, calls), f));
    return syntax.helperDefinition(syntax.helperSignature(f), body);
  }

  /** The expression the helper returns, in {@code u}. */
  private static String value(Calls c, MathFunction f) {
    Syntax s = c.syntax;
    String one = s.literal(1); // a value returned: 1.0 in every language
    String zero = s.literal(0);
    switch (f) {
      case COT: return "1 / " + c.call(MathFunction.TAN, "u");
      case SEC: return "1 / " + c.call(MathFunction.COS, "u");
      case CSC: return "1 / " + c.call(MathFunction.SIN, "u");
      case COTH: return "1 / " + c.call(MathFunction.TANH, "u");
      case SECH: return "1 / " + c.call(MathFunction.COSH, "u");
      case CSCH: return "1 / " + c.call(MathFunction.SINH, "u");
      case ACOT:
        return s.conditional("u == 0", s.literal(Math.PI / 2), c.call(MathFunction.ATAN, "1 / u"));
      case ASEC: return c.call(MathFunction.ACOS, "1 / u");
      case ACSC: return c.call(MathFunction.ASIN, "1 / u");
      case ACOTH: return c.call(MathFunction.ATANH, "1 / u");
      case ASECH: return c.call(MathFunction.ACOSH, "1 / u");
      case ACSCH: return c.call(MathFunction.ASINH, "1 / u");
      case SIGN: return s.conditional("u > 0", one, s.conditional("u < 0", s.literal(-1), "u"));
      case STEP: return s.conditional("u > 0", one, zero);
      case RELU: return s.conditional("u > 0", "u", s.conditional("u == u", zero, "u"));
      case SIGMOID:
        return s.conditional("u >= 0", "1 / (1 + " + s.exp("-u") + ")",
            s.exp("u") + " / (1 + " + s.exp("u") + ")");
      case SOFTPLUS: // max(u, 0) + ln(1 + e^-|u|), which overflows nowhere
        return "(" + s.conditional("u > 0", "u", zero) + ") + "
            + s.log1p(s.exp("-" + c.call(MathFunction.ABS, "u")));
      default:
        throw new IllegalStateException("no helper body for " + f);
    }
  }

  /** Calls through {@code syntax}, noting each function called. */
  private record Calls(Syntax syntax, Set<MathFunction> calls) {
    String call(MathFunction f, String argument) {
      calls.add(f);
      return syntax.call(f, argument);
    }
  }
}

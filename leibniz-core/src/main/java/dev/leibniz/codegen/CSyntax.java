package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/** C99: a {@code double} function writing the gradient into an array; {@code <math.h>}. */
final class CSyntax extends BraceSyntax {
  private static final Set<String> RESERVED = Set.of("auto", "break", "case", "char", "const",
      "continue", "default", "do", "double", "else", "enum", "extern", "float", "for", "goto",
      "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
      "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile",
      "while", "_Bool", "_Complex", "_Imaginary", "y0", "y1", "yn", "j0", "j1", "jn", "gamma",
      "erf", "exp", "log", "sqrt", "pow", "sin", "cos", "tan", "fabs", "floor", "rint");

  @Override
  public Set<String> reserved() {
    return RESERVED;
  }

  @Override
  public String opening(String name, List<String> parameters, String doc, List<String> helpers) {
    StringBuilder out = new StringBuilder("#include <math.h>\n\n");
    if (helpers.stream().anyMatch(h -> h.contains("M_PI"))) { // not in strict C99's math.h
      out.append("#ifndef M_PI\n#define M_PI 3.14159265358979323846\n#endif\n\n");
    }
    for (String h : helpers) out.append(h).append('\n');
    out.append("/*\n");
    for (String line : doc.replace("*/", "* /").split("\n")) out.append(" * ").append(line).append('\n');
    out.append(" */\n").append("double ").append(name).append('(');
    for (String p : parameters) out.append("double ").append(p).append(", ");
    return out.append("double gradient[").append(Math.max(1, parameters.size())).append("]) {\n")
        .toString();
  }

  @Override
  public String comment(String text) {
    return "  /* " + text + " */";
  }

  @Override
  public String literal(double value) {
    if (Double.isNaN(value)) return "NAN";
    if (Double.isInfinite(value)) return value > 0 ? "INFINITY" : "-INFINITY";
    return Double.toString(value);
  }

  @Override
  public String nativeName(MathFunction f) {
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case ASINH: case ACOSH: case ATANH: case LOG10: case LOG2: case CBRT: case ERF:
        return f.canonicalName();
      case LN: return "log";
      case ABS: return "fabs";
      case GAMMA: return "tgamma";
      default: return null;
    }
  }

  @Override
  public String helperName(MathFunction f) {
    return "leibniz_" + f.canonicalName();
  }

  @Override
  public String exp(String argument) {
    return "exp(" + argument + ")";
  }

  @Override
  public String sqrt(String argument) {
    return "sqrt(" + argument + ")";
  }

  @Override
  public String pow(String base, String exponent) {
    return "pow(" + base + ", " + exponent + ")";
  }

  @Override
  public String powerLog(String base, String power) {
    return "leibniz_power_log(" + base + ", " + power + ")";
  }

  @Override
  public String log1p(String argument) {
    return "log1p(" + argument + ")";
  }

  @Override
  public String powerLogHelper() {
    return helperDefinition("leibniz_power_log(double f, double power)",
        "return f > 0 ? log(f) : power == 0 ? 0 : NAN;");
  }

  @Override
  public String helperSignature(MathFunction f) {
    return helperName(f) + "(double u)";
  }

  /** Digamma and trigamma, translated from the Java bodies, calling each other's helper. */
  @Override
  public String ownBody(MathFunction f) {
    String java = f == MathFunction.DIGAMMA ? SpecialFunctions.JAVA_DIGAMMA
        : f == MathFunction.TRIGAMMA ? SpecialFunctions.JAVA_TRIGAMMA : null;
    return java == null ? null : SpecialFunctions.c(java).replace("digamma(", "leibniz_digamma(")
        .replace("trigamma(", "leibniz_trigamma(");
  }
}

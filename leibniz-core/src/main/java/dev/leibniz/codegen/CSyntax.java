package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/** C99: a {@code double} function writing the gradient into an array; {@code <math.h>}. */
final class CSyntax implements Syntax {
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
  public String closing(List<String> gradient, String value) {
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < gradient.size(); j++) {
      out.append("  gradient[").append(j).append("] = ").append(gradient.get(j)).append(";\n");
    }
    return out.append("  return ").append(value).append(";\n}\n").toString();
  }

  @Override
  public String statement(String name, char op, String value, boolean declare) {
    String assign = op == '=' ? " = " : " " + op + "= ";
    return "  " + (declare ? "double " : "") + name + assign + value + ";";
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
  public String call(MathFunction f, String argument) {
    String name = f.canonicalName();
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case ASINH: case ACOSH: case ATANH: case LOG10: case LOG2: case CBRT: case ERF:
        return name + "(" + argument + ")";
      case LN: return "log(" + argument + ")";
      case ABS: return "fabs(" + argument + ")";
      case GAMMA: return "tgamma(" + argument + ")";
      default: return "leibniz_" + name + "(" + argument + ")";
    }
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
  public String powerLogHelper() {
    return helper("leibniz_power_log(double f, double power)",
        "return f > 0 ? log(f) : power == 0 ? 0 : NAN;");
  }

  @Override
  public String helper(MathFunction f) {
    String body = body(f);
    return body == null ? null
        : helper("leibniz_" + f.canonicalName() + "(double u)", body.replace("digamma(",
            "leibniz_digamma(").replace("trigamma(", "leibniz_trigamma("));
  }

  private static String helper(String signature, String body) {
    return "static double " + signature + " {\n  " + body.replace("\n", "\n  ") + "\n}\n";
  }

  private static String body(MathFunction f) {
    switch (f) {
      case COT: return "return 1 / tan(u);";
      case SEC: return "return 1 / cos(u);";
      case CSC: return "return 1 / sin(u);";
      case ACOT: return "return u == 0 ? M_PI / 2 : atan(1 / u);";
      case ASEC: return "return acos(1 / u);";
      case ACSC: return "return asin(1 / u);";
      case COTH: return "return 1 / tanh(u);";
      case SECH: return "return 1 / cosh(u);";
      case CSCH: return "return 1 / sinh(u);";
      case ACOTH: return "return atanh(1 / u);";
      case ASECH: return "return acosh(1 / u);";
      case ACSCH: return "return asinh(1 / u);";
      case SIGN: return "return u > 0 ? 1 : u < 0 ? -1 : u;";
      case STEP: return "return u > 0 ? 1 : 0;";
      case RELU: return "return u > 0 ? u : u == u ? 0 : u;";
      case SIGMOID: return "return u >= 0 ? 1 / (1 + exp(-u)) : exp(u) / (1 + exp(u));";
      case SOFTPLUS: return "return fmax(u, 0) + log1p(exp(-fabs(u)));";
      case DIGAMMA: return SpecialFunctions.c(SpecialFunctions.JAVA_DIGAMMA);
      case TRIGAMMA: return SpecialFunctions.c(SpecialFunctions.JAVA_TRIGAMMA);
      default: return null;
    }
  }
}

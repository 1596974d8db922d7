package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/** Java: a {@code static double} method writing the gradient into an array; {@code Math}. */
final class JavaSyntax implements Syntax {
  private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "var", "record", "yield", "Math");

  @Override
  public Set<String> reserved() {
    return RESERVED;
  }

  @Override
  public String opening(String name, List<String> parameters, String doc, List<String> helpers) {
    StringBuilder out = new StringBuilder();
    for (String h : helpers) out.append(h).append('\n');
    out.append("/**\n");
    for (String line : doc.replace("*/", "* /").split("\n")) out.append(" * ").append(line).append('\n');
    out.append(" */\n").append("static double ").append(name).append('(');
    for (String p : parameters) out.append("double ").append(p).append(", ");
    return out.append("double[] gradient) {\n").toString();
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
    return "  // " + text;
  }

  @Override
  public String literal(double value) {
    if (Double.isNaN(value)) return "Double.NaN";
    if (Double.isInfinite(value)) return value > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    return Double.toString(value);
  }

  @Override
  public String call(MathFunction f, String argument) {
    String name = f.canonicalName();
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case LOG10: case CBRT: case ABS:
        return "Math." + name + "(" + argument + ")";
      case LN: return "Math.log(" + argument + ")";
      case SIGN: return "Math.signum(" + argument + ")";
      default: return name + "(" + argument + ")";
    }
  }

  @Override
  public String exp(String argument) {
    return "Math.exp(" + argument + ")";
  }

  @Override
  public String sqrt(String argument) {
    return "Math.sqrt(" + argument + ")";
  }

  @Override
  public String pow(String base, String exponent) {
    return "Math.pow(" + base + ", " + exponent + ")";
  }

  @Override
  public String powerLog(String base, String power) {
    return "powerLog(" + base + ", " + power + ")";
  }

  @Override
  public String powerLogHelper() {
    return helper("powerLog(double f, double power)",
        "return f > 0 ? Math.log(f) : power == 0 ? 0 : Double.NaN;");
  }

  @Override
  public String helper(MathFunction f) {
    String body = body(f);
    return body == null ? null : helper(f.canonicalName() + "(double u)", body);
  }

  private static String helper(String signature, String body) {
    return "static double " + signature + " {\n  " + body.replace("\n", "\n  ") + "\n}\n";
  }

  private static String body(MathFunction f) {
    switch (f) {
      case COT: return "return 1 / Math.tan(u);";
      case SEC: return "return 1 / Math.cos(u);";
      case CSC: return "return 1 / Math.sin(u);";
      case ACOT: return "return u == 0 ? Math.PI / 2 : Math.atan(1 / u);";
      case ASEC: return "return Math.acos(1 / u);";
      case ACSC: return "return Math.asin(1 / u);";
      case COTH: return "return 1 / Math.tanh(u);";
      case SECH: return "return 1 / Math.cosh(u);";
      case CSCH: return "return 1 / Math.sinh(u);";
      case ASINH:
        return "return Math.copySign(Math.log(Math.abs(u) + Math.sqrt(u * u + 1)), u);";
      case ACOSH: return "return Math.log(u + Math.sqrt(u * u - 1));";
      case ATANH: return "return 0.5 * Math.log1p(2 * u / (1 - u));";
      case ACOTH: return "return 0.5 * Math.log1p(2 / (u - 1));";
      case ASECH: return "return Math.log((1 + Math.sqrt(1 - u * u)) / u);";
      case ACSCH: return "double a = 1 / u;\n"
          + "return Math.copySign(Math.log(Math.abs(a) + Math.sqrt(a * a + 1)), a);";
      case LOG2: return "return Math.log(u) / Math.log(2);";
      case STEP: return "return u > 0 ? 1 : 0;";
      case RELU: return "return Math.max(0, u);";
      case SIGMOID: return "return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));";
      case SOFTPLUS: return "return Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));";
      case ERF: return SpecialFunctions.JAVA_ERF;
      case GAMMA: return SpecialFunctions.JAVA_GAMMA;
      case DIGAMMA: return SpecialFunctions.JAVA_DIGAMMA;
      case TRIGAMMA: return SpecialFunctions.JAVA_TRIGAMMA;
      default: return null;
    }
  }
}

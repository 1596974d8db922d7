package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/** Java: a {@code static double} method writing the gradient into an array; {@code Math}. */
final class JavaSyntax extends BraceSyntax {
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
  public String nativeName(MathFunction f) {
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case LOG10: case CBRT: case ABS:
        return "Math." + f.canonicalName();
      case LN: return "Math.log";
      case SIGN: return "Math.signum";
      default: return null;
    }
  }

  @Override
  public String helperName(MathFunction f) {
    return f.canonicalName();
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
  public String log1p(String argument) {
    return "Math.log1p(" + argument + ")";
  }

  @Override
  public String powerLogHelper() {
    return helperDefinition("powerLog(double f, double power)",
        "return f > 0 ? Math.log(f) : power == 0 ? 0 : Double.NaN;");
  }

  @Override
  public String helperSignature(MathFunction f) {
    return f.canonicalName() + "(double u)";
  }

  /** What only Java lacks: the inverse hyperbolic functions, log2, and the special functions. */
  @Override
  public String ownBody(MathFunction f) {
    switch (f) {
      case ASINH:
        return "return Math.copySign(Math.log(Math.abs(u) + Math.sqrt(u * u + 1)), u);";
      case ACOSH: return "return Math.log(u + Math.sqrt(u * u - 1));";
      case ATANH: return "return 0.5 * Math.log1p(2 * u / (1 - u));";
      case LOG2: return "return Math.log(u) / Math.log(2);";
      case ERF: return SpecialFunctions.JAVA_ERF;
      case GAMMA: return SpecialFunctions.JAVA_GAMMA;
      case DIGAMMA: return SpecialFunctions.JAVA_DIGAMMA;
      case TRIGAMMA: return SpecialFunctions.JAVA_TRIGAMMA;
      default: return null;
    }
  }
}

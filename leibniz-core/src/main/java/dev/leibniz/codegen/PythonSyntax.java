package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/**
 * Python 3: a function returning the value and the gradient as a list; {@code math}, which
 * raises {@code ValueError} or {@code ZeroDivisionError} where Leibniz would give NaN.
 */
final class PythonSyntax implements Syntax {
  private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as",
      "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else",
      "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  @Override
  public Set<String> reserved() {
    return RESERVED;
  }

  @Override
  public String opening(String name, List<String> parameters, String doc, List<String> helpers) {
    StringBuilder out = new StringBuilder("import math\n\n\n");
    for (String h : helpers) out.append(h).append("\n\n");
    out.append("def ").append(name).append('(').append(String.join(", ", parameters))
        .append("):\n");
    out.append("    \"\"\"").append(doc.replace("\\", "\\\\").replace("\"\"\"", "'''")
        .replace("\n", "\n    ")).append("\n    \"\"\"\n");
    return out.toString();
  }

  @Override
  public String closing(List<String> gradient, String value) {
    return "    return " + value + ", [" + String.join(", ", gradient) + "]\n";
  }

  @Override
  public String statement(String name, char op, String value, boolean declare) {
    return "    " + name + (op == '=' ? " = " : " " + op + "= ") + value;
  }

  @Override
  public String comment(String text) {
    return "    # " + text;
  }

  @Override
  public String literal(double value) {
    if (Double.isNaN(value)) return "math.nan";
    if (Double.isInfinite(value)) return value > 0 ? "math.inf" : "-math.inf";
    return Double.toString(value);
  }

  @Override
  public String call(MathFunction f, String argument) {
    String name = f.canonicalName();
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case ASINH: case ACOSH: case ATANH: case LOG10: case LOG2: case ERF:
      case GAMMA:
        return "math." + name + "(" + argument + ")";
      case LN: return "math.log(" + argument + ")";
      case ABS: return "math.fabs(" + argument + ")";
      default: return name + "(" + argument + ")";
    }
  }

  @Override
  public String exp(String argument) {
    return "math.exp(" + argument + ")";
  }

  @Override
  public String sqrt(String argument) {
    return "math.sqrt(" + argument + ")";
  }

  @Override
  public String pow(String base, String exponent) {
    return "math.pow(" + base + ", " + exponent + ")";
  }

  @Override
  public String powerLog(String base, String power) {
    return "power_log(" + base + ", " + power + ")";
  }

  @Override
  public String powerLogHelper() {
    return helper("power_log(f, power)",
        "return math.log(f) if f > 0 else 0.0 if power == 0 else math.nan");
  }

  @Override
  public String helper(MathFunction f) {
    String body = body(f);
    return body == null ? null : helper(f.canonicalName() + "(u)", body);
  }

  private static String helper(String signature, String body) {
    return "def " + signature + ":\n    " + body.replace("\n", "\n    ") + "\n";
  }

  private static String body(MathFunction f) {
    switch (f) {
      case COT: return "return 1 / math.tan(u)";
      case SEC: return "return 1 / math.cos(u)";
      case CSC: return "return 1 / math.sin(u)";
      case ACOT: return "return math.pi / 2 if u == 0 else math.atan(1 / u)";
      case ASEC: return "return math.acos(1 / u)";
      case ACSC: return "return math.asin(1 / u)";
      case COTH: return "return 1 / math.tanh(u)";
      case SECH: return "return 1 / math.cosh(u)";
      case CSCH: return "return 1 / math.sinh(u)";
      case ACOTH: return "return math.atanh(1 / u)";
      case ASECH: return "return math.acosh(1 / u)";
      case ACSCH: return "return math.asinh(1 / u)";
      case CBRT: return "return math.copysign(abs(u) ** (1 / 3), u)";
      case SIGN: return "return 1.0 if u > 0 else -1.0 if u < 0 else u";
      case STEP: return "return 1.0 if u > 0 else 0.0";
      case RELU: return "return u if u > 0 or u != u else 0.0";
      case SIGMOID:
        return "return 1 / (1 + math.exp(-u)) if u >= 0 else math.exp(u) / (1 + math.exp(u))";
      case SOFTPLUS: return "return max(u, 0.0) + math.log1p(math.exp(-abs(u)))";
      case DIGAMMA: return SpecialFunctions.PYTHON_DIGAMMA;
      case TRIGAMMA: return SpecialFunctions.PYTHON_TRIGAMMA;
      default: return null;
    }
  }
}

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
  public String nativeName(MathFunction f) {
    switch (f) {
      case SIN: case COS: case TAN: case ASIN: case ACOS: case ATAN: case SINH: case COSH:
      case TANH: case ASINH: case ACOSH: case ATANH: case LOG10: case LOG2: case ERF:
      case GAMMA:
        return "math." + f.canonicalName();
      case LN: return "math.log";
      case ABS: return "math.fabs";
      default: return null;
    }
  }

  @Override
  public String helperName(MathFunction f) {
    return f.canonicalName();
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
  public String log1p(String argument) {
    return "math.log1p(" + argument + ")";
  }

  @Override
  public String returns(String value) {
    return "return " + value;
  }

  @Override
  public String conditional(String test, String then, String otherwise) {
    return then + " if " + test + " else " + otherwise;
  }

  @Override
  public String powerLogHelper() {
    return helperDefinition("power_log(f, power)",
        "return math.log(f) if f > 0 else 0.0 if power == 0 else math.nan");
  }

  @Override
  public String helperSignature(MathFunction f) {
    return f.canonicalName() + "(u)";
  }

  @Override
  public String helperDefinition(String signature, String body) {
    return "def " + signature + ":\n    " + body.replace("\n", "\n    ") + "\n";
  }

  /** What only Python's math lacks (cbrt before 3.11), and the special functions. */
  @Override
  public String ownBody(MathFunction f) {
    switch (f) {
      case CBRT: return "return math.copysign(abs(u) ** (1 / 3), u)";
      case DIGAMMA: return SpecialFunctions.PYTHON_DIGAMMA;
      case TRIGAMMA: return SpecialFunctions.PYTHON_TRIGAMMA;
      default: return null;
    }
  }
}

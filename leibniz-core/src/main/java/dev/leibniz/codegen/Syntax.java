package dev.leibniz.codegen;

import dev.leibniz.expr.MathFunction;
import java.util.List;
import java.util.Set;

/**
 * What one target language spells differently: the function around the code, declarations,
 * statements, numbers, and the mathematical functions, native ({@code Math.sin}, {@code sin},
 * {@code math.sin}) or helpers written into the output ({@code sec}, {@code digamma}, ...).
 */
interface Syntax {
  /** Words the language reserves, which a variable may not be named. */
  Set<String> reserved();

  /**
   * The text before the body: imports, the used helpers, the documentation and the function's
   * first line, for the given parameter names.
   */
  String opening(String name, List<String> parameters, String doc, List<String> helpers);

  /** The text after the body: the gradient written out (names by variable) and the value returned. */
  String closing(List<String> gradient, String value);

  /** A statement {@code name op= value} (op '=', '+', '*'); {@code declare} on the first one. */
  String statement(String name, char op, String value, boolean declare);

  /** A comment line of the body. */
  String comment(String text);

  /** A number, as a literal the language reads back to the same double. */
  String literal(double value);

  /** The call of {@code f} on {@code argument}: native, or a helper that {@link #helper} writes. */
  String call(MathFunction f, String argument);

  /** e^a, sqrt(a), a^b and the power's log factor. */
  String exp(String argument);

  String sqrt(String argument);

  String pow(String base, String exponent);

  /** {@code ln f} for f > 0, 0 where the power is 0, NaN otherwise: always a helper. */
  String powerLog(String base, String power);

  /** The helper {@code f} needs, or null where the language has it natively. */
  String helper(MathFunction f);

  /** The helper {@link #powerLog} calls. */
  String powerLogHelper();
}

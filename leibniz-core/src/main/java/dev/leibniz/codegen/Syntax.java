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

  /**
   * The language's own name of {@code f} ({@code Math.sin}, {@code sin}, {@code math.sin}), or
   * null where the output must define it as a helper ({@link HelperBodies}).
   */
  String nativeName(MathFunction f);

  /** The name of the helper the output defines for {@code f}. */
  String helperName(MathFunction f);

  /** The call of {@code f} on {@code argument}: native, or the helper {@link HelperBodies} writes. */
  default String call(MathFunction f, String argument) {
    String name = nativeName(f);
    return (name != null ? name : helperName(f)) + "(" + argument + ")";
  }

  /** e^a, sqrt(a), a^b and the power's log factor. */
  String exp(String argument);

  String sqrt(String argument);

  String pow(String base, String exponent);

  /** {@code ln f} for f > 0, 0 where the power is 0, NaN otherwise: always a helper. */
  String powerLog(String base, String power);

  /** ln(1 + a), accurate for small a. */
  String log1p(String argument);

  /** The statement returning {@code value} from a helper. */
  String returns(String value);

  /** {@code then} where {@code test} holds, else {@code otherwise}: an expression. */
  String conditional(String test, String then, String otherwise);

  /**
   * The body of the helper for {@code f} where this language needs one of its own (a special
   * function, or one only this language lacks), or null to take {@link HelperBodies}' common one.
   */
  String ownBody(MathFunction f);

  /** A helper's definition: {@code signature} is its name and parameter list. */
  String helperDefinition(String signature, String body);

  /** The signature of the one-argument helper for {@code f}, its argument named {@code u}. */
  String helperSignature(MathFunction f);

  /** The helper {@link #powerLog} calls. */
  String powerLogHelper();
}

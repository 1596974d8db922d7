package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value of a point ({@code --at}, {@code :at}): a closed expression, one that names no
 * variable, evaluated to a finite double: {@code -1}, {@code 1e-3}, {@code pi/2},
 * {@code log(2, 3)}.
 *
 * <p>"Names no variable" is about the text, not the simplified expression: {@code 0x10} reads
 * as {@code 0*x10}, which simplifies to 0, yet it names the variable {@code x10} and is refused.
 * To see the names that simplification drops, each run of letters outside a number is read
 * alone ({@code x10}, or {@code xsin} as {@code xsin(1)} when it ends in a function name) and
 * its variables collected. A number here is the grammar's: digits, a fraction, an exponent
 * {@code e}/{@code E} with digits, so the {@code E} of {@code 1E-3} is no name.
 */
final class ConstantValue {
  /** A number of the language, or a run of name characters. */
  private static final Pattern NUMBER_OR_RUN = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.])(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[\\p{L}_][\\p{L}\\p{N}_]*");

  private ConstantValue() {}

  /**
   * The value of {@code name} written as {@code value}, which stands at {@code offset} (0-based)
   * of {@code text}, the whole point as typed, for the caret of an error.
   *
   * @throws LeibnizException if {@code value} is not an expression, names a variable, or is not
   *     a finite real number
   */
  static double read(String name, String value, String text, int offset) {
    Expression e;
    try {
      e = Expression.parse(value);
    } catch (LeibnizException parse) {
      int column = parse.column() > 0 ? offset + parse.column() : 0;
      throw new LeibnizException("the value of " + name + ": " + parse.getMessage(), text, column);
    }
    Set<String> named = new TreeSet<>(e.variables());
    if (named.isEmpty()) named = namedVariables(value);
    if (!named.isEmpty()) {
      throw new LeibnizException("the value of " + name + " must be a constant, but '" + value
          + "' names the variable" + (named.size() > 1 ? "s " : " ") + String.join(", ", named));
    }
    double v;
    try {
      v = EvalCommand.value(e, Map.of());
    } catch (LeibnizException undefined) {
      throw new LeibnizException("the value of " + name + ": " + undefined.getMessage());
    }
    // A value other than 0 that a double cannot hold (1e-400) is refused as one too large is:
    // read as 0, it would be judged at a point other than the one given.
    if (v == 0 && !e.toString().equals("0")) {
      throw new LeibnizException("the value of " + name + ": the number " + value.strip()
          + " is too small for a double (it would be read as 0)");
    }
    return v;
  }

  /** The variables named by the runs of letters of {@code value} outside its numbers. */
  private static Set<String> namedVariables(String value) {
    Set<String> named = new TreeSet<>();
    Matcher m = NUMBER_OR_RUN.matcher(value);
    while (m.find()) {
      String run = m.group();
      if (Character.isLetter(run.charAt(0))) named.addAll(variablesOf(run));
    }
    return named;
  }

  /** The variables of one run of letters read alone; none if it is not an expression. */
  private static Set<String> variablesOf(String run) {
    for (String text : new String[] {run, run + "(1)"}) {
      try {
        return Expression.parse(text).variables();
      } catch (LeibnizException notAlone) {
        // A run that ends in a function name needs a group: try it with one.
      }
    }
    return Set.of();
  }
}

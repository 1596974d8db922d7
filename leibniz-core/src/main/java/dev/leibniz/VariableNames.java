package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.DeclaredNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Variable names as a caller writes them, read by the parser so that they mean what they mean
 * inside an expression: {@code θ} and {@code theta} are one variable, {@code x1} is one
 * variable, and {@code ""}, {@code 2}, {@code x y} or {@code e} are not variables at all.
 * Read as declared names are ({@link DeclaredNames}, which remembers the names it has read, so
 * differentiating many expressions by {@code x} reads {@code x} once).
 */
final class VariableNames {
  private VariableNames() {}

  /**
   * The variable {@code text} names.
   *
   * @throws IllegalArgumentException if {@code text} is null
   * @throws LeibnizException if {@code text} is blank or not a single variable
   */
  static String of(String text) {
    Arguments.notNull(text, "variable");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) throw new LeibnizException("missing variable name");
    String name = DeclaredNames.variableOrNull(trimmed);
    if (name == null) throw new LeibnizException("'" + trimmed + "' is not a variable name");
    return name;
  }

  /**
   * The variable {@code text} names, or null where it names none ({@code "x y"}, {@code "2"}):
   * for keys that may name nothing, such as a point's.
   */
  static String orNull(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? null : DeclaredNames.variableOrNull(trimmed);
  }

  /** The variables {@code texts} name, in order. */
  static List<String> of(List<String> texts) {
    List<String> names = new ArrayList<>(texts.size());
    for (String t : texts) names.add(of(t));
    return names;
  }
}

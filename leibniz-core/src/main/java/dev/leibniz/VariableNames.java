package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Var;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Variable names as a caller writes them, read by the parser so that they mean what they mean
 * inside an expression: {@code θ} and {@code theta} are one variable, {@code x1} is one
 * variable, and {@code ""}, {@code 2}, {@code x y} or {@code e} are not variables at all.
 * Names already read are remembered (a bounded number of them; a text that names no variable
 * as the empty string), so differentiating many expressions by {@code x} reads {@code x} once.
 */
final class VariableNames {
  private static final int REMEMBERED = 1024;
  private static final Map<String, String> READ = new ConcurrentHashMap<>();

  private VariableNames() {}

  /**
   * The variable {@code text} names.
   *
   * @throws IllegalArgumentException if {@code text} is null
   * @throws LeibnizException if {@code text} is blank or not a single variable
   */
  static String of(String text) {
    Arguments.notNull(text, "variable");
    String known = READ.get(text);
    if (known != null && !known.isEmpty()) return known;
    String name = read(text);
    if (READ.size() < REMEMBERED) READ.put(text, name);
    return name;
  }

  /**
   * The variable {@code text} names, or null where it names none ({@code "x y"}, {@code "2"}):
   * for keys that may name nothing, such as a point's. Both answers are remembered.
   */
  static String orNull(String text) {
    String known = READ.get(text);
    if (known != null) return known.isEmpty() ? null : known;
    String name;
    try {
      name = read(text);
    } catch (LeibnizException notAVariable) {
      name = "";
    }
    if (READ.size() < REMEMBERED) READ.put(text, name);
    return name.isEmpty() ? null : name;
  }

  /** The variables {@code texts} name, in order. */
  static List<String> of(List<String> texts) {
    List<String> names = new ArrayList<>(texts.size());
    for (String t : texts) names.add(of(t));
    return names;
  }

  private static String read(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) throw new LeibnizException("missing variable name");
    Expr e;
    try {
      e = ExprParser.parse(trimmed);
    } catch (LeibnizException notAnExpression) {
      throw notAVariable(trimmed);
    }
    if (e instanceof Var v) return v.name();
    throw notAVariable(trimmed);
  }

  private static LeibnizException notAVariable(String text) {
    return new LeibnizException("'" + text + "' is not a variable name");
  }
}

package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names a REPL line may use for earlier expressions, {@code ans} and those defined with
 * {@code f := EXPR}. A line is read with them in place ({@link Expression#parse(String, Map)}):
 * a name stands for its expression only where it is a whole word, as if in parentheses, so
 * {@code 2f} with {@code f := x+1} reads {@code 2(x + 1)}. The expressions are kept as they are,
 * never printed and read back.
 */
final class Substitutions {
  /** The word that stands for the last result. */
  static final String ANSWER = "ans";

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]*");
  private static final Set<String> RESERVED = reserved();

  private final Map<String, Expression> definitions = new HashMap<>();
  private Expression answer;

  /**
   * Names {@code value} {@code name}.
   *
   * @throws LeibnizException if {@code name} is reserved: a function, a constant or {@code ans}
   */
  void define(String name, Expression value) {
    if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
      throw new LeibnizException("'" + name + "' is reserved and cannot name an expression");
    }
    definitions.put(name, value);
  }

  /** Sets what {@code ans} stands for; null when the last line had no single result. */
  void answer(Expression value) {
    answer = value;
  }

  /** The names defined so far, and {@code ans} once there is an answer. */
  Set<String> names() {
    Set<String> names = new TreeSet<>(definitions.keySet());
    if (answer != null) names.add(ANSWER);
    return names;
  }

  /**
   * The expression {@code text} reads as, each whole-word name standing for its expression.
   *
   * @throws LeibnizException if {@code ans} is used when there is no single last result
   */
  Expression parse(String text) {
    Map<String, Expression> names = new HashMap<>(definitions);
    // Without an answer, "ans" is still read as one word, so that its use can be refused.
    names.put(ANSWER, answer);
    Expression e = Expression.parse(text, names);
    if (answer == null && e.variables().contains(ANSWER)) {
      throw new LeibnizException("'ans' is the last single result, and there is none yet");
    }
    return e;
  }

  private static Set<String> reserved() {
    Set<String> reserved = new TreeSet<>(Leibniz.functionNames());
    reserved.addAll(List.of("e", "pi", "exp", "sqrt", ANSWER));
    return reserved;
  }
}

package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.ExprParser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a REPL line may use for earlier expressions, {@code ans} and those defined with
 * {@code f := EXPR}, replaced in the text before it is parsed. A name is replaced only where it
 * stands as a whole word, and by its expression in parentheses, so {@code 2f} with
 * {@code f := x+1} reads {@code 2(x + 1)}. One pass: a replacement is never scanned again.
 */
final class Substitutions {
  /** The word that stands for the last result. */
  static final String ANSWER = "ans";

  /** Scanned left to right, so each match is a whole word: {@code 2f} holds {@code f}. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]*");
  private static final Set<String> RESERVED = reserved();

  private final Map<String, String> definitions = new HashMap<>();
  private String answer;

  /**
   * Names {@code text} (already expanded) {@code name}.
   *
   * @throws LeibnizException if {@code name} is reserved: a function, a constant or {@code ans}
   */
  void define(String name, String text) {
    if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
      throw new LeibnizException("'" + name + "' is reserved and cannot name an expression");
    }
    definitions.put(name, text);
  }

  /** Sets what {@code ans} stands for; null when the last line had no single result. */
  void answer(String text) {
    answer = text;
  }

  /** The names defined so far, and {@code ans} once there is an answer. */
  Set<String> names() {
    Set<String> names = new TreeSet<>(definitions.keySet());
    if (answer != null) names.add(ANSWER);
    return names;
  }

  /**
   * {@code text} with every whole-word name replaced by its expression in parentheses.
   *
   * @throws LeibnizException if {@code ans} is used when there is no single last result
   */
  String expand(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      String word = m.group();
      String replacement = word.equals(ANSWER) ? answer() : definitions.get(word);
      if (replacement == null) continue;
      out.append(text, at, m.start()).append('(').append(replacement).append(')');
      at = m.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private String answer() {
    if (answer == null) {
      throw new LeibnizException("'ans' is the last single result, and there is none yet");
    }
    return answer;
  }

  private static Set<String> reserved() {
    Set<String> reserved = new TreeSet<>(ExprParser.functionNames());
    reserved.addAll(List.of("e", "pi", "exp", "sqrt", ANSWER));
    return reserved;
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order rule of a program (LANGUAGE.md, "Programs"): lines are written in the order they
 * are computed, so a line may use only names declared or defined above it. Without this rule a
 * name defined below would be read as an undeclared scalar, and the backward equations would be
 * wrong without a word.
 */
final class ProgramOrder {
  private ProgramOrder() {}

  /** Each line name ({@code h} of {@code h = W x}) and the number of the line defining it. */
  static Map<String, Integer> definitions(String[] rows) {
    Map<String, Integer> out = new HashMap<>();
    for (int n = 0; n < rows.length; n++) {
      String row = rows[n];
      int hash = row.indexOf('#');
      String line = hash >= 0 ? row.substring(0, hash) : row;
      int equals = line.indexOf('=');
      if (equals <= 0) continue;
      out.putIfAbsent(line.substring(0, equals).strip(), n + 1);
    }
    return out;
  }

  /**
   * Refuses {@code line} (number {@code number}) if its right side uses a name that a line
   * below, or the line itself, defines: {@code h is used before line 3 defines it}.
   */
  static void refuseLaterNames(String line, int number, Map<String, Integer> definedAt) {
    int equals = line.indexOf('=');
    String right = line.substring(equals + 1);
    for (Map.Entry<String, Integer> d : definedAt.entrySet()) {
      if (d.getValue() < number) continue;
      // The name alone, or after a number written against it ("2h" is 2*h), but not inside
      // another name ("xh", "x2h").
      Matcher m = Pattern.compile("(?<![\\p{L}_])(?<![\\p{L}_]\\p{N}{1,40})"
          + Pattern.quote(d.getKey()) + "(?![\\p{L}\\p{N}_])").matcher(right);
      if (!m.find()) continue;
      String where = d.getValue() == number ? "this line defines it" : "line " + d.getValue()
          + " defines it";
      throw new LeibnizException("'" + d.getKey() + "' is used before " + where
          + " (lines are written in the order they are computed)", line, equals + 2 + m.start());
    }
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order rule of a program (LANGUAGE.md, "Programs"): lines are written in the order they
 * are computed, so a line may use only names declared or defined above it, and declarations
 * come first. The reader refuses any other name ({@code 'x' is neither declared nor defined by a
 * line above}); a name that a line below defines, or a declaration below, is named as such here
 * first, which says more.
 */
final class ProgramOrder {
  private ProgramOrder() {}

  /** {@code row} without its {@code #} comment. */
  static String withoutComment(String row) {
    int hash = row.indexOf('#');
    return hash >= 0 ? row.substring(0, hash) : row;
  }

  /** {@code e} as the error of line {@code number}: {@code line 3: ...}, its column kept. */
  static LeibnizException atLine(int number, LeibnizException e) {
    return new LeibnizException("line " + number + ": " + e.getMessage(), e.input(), e.column());
  }

  /**
   * Refuses a line of declarations after the first equation, before any line is read: the
   * names it declares would otherwise be refused, as undeclared, by the lines above it.
   */
  static void refuseLateDeclarations(String[] rows) {
    int firstEquation = 0;
    for (int n = 0; n < rows.length; n++) {
      String line = withoutComment(rows[n]);
      if (line.isBlank()) continue;
      if (line.indexOf('=') >= 0) {
        if (firstEquation == 0) firstEquation = n + 1;
      } else if (firstEquation > 0) {
        throw atLine(n + 1, new LeibnizException("declarations come first, before the "
            + "equations (line " + firstEquation + " is an equation)", line, 1));
      }
    }
  }

  /** Each line name ({@code h} of {@code h = W x}) and the number of the line defining it. */
  static Map<String, Integer> definitions(String[] rows) {
    Map<String, Integer> out = new HashMap<>();
    for (int n = 0; n < rows.length; n++) {
      String line = withoutComment(rows[n]);
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

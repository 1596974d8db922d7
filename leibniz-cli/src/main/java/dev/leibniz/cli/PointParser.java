package dev.leibniz.cli;

import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a point written as assignments {@code name=value}: {@code x=2,z=3}, {@code x=2 z=3},
 * {@code x = 2}, {@code θ=pi/4; y=log(2, 3)}.
 *
 * <p>An assignment starts, outside any group, at a name followed by {@code =} (spaces allowed
 * around it) that opens the text or follows a comma, a semicolon or white space. Its value runs
 * to the next assignment, less the separators before it, so a comma inside a group belongs to the
 * value ({@code log(2, 3)}) and one outside it that no assignment follows is an error of the
 * value ({@code x=1,5}). Each value is a closed expression ({@link ConstantValue}); a variable
 * given twice is an error that names it, wherever the two assignments are.
 */
final class PointParser {
  private static final Pattern ASSIGNMENT_START = Pattern.compile("(\\p{L}[\\p{L}\\p{N}_]*)\\s*=");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;]+$");
  private static final String OPENERS = "([{<";
  private static final String CLOSERS = ")]}>";

  /** The values read so far, and the text each was read from, by variable. */
  private final Map<String, Double> point = new LinkedHashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();

  /** The point the texts describe, in the order written; each text is one or more assignments. */
  static Map<String, Double> parse(List<String> texts) {
    PointParser parser = new PointParser();
    for (String text : texts) parser.read(text);
    return parser.point;
  }

  /** The names the texts assign, in the order written, their values not read. */
  static List<String> names(List<String> texts) {
    List<String> names = new ArrayList<>();
    for (String text : texts) {
      for (Matcher start : assignmentStarts(text)) names.add(start.group(1));
    }
    return names;
  }

  private void read(String text) {
    List<Matcher> starts = assignmentStarts(text);
    int firstStart = starts.isEmpty() ? text.length() : starts.get(0).start();
    String before = text.substring(0, firstStart).strip();
    if (!before.isEmpty() && !before.chars().allMatch(c -> c == ',' || c == ';')) {
      throw new LeibnizException("expected name=value, got '" + before + "'", text,
          text.indexOf(before) + 1);
    }
    for (int k = 0; k < starts.size(); k++) {
      Matcher start = starts.get(k);
      int end = k + 1 < starts.size() ? starts.get(k + 1).start() : text.length();
      String value = TRAILING_SEPARATORS.matcher(text.substring(start.end(), end)).replaceFirst("");
      int offset = start.end() + (value.length() - value.stripLeading().length());
      assign(Names.variable(start.group(1)), value.strip(), text, offset);
    }
  }

  private void assign(String name, String value, String text, int offset) {
    if (value.isEmpty()) {
      throw new LeibnizException("missing the value of " + name + " (" + name + "=VALUE)");
    }
    String earlier = sources.get(name);
    if (earlier != null) {
      throw new LeibnizException("the point gives " + name + " twice: " + name + "=" + earlier
          + " and " + name + "=" + value);
    }
    point.put(name, ConstantValue.read(name, value, text, offset));
    sources.put(name, value);
  }

  /** Where each assignment starts: its name, and the end of its {@code =}. */
  private static List<Matcher> assignmentStarts(String text) {
    List<Matcher> starts = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) depth++;
      if (CLOSERS.indexOf(c) >= 0) depth = Math.max(0, depth - 1);
      if (depth > 0 || !Character.isLetter(c) || !opensAssignment(text, i)) continue;
      Matcher m = ASSIGNMENT_START.matcher(text).region(i, text.length());
      if (m.lookingAt()) {
        starts.add(m);
        i = m.end() - 1;
      }
    }
    return starts;
  }

  /** True if an assignment may start at {@code i}: first, or after a separator. */
  private static boolean opensAssignment(String text, int i) {
    if (i == 0) return true;
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == ',' || before == ';';
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.print.ValueText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values written as the command line takes them: {@code W=[[1,2],[3,4]], x=[1,2], s=3}. A list
 * of numbers is a column vector, a list of lists a matrix row by row, a number a scalar.
 */
public final class MatrixLiterals {
  private MatrixLiterals() {}

  /**
   * Reads {@code name=value, ...}.
   *
   * @throws LeibnizException for a malformed value, naming the name, or a name given twice
   */
  public static Map<String, double[][]> parse(String text) {
    Map<String, double[][]> out = new LinkedHashMap<>();
    for (String part : splitTop(Arguments.notNull(text, "values"))) {
      int eq = part.lastIndexOf('=');
      if (eq <= 0) throw new LeibnizException("expected name=value, not '" + part.strip() + "'");
      String name = part.substring(0, eq).strip();
      // As a scalar point does (the CLI's --at): a name given twice is a slip, not an update.
      if (out.put(name, value(name, part.substring(eq + 1).strip())) != null) {
        throw new LeibnizException("the values give " + name + " twice");
      }
    }
    return out;
  }

  private static double[][] value(String name, String text) {
    try {
      if (!text.startsWith("[")) return new double[][] {{entry(name, text)}};
      String inner = text.substring(1, text.length() - 1).strip();
      if (!text.endsWith("]") || inner.isEmpty()) throw new NumberFormatException();
      List<String> items = splitTop(inner);
      if (items.get(0).strip().startsWith("[")) {
        double[][] rows = new double[items.size()][];
        for (int i = 0; i < rows.length; i++) {
          double[][] row = value(name, items.get(i).strip());
          rows[i] = new double[row.length];
          for (int j = 0; j < row.length; j++) rows[i][j] = row[j][0];
          if (rows[i].length != rows[0].length) {
            throw new LeibnizException("the rows of " + name + " differ in length");
          }
        }
        return rows;
      }
      double[][] column = new double[items.size()][1];
      for (int i = 0; i < items.size(); i++) column[i][0] = entry(name, items.get(i).strip());
      return column;
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new LeibnizException("cannot read the value of " + name + ": '" + text + "' (write "
          + "3, [1, 2] or [[1, 2], [3, 4]])");
    }
  }

  /**
   * One entry of a value: a decimal a double holds, as a scalar point's values must be. One too
   * large ({@code 1e400}) or too small to be other than 0 ({@code 1e-400}) is refused: read as
   * infinity or 0, it would be judged at another point.
   */
  private static double entry(String name, String text) {
    double v = Double.parseDouble(text);
    if (Double.isInfinite(v)) {
      throw new LeibnizException("the value of " + name + ": the number " + text + " overflows");
    }
    if (v == 0 && new BigDecimal(text).signum() != 0) {
      throw new LeibnizException("the value of " + name + ": the number " + text
          + " is too small for a double (it would be read as 0)");
    }
    return v;
  }

  /** Splits at commas outside brackets. */
  private static List<String> splitTop(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[') depth++;
      if (c == ']') depth--;
      if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    parts.removeIf(String::isBlank);
    return parts;
  }

  /**
   * {@code 2.5}, {@code [1, 2]} for a column, {@code [[1, 2], [3, 4]]}; each entry as
   * {@link ValueText} writes a scalar value, so a matrix value prints as many digits as a scalar.
   *
   * @throws IllegalArgumentException if {@code m} is null
   * @throws LeibnizException if {@code m} is not a matrix: empty, with a null row, or ragged
   */
  public static String format(double[][] m) {
    String malformed = GivenValues.malformation(Arguments.notNull(m, "value"));
    if (malformed != null) {
      throw new LeibnizException("the value to write " + malformed + ", not a matrix, vector or "
          + "scalar");
    }
    if (m.length == 1 && m[0].length == 1) return ValueText.of(m[0][0]);
    List<String> rows = new ArrayList<>();
    boolean column = m[0].length == 1;
    for (double[] row : m) {
      List<String> entries = new ArrayList<>();
      for (double v : row) entries.add(ValueText.of(v));
      rows.add(column ? entries.get(0) : "[" + String.join(", ", entries) + "]");
    }
    return "[" + String.join(", ", rows) + "]";
  }

  /**
   * {@code x = [-1, 2], s = 3}: the values of {@code names} that {@code values} has, in that
   * order, as a point is written in an error ({@code ln undefined at x = [-1, 2]}); a value
   * given as {@code θ} is the value of {@code theta}, as everywhere.
   */
  public static String describe(Map<String, double[][]> values, Iterable<String> names) {
    Map<String, double[][]> byName = GivenValues.byName(values);
    List<String> parts = new ArrayList<>();
    for (String n : Arguments.notNull(names, "names")) {
      if (byName.containsKey(n)) parts.add(n + " = " + format(byName.get(n)));
    }
    return String.join(", ", parts);
  }
}

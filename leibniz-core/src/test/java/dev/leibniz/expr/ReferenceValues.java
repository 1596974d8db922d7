package dev.leibniz.expr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The high-precision reference values of every reserved function, {@code reference-values.tsv}
 * next to this package's test resources, written by mpmath at 60 digits
 * ({@code reference-values.py} beside it says how) and rounded once to doubles.
 */
public final class ReferenceValues {
  /** f(x) = value and, unless NaN, f'(x) = derivative; value NaN means x is outside the domain. */
  public record Row(MathFunction function, double x, double value, double derivative) {
    @Override
    public String toString() {
      return function.canonicalName() + "(" + x + ")";
    }
  }

  private ReferenceValues() {}

  /** Every row of the fixture, in file order. */
  public static List<Row> rows() {
    Map<String, MathFunction> byName = new HashMap<>();
    for (MathFunction f : MathFunction.values()) byName.put(f.canonicalName(), f);
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ReferenceValues.class.getResourceAsStream("reference-values.tsv");
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] cells = line.split("\t");
        MathFunction f = byName.get(cells[0]);
        if (f == null) throw new IllegalStateException("unknown function in fixture: " + line);
        double derivative = cells[3].equals("-") ? Double.NaN : Double.parseDouble(cells[3]);
        rows.add(new Row(f, Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
            derivative));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The relative error of {@code actual} against {@code expected}; 0 only if both agree. */
  public static double relativeError(double expected, double actual) {
    if (expected == actual) return 0;
    return Math.abs(actual - expected) / Math.abs(expected);
  }
}

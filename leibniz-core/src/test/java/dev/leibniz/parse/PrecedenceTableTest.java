package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precedence table of LANGUAGE.md, every example row and fine point and the misreadings of
 * issue 10 ({@code x(x+1)^2} is {@code x*(x+1)^2}, not {@code x^2*(x+1)^2}), against an
 * independent reading: SymPy's parser with implicit multiplication and {@code ^} as power,
 * whose value at a point is stored in {@code precedence.tsv} by
 * {@code src/test/sympy/precedence_fixture.py}. Our parse must have the same value there, and
 * its printed form must parse back to the same expression.
 */
class PrecedenceTableTest {
  private static final String TABLE = "precedence.tsv";
  /** Values are computed by SymPy at exact points; ours in doubles, a few roundings apart. */
  private static final double RELATIVE = 1e-12;

  /** One case: {@code input} has {@code value} at {@code point}, as SymPy reads it. */
  record Case(int line, String input, Map<String, Double> point, double value, String sympy) {
    @Override
    public String toString() {
      return "line " + line + ": " + input + "  (SymPy: " + sympy + ")";
    }
  }

  static List<Case> cases() {
    InputStream in = PrecedenceTableTest.class.getResourceAsStream(TABLE);
    if (in == null) throw new IllegalStateException("missing resource " + TABLE);
    List<Case> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) continue;
        String[] cols = text.split("\t", -1);
        if (cols.length != 4) throw new IllegalArgumentException(TABLE + " line " + line);
        cases.add(new Case(line, cols[0], point(cols[1]), Double.parseDouble(cols[2]),
            cols[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static Map<String, Double> point(String text) {
    Map<String, Double> point = new HashMap<>();
    if (text.isEmpty()) return point;
    for (String binding : text.split(",")) {
      String[] nameValue = binding.split("=");
      point.put(nameValue[0], Double.parseDouble(nameValue[1]));
    }
    return point;
  }

  @Test
  void theTableCoversTheContractAndTheMisreadings() {
    List<String> inputs = cases().stream().map(Case::input).toList();
    assertTrue(inputs.size() >= 60, inputs.size() + " cases");
    for (String required : List.of("x(x+1)^2", "e^x(x+1)", "a/b(c)", "x(2)^2", "1/pi(x)",
        "1/θ(y)", "xz/ln(x)", "1/2x", "-x^2", "2^3^2", "x^-2", "e^<xz>", "psin(x)", "ex")) {
      assertTrue(inputs.contains(required), required);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsSymPyReadsIt(Case c) {
    Expression parsed = Expression.parse(c.input());
    assertClose(c.value(), parsed.evaluate(c.point()), c + " parsed as " + parsed);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printingAndReparsingKeepsIt(Case c) {
    Expression parsed = Expression.parse(c.input());
    Expression reparsed = Expression.parse(parsed.toString());
    assertEquals(parsed, reparsed, c + " printed as " + parsed);
    assertClose(c.value(), reparsed.evaluate(c.point()), c + " printed as " + parsed);
  }

  private static void assertClose(double expected, double actual, String message) {
    double tolerance = RELATIVE * Math.max(1, Math.abs(expected));
    assertEquals(expected, actual, tolerance, message);
  }
}

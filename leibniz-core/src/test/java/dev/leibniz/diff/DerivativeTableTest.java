package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Variables;
import dev.leibniz.parse.ExprParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of derivatives, {@code derivatives.tsv}: every rule of the cheat sheet and every
 * reserved function. Each row is checked twice, by the exact string the rules build (the
 * canonical form, {@code diff --simplify none}) and by the value of that string at three points
 * against finite differences of the function; the simplified form Leibniz prints by default is
 * checked against finite differences at the same points.
 */
class DerivativeTableTest {
  private static final String TABLE = "derivatives.tsv";

  /** The functions LANGUAGE.md reserves, and the spellings with arc. */
  private static final List<String> LANGUAGE_FUNCTIONS = List.of(
      "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "acot", "asec", "acsc",
      "sinh", "cosh", "tanh", "coth", "sech", "csch", "asinh", "acosh", "atanh", "acoth",
      "asech", "acsch", "exp", "ln", "log", "log10", "log2", "sqrt", "cbrt", "abs", "sign",
      "sigmoid", "relu", "softplus", "erf", "gamma", "digamma", "arcsin", "arccos", "arctan",
      "arccot", "arcsec", "arccsc", "arcsinh", "arccosh", "arctanh", "arccoth", "arcsech",
      "arccsch");

  /**
   * One line of the table: d/d{@code variable} of {@code expression} prints as
   * {@code derivative}; {@code couldBe}, if not null, is the more readable form a person writes.
   */
  record Row(int line, String expression, String variable, String derivative,
      List<Map<String, Double>> points, String couldBe) {
    @Override
    public String toString() {
      return "line " + line + ": d/d" + variable + " " + expression;
    }
  }

  static List<Row> rows() {
    InputStream in = DerivativeTableTest.class.getResourceAsStream(TABLE);
    if (in == null) throw new IllegalStateException("missing resource " + TABLE);
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text;
      int line = 0;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank() || text.startsWith("#")) continue;
        rows.add(row(line, text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** {@code expression TAB variable TAB derivative TAB p1 TAB p2 TAB p3 [TAB # could be: ...]}. */
  private static Row row(int line, String text) {
    String[] cols = text.split("\t");
    if (cols.length < 6 || cols.length > 7) {
      throw new IllegalArgumentException(TABLE + " line " + line + ": expected 6 or 7 columns");
    }
    List<Map<String, Double>> points = new ArrayList<>();
    for (int i = 3; i < 6; i++) points.add(point(cols[i], cols[1]));
    String couldBe = null;
    if (cols.length == 7) {
      String prefix = "# could be: ";
      if (!cols[6].startsWith(prefix)) {
        throw new IllegalArgumentException(TABLE + " line " + line + ": bad comment " + cols[6]);
      }
      couldBe = cols[6].substring(prefix.length());
    }
    return new Row(line, cols[0], cols[1], cols[2], points, couldBe);
  }

  /** {@code 2.5} (the value of {@code variable}) or {@code x=2, z=3}. */
  private static Map<String, Double> point(String text, String variable) {
    Map<String, Double> point = new LinkedHashMap<>();
    if (!text.contains("=")) {
      point.put(variable, Double.parseDouble(text.trim()));
      return point;
    }
    for (String binding : text.split(",")) {
      String[] nameValue = binding.split("=");
      point.put(nameValue[0].trim(), Double.parseDouble(nameValue[1].trim()));
    }
    return point;
  }

  static Stream<Row> table() {
    return rows().stream();
  }

  static Stream<Row> rowsWithSuggestions() {
    return rows().stream().filter(r -> r.couldBe() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void printsTheDerivative(Row row) {
    assertEquals(row.derivative(),
        Expression.parse(row.expression()).derivative(row.variable()).toString(), row.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void simplifiedDerivativeAgreesWithFiniteDifferences(Row row) {
    Expr f = ExprParser.parse(row.expression());
    String simplified = Leibniz.derivative(row.expression(), row.variable());
    Expr derivative = ExprParser.parse(simplified);
    for (Map<String, Double> point : row.points()) {
      double expected = NumericDifferentiator.derivative(f, row.variable(), point);
      double actual = Evaluator.evaluate(derivative, point);
      assertTrue(NumericDifferentiator.agree(expected, actual),
          row + " at " + point + ": finite differences give " + expected + ", "
              + simplified + " gives " + actual);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void printedDerivativeAgreesWithFiniteDifferences(Row row) {
    Expr f = ExprParser.parse(row.expression());
    Expr derivative = ExprParser.parse(row.derivative());
    for (Map<String, Double> point : row.points()) {
      double value = Evaluator.evaluate(f, point);
      assertTrue(Double.isFinite(value), row + ": function not finite at " + point);
      double expected = NumericDifferentiator.derivative(f, row.variable(), point);
      double actual = Evaluator.evaluate(derivative, point);
      assertTrue(NumericDifferentiator.agree(expected, actual),
          row + " at " + point + ": finite differences give " + expected + ", "
              + row.derivative() + " gives " + actual);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rowsWithSuggestions")
  void suggestedReadableFormIsTheSameFunction(Row row) {
    Expr derivative = ExprParser.parse(row.derivative());
    Expr suggestion = ExprParser.parse(row.couldBe());
    for (Map<String, Double> point : row.points()) {
      double expected = Evaluator.evaluate(derivative, point);
      double actual = Evaluator.evaluate(suggestion, point);
      assertTrue(NumericDifferentiator.agree(expected, actual),
          row + " at " + point + ": " + row.couldBe() + " is " + actual + ", not " + expected);
    }
  }

  @Test
  void tableHasAtLeast160Derivatives() {
    assertTrue(rows().size() >= 160, "only " + rows().size() + " rows");
  }

  @Test
  void everyReservedFunctionIsDifferentiatedInTheTable() {
    Set<String> missing = new TreeSet<>(LANGUAGE_FUNCTIONS);
    for (String name : ExprParser.functionNames()) {
      if (!name.equals("trigamma")) missing.add(name); // no known derivative: see below
    }
    for (Row row : rows()) {
      missing.removeIf(name -> calls(row.expression(), name));
    }
    assertEquals(Set.of(), missing);
  }

  /** True if {@code expression} applies the function {@code name}: {@code asin(} is not sin. */
  private static boolean calls(String expression, String name) {
    return Pattern.compile("\\b" + name + "\\(").matcher(expression).find();
  }

  @Test
  void trigammaHasNoKnownDerivative() {
    LeibnizException e = assertThrows(LeibnizException.class,
        () -> Leibniz.derivative("trigamma(x)", "x"));
    assertEquals("no derivative is known for trigamma", e.getMessage());
  }

  @Test
  void everyRuleOfTheCheatSheetIsExercised() {
    Set<String> rules = new TreeSet<>();
    for (Row row : rows()) {
      Derivation d = Differentiator.derive(ExprParser.parse(row.expression()), row.variable());
      for (Step s : d.steps()) {
        rules.add(s.kind().title());
        if (s.chained()) rules.add(Rule.CHAIN.title());
      }
    }
    for (Rule rule : List.of(Rule.SUM, Rule.CONSTANT_MULTIPLE, Rule.PRODUCT, Rule.QUOTIENT,
        Rule.POWER, Rule.EXPONENTIAL, Rule.GENERAL_POWER, Rule.CHAIN)) {
      assertTrue(rules.contains(rule.title()), rule.title() + " not in " + rules);
    }
  }

  @Test
  void everyRowHasAnExpressionVariableAndThreePointsBindingItsVariables() {
    for (Row row : rows()) {
      Expr f = ExprParser.parse(row.expression());
      Expr d = ExprParser.parse(row.derivative());
      for (Map<String, Double> point : row.points()) {
        assertTrue(point.containsKey(row.variable()), row + ": no value for " + row.variable());
        assertTrue(point.keySet().containsAll(Variables.of(f)), row.toString());
        assertTrue(point.keySet().containsAll(Variables.of(d)), row.toString());
      }
    }
  }
}

package dev.leibniz.parse;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.var;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.Expression;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that used to be read silently as something else (issue 10): a name before a group taken
 * for a call, numbers run together, capitalised and foreign spellings of reserved names taken
 * for products of letters. Each is now read as the contract says or refused with its column.
 */
class MisreadInputTest {
  private static final Expr X = var("x");

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(delimiter = '|', value = {
      "x(x+1)^2 | x*(x + 1)^2", "e^x(x+1) | e^x*(x + 1)", "a/b(c) | a*c/b", "x(2)^2 | 4*x",
      "1/pi(x) | x/pi", "1/θ(y) | y/theta"})
  void aNameBeforeAGroupIsAFactorNotACall(String input, String printed) {
    assertEquals(printed, Expression.parse(input).toString());
  }

  @Test
  void xTimesXPlusOneSquaredIsEighteenAtTwo() {
    assertEquals(18.0, Expression.parse("x(x+1)^2").evaluate(Map.of("x", 2.0)), 0.0);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("1.2e1.3", "malformed number '1.2e1.3'", 1),
        Arguments.of("x+1e5.3", "malformed number '1e5.3'", 3),
        Arguments.of("2.5.3x", "malformed number '2.5.3'", 1),
        Arguments.of("x.5", "unexpected '.' after 'x' (write * before 0.5 for a product)", 2),
        Arguments.of("(x).25", "unexpected '.' after ')' (write * before 0.25 for a product)", 4),
        Arguments.of("2 3", "a number cannot follow a number (write * between them)", 3),
        Arguments.of("2^3 4", "a number cannot follow a number (write * between them)", 5),
        Arguments.of("1 .5", "a number cannot follow a number (write * between them)", 3),
        Arguments.of("Ln(x)", "unknown function 'Ln' \u2014 did you mean ln?", 1),
        Arguments.of("LN(x)", "unknown function 'LN' \u2014 did you mean ln?", 1),
        Arguments.of("x + Sin(x)", "unknown function 'Sin' \u2014 did you mean sin?", 5),
        Arguments.of("sIN(x)", "unknown function 'sIN' \u2014 did you mean sin?", 1),
        Arguments.of("xExp(x)", "unknown function 'Exp' \u2014 did you mean exp?", 2),
        Arguments.of("eXP(x)", "unknown function 'eXP' \u2014 did you mean exp?", 1),
        Arguments.of("Log10(x)", "unknown function 'Log10' \u2014 did you mean log10?", 1),
        Arguments.of("Arsinh(x)", "unknown function 'Arsinh' \u2014 did you mean arsinh?", 1),
        Arguments.of("GAMMA(x)", "unknown function 'GAMMA' \u2014 did you mean gamma or Gamma?",
            1),
        Arguments.of("PI*x", "unknown name 'PI' \u2014 did you mean pi or Pi?", 1),
        Arguments.of("2xPI", "unknown name 'PI' \u2014 did you mean pi or Pi?", 3),
        Arguments.of("THETA^2", "unknown name 'THETA' \u2014 did you mean theta or Theta?", 1),
        Arguments.of("lg(x)", "unknown function 'lg' \u2014 did you mean log10?", 1),
        Arguments.of("tg(x)", "unknown function 'tg' \u2014 did you mean tan?", 1),
        Arguments.of("sh(x)", "unknown function 'sh' \u2014 did you mean sinh?", 1),
        Arguments.of("x*TG(x)", "unknown function 'TG' \u2014 did you mean tan?", 3),
        Arguments.of("sh (x)", "unknown function 'sh' \u2014 did you mean sinh?", 1),
        Arguments.of("1 + ctg[x]", "unknown function 'ctg' \u2014 did you mean cot?", 5),
        Arguments.of("arctg(x)", "unknown function 'arctg' \u2014 did you mean atan?", 1));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\": {1} at column {2}")
  @MethodSource("refused")
  void refusedInWordsAtItsColumn(String input, String message, int column) {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse(input));
    assertAll(input,
        () -> assertEquals(message, e.getMessage()),
        () -> assertEquals(column, e.column()));
  }

  @Test
  void aMiscapitalisedNameIsShownWithACaret() {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse("2Ln(x)"));
    assertEquals("error: unknown function 'Ln' \u2014 did you mean ln? at column 2\n"
        + "  2Ln(x)\n   ^", e.display());
  }

  @Test
  void everyForeignSpellingNamesAFunctionWeHaveAndIsRefusedAsACall() {
    Map<String, String> foreign = Misspellings.foreignSpellings();
    assertTrue(foreign.size() >= 20, foreign.toString());
    foreign.forEach((spelling, meant) -> {
      assertTrue(ReservedNames.isFunction(meant), meant);
      ParseException e = assertThrows(ParseException.class,
          () -> ExprParser.parse(spelling + "(x)"), spelling);
      assertEquals("unknown function '" + spelling + "' \u2014 did you mean " + meant + "?",
          e.getMessage());
      assertEquals(1, e.column(), spelling);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"ch | c*h", "2th | 2*h*t", "sh*x | h*s*x",
      "x .5 | x/2", "(2)3 | 6", "2(3) | 6"})
  void withoutAGroupForeignSpellingsAreProductsAndSpacedNumbersMultiply(String input,
      String printed) {
    assertEquals(printed, Expression.parse(input).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "X", "E", "I", "Gamma", "Pi", "Delta", "W_12"})
  void singleCapitalsAndGreekCapitalsAreVariables(String name) {
    Expr parsed = ExprParser.parse(name);
    assertEquals(name, ((dev.leibniz.expr.Var) parsed).name());
  }

  @Test
  void capitalsSplitLikeOtherLetters() {
    assertEquals(product(var("A"), var("B")), ExprParser.parse("AB"));
    assertEquals(power(var("E"), X), ExprParser.parse("E^x"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"arsinh, ASINH", "arcosh, ACOSH", "artanh, ATANH", "arcoth, ACOTH",
      "arsech, ASECH", "arcsch, ACSCH", "arcsinh, ASINH", "arccosh, ACOSH", "arctanh, ATANH",
      "arccoth, ACOTH", "arcsech, ASECH", "arccsch, ACSCH"})
  void inverseHyperbolicFunctionsReadUnderTheirIsoAndArcNames(String name, MathFunction f) {
    assertEquals(call(f, X), ExprParser.parse(name + "(x)"));
    assertEquals(product(var("y"), call(f, X)), ExprParser.parse("y" + name + "(x)"));
  }
}

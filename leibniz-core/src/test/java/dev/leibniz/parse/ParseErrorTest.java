package dev.leibniz.parse;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.var;
import static dev.leibniz.expr.MathFunction.SIN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leibniz.reliability.HangGuard;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed input: each gets one message in words and the column it points at, and input nested
 * too deeply is refused before it can overflow a small thread stack.
 */
class ParseErrorTest {
  /** A small thread stack: the nesting limit must protect it. */
  private static final long SMALL_STACK = 512 * 1024;
  private static final String NESTING = "nesting deeper than";

  static Stream<Arguments> malformedInputs() {
    return Stream.of(
        Arguments.of("sin(x))", "unexpected ')'", 7),
        Arguments.of("sin(x)) + 1", "unexpected ')'", 7),
        Arguments.of(")", "unexpected ')'", 1),
        Arguments.of("x)(", "unexpected ')'", 2),
        Arguments.of("x y )", "unexpected ')'", 5),
        Arguments.of("(x+)", "unexpected ')'", 4),
        Arguments.of("log(2,)", "unexpected ')'", 7),
        Arguments.of("sin(x", "missing ')'", 6),
        Arguments.of("sinh(x", "missing ')'", 7),
        Arguments.of("{[(x)]", "missing '}'", 7),
        Arguments.of("(x]", "']' closes '(' opened at column 1 (expected ')')", 3),
        Arguments.of("[x)", "')' closes '[' opened at column 1 (expected ']')", 3),
        Arguments.of("{x>", "'>' closes '{' opened at column 1 (expected '}')", 3),
        Arguments.of("ln<x)", "')' closes '<' opened at column 3 (expected '>')", 5),
        Arguments.of("()", "empty group '()'", 1),
        Arguments.of("sine(x)", "unknown function 'sine'", 1),
        Arguments.of("foo(x)", "unknown function 'foo'", 1),
        Arguments.of("2absqrt(5)", "'abs' needs an argument in parentheses", 2),
        Arguments.of("sin x", "'sin' needs an argument in parentheses", 1),
        Arguments.of("sinx", "'sin' needs an argument in parentheses", 1),
        Arguments.of("sin()", "'sin' needs an argument in parentheses", 1),
        Arguments.of("abs", "'abs' needs an argument in parentheses", 1),
        Arguments.of("sin(1,2)", "'sin' takes one argument", 6),
        Arguments.of("exp(1,2)", "'exp' takes one argument", 6),
        Arguments.of("sqrt(1,2)", "'sqrt' takes one argument", 7),
        Arguments.of("2e-", "number expected after 'e'", 4),
        Arguments.of("2E+", "number expected after 'E'", 4),
        Arguments.of("1e99999999", "number too large", 1),
        Arguments.of("x+1e-99999999", "number too small", 3),
        Arguments.of("1E-10001", "number too small", 1),
        Arguments.of("x_", "subscript expected after '_'", 2),
        Arguments.of("x__1", "subscript expected after '_'", 2),
        Arguments.of("@x", "unexpected character '@'", 1),
        Arguments.of("x=1", "unexpected character '='", 2),
        Arguments.of("3!", "unexpected character '!'", 2),
        Arguments.of("é", "unexpected character 'é'", 1),
        Arguments.of("∂x", "unexpected character '∂'", 1),
        Arguments.of("x.", "unexpected character '.'", 2),
        Arguments.of("x\u0001", "unexpected character 'U+0001'", 2),
        Arguments.of("x\u007f", "unexpected character 'U+007F'", 2),
        Arguments.of("\u001bx", "unexpected character 'U+001B'", 1),
        Arguments.of("x\u200b+1", "unexpected character 'U+200B'", 2),
        Arguments.of("\ufeffx", "unexpected character 'U+FEFF'", 1),
        Arguments.of("x+\u00a01", "unexpected character 'U+00A0'", 3),
        Arguments.of("x\u2028", "unexpected character 'U+2028'", 2),
        Arguments.of("x +", "expression ends too early", 4),
        Arguments.of("x\t+", "expression ends too early", 4),
        Arguments.of("x**", "expression ends too early", 4),
        Arguments.of("x^", "expression ends too early", 3),
        Arguments.of("-", "expression ends too early", 2),
        Arguments.of("3/", "expression ends too early", 3),
        Arguments.of("*x", "unexpected '*'", 1),
        Arguments.of("^x", "unexpected '^'", 1),
        Arguments.of("x^^2", "unexpected '^'", 3),
        Arguments.of("x//y", "unexpected '/'", 3),
        Arguments.of("x * / y", "unexpected '/'", 5),
        Arguments.of(",x", "unexpected ','", 1),
        Arguments.of("x,y", "unexpected ','", 2),
        Arguments.of("(x,y)", "unexpected ','", 3),
        Arguments.of("x^(1,2)", "unexpected ','", 5),
        Arguments.of("", "empty expression", 1),
        Arguments.of("   ", "empty expression", 1),
        Arguments.of("\t", "empty expression", 1));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\": {1} at column {2}")
  @MethodSource("malformedInputs")
  void malformedInputIsNamedInWordsWithItsColumn(String input, String message, int column) {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse(input));
    assertAll(input,
        () -> assertEquals(message, e.getMessage()),
        () -> assertEquals(column, e.column()));
  }

  @Test
  void displayShowsTheInputWithACaretUnderTheColumn() {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse("sin(x))"));
    assertEquals("error: unexpected ')' at column 7\n  sin(x))\n        ^", e.display());
  }

  @Test
  void displayOfAMissingCloserPutsTheCaretPastTheEnd() {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse("sin(x"));
    assertEquals("error: missing ')' at column 6\n  sin(x\n       ^", e.display());
  }

  @Test
  void logWithThreeArgumentsPointsAtTheExtraArgument() {
    ParseException e = assertThrows(ParseException.class, () -> ExprParser.parse("log(2,x,3)"));
    assertEquals("'log' takes one argument, or a base and an argument", e.getMessage());
    assertEquals(8, e.column());
  }

  @Test
  void sixtyThousandNestedParenthesesAreRefusedOnASmallStack() {
    String input = "(".repeat(60_000) + "x" + ")".repeat(60_000);
    assertRefusedForNesting(parseOnSmallStack(input));
  }

  @Test
  void sixtyThousandNestedCallsAreRefusedOnASmallStack() {
    String input = "sin(".repeat(60_000) + "x" + ")".repeat(60_000);
    assertRefusedForNesting(parseOnSmallStack(input));
  }

  @Test
  void tenThousandUnaryMinusSignsAreRefusedOnASmallStack() {
    assertRefusedForNesting(parseOnSmallStack("-".repeat(10_000) + "x"));
  }

  @Test
  void aTowerOfTenThousandPowersIsRefusedOnASmallStack() {
    assertRefusedForNesting(parseOnSmallStack("x" + "^x".repeat(9_999)));
  }

  @Test
  void aSumOfOneHundredThousandTermsCostsNoStack() {
    String input = "sin(x)" + "+sin(x)".repeat(99_999);
    Object outcome = parseOnSmallStack(input);
    assertEquals(product(num(100_000), call(SIN, var("x"))), outcome);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(", "sin(", "x^(", "(x+", "(-"})
  void nestingUpToTheLimitParsesOrIsRefusedOnASmallStack(String opener) {
    for (int depth = 50; depth <= 550; depth += 50) {
      String input = opener.repeat(depth) + "x" + ")".repeat(depth);
      Object outcome = parseOnSmallStack(input);
      if (outcome instanceof ParseException e) {
        assertTrue(e.getMessage().contains(NESTING), opener + " x" + depth + ": " + e);
      } else {
        assertInstanceOf(dev.leibniz.expr.Expr.class, outcome, opener + " x" + depth);
      }
    }
  }

  private static void assertRefusedForNesting(Object outcome) {
    ParseException e = assertInstanceOf(ParseException.class, outcome);
    assertTrue(e.getMessage().contains(NESTING), e.getMessage());
  }

  /**
   * The parse's result or what it threw, on a thread with a small stack. The wait is a guard
   * against a hang, not a speed limit: {@link HangGuard#LIMIT}, minutes.
   */
  private static Object parseOnSmallStack(String input) {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread parser = new Thread(null, () -> {
      try {
        outcome.set(ExprParser.parse(input));
      } catch (Throwable t) {
        outcome.set(t);
      }
    }, "small-stack-parser", SMALL_STACK);
    parser.setDaemon(true);
    parser.start();
    try {
      parser.join(HangGuard.LIMIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
    }
    if (parser.isAlive()) fail("hang guard: still parsing after " + HangGuard.LIMIT);
    return outcome.get();
  }
}

package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leibniz.Expression;
import dev.leibniz.Trees;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.ParseException;
import dev.leibniz.simplify.Simplifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The whole library path one line of user text takes — parse, differentiate by each variable,
 * simplify fully, print, print LaTeX, evaluate, explain — with the promises every front end relies
 * on checked on the way: the only exceptions are {@link LeibnizException}s, a parse error points
 * at a column of the input, every printed form parses back to an equal tree, and a simplified
 * form keeps the value wherever its input is defined.
 */
final class Pipeline {
  /** What became of a line: its canonical form, or the error a front end would show. */
  record Outcome(String printed, String error) {
    boolean parsed() {
      return printed != null;
    }
  }

  /** Where a simplified form must keep the value (each variable set to the same number). */
  private static final double[] SIMPLIFY_POINTS = {0.7, -0.45, 1.3};

  private Pipeline() {}

  /**
   * Runs {@code text} through the library; fails the test on any exception that is not a
   * {@link LeibnizException}, on a parse error without a column inside the input, and on a
   * printed form that does not parse back to the same tree.
   */
  static Outcome run(String text) {
    Expression e;
    try {
      e = Expression.parse(text);
    } catch (ParseException error) {
      assertParseError(text, error);
      return new Outcome(null, error.headline());
    } catch (LeibnizException error) {
      throw new AssertionError("a parse error must be a ParseException: " + describe(text), error);
    } catch (RuntimeException | StackOverflowError error) {
      throw new AssertionError(error.getClass().getSimpleName() + " on " + describe(text), error);
    }
    try {
      assertRoundTrip(e);
      assertEquals(Trees.of(e), Simplifier.simplify(Trees.of(e)),
          "canonical after parsing: " + describe(text));
      Set<String> variables = e.variables();
      for (String v : variables.isEmpty() ? Set.of("x") : variables) {
        Expression d = derivativeOrNull(e, v);
        if (d == null) continue;
        assertEquals(Trees.of(d), Simplifier.simplify(Trees.of(d)),
            "a derivative is canonical: " + describe(text));
        assertRoundTrip(d);
        assertNotNull(d.toLatex());
        evaluateEverywhere(d);
        assertSimplifies(d, text);
      }
      assertNotNull(e.toLatex());
      evaluateEverywhere(e);
      assertSimplifies(e, text);
      return new Outcome(e.toString(), null);
    } catch (RuntimeException | StackOverflowError error) {
      throw new AssertionError(error.getClass().getSimpleName() + " on " + describe(text), error);
    }
  }

  /** The derivative, or null when it is refused with a {@link LeibnizException} (too large). */
  private static Expression derivativeOrNull(Expression e, String variable) {
    try {
      return e.derivative(variable);
    } catch (ParseException error) {
      throw new AssertionError("a derivative cannot be a parse error", error);
    } catch (LeibnizException refused) {
      assertFalse(refused.getMessage().isBlank(), "an error says what is wrong");
      return null;
    }
  }

  /**
   * The full simplifier ({@link Expression#simplify()}) on {@code e}: it throws nothing but a
   * {@link LeibnizException} (an expression undefined everywhere), its result is canonical and
   * prints back, and it has e's value wherever e is defined.
   */
  private static void assertSimplifies(Expression e, String text) {
    Expression s;
    try {
      s = e.simplify();
    } catch (LeibnizException undefinedEverywhere) {
      assertFalse(undefinedEverywhere.getMessage().isBlank(), "an error says what is wrong");
      return;
    }
    assertEquals(Trees.of(s), Simplifier.simplify(Trees.of(s)),
        "a simplified form is canonical: " + describe(text));
    assertRoundTrip(s);
    for (double at : SIMPLIFY_POINTS) {
      Map<String, Double> point = new HashMap<>();
      for (String v : e.variables()) point.put(v, at);
      double want = e.evaluate(point);
      if (!Double.isFinite(want) || Math.abs(want) > 1e8) continue;
      double got = s.evaluate(point);
      assertTrue(Math.abs(got - want) <= 1e-7 * Math.max(1, Math.abs(want)),
          () -> "simplified " + clip(e.toString()) + " to " + clip(s.toString()) + ": " + got
              + " where it was " + want + " at " + point + ", from " + describe(text));
    }
  }

  /** Printing and reading back gives the same tree; the printed form is one line. */
  static void assertRoundTrip(Expression e) {
    String printed = e.toString();
    assertFalse(printed.contains("\n"), "one line: " + printed);
    Expression back;
    try {
      back = Expression.parse(printed);
    } catch (LeibnizException error) {
      throw new AssertionError("printed form does not parse: " + clip(printed) + ": "
          + error.headline(), error);
    }
    assertEquals(e, back, () -> "round trip changed " + clip(printed));
  }

  /**
   * A parse error names a problem in words and points at a column inside the input or just
   * after it (1-based, in UTF-16 chars or code points: a column never lies beyond the end).
   */
  static void assertParseError(String text, ParseException error) {
    assertFalse(error.getMessage() == null || error.getMessage().isBlank(),
        "a parse error says what is wrong: " + describe(text));
    assertTrue(error.column() >= 1 && error.column() <= text.length() + 1,
        () -> "column " + error.column() + " outside the input: " + error.headline() + " for "
            + describe(text));
    String shown = error.display();
    String[] lines = shown.split("\n", -1);
    assertTrue(shown.startsWith("error: ") && lines.length <= 3, shown);
    assertFalse(error.getMessage().contains("\n"), "one line: " + error.getMessage());
    assertFalse(error.getMessage().contains(".java:") && !text.contains(".java:"),
        "no stack trace: " + error.getMessage());
  }

  /** Evaluation and its explanation never throw, at ordinary points and at domain edges. */
  private static void evaluateEverywhere(Expression e) {
    for (double at : new double[] {0.7, 0, -1, 1, Double.NaN, 1e308}) {
      Map<String, Double> point = new HashMap<>();
      for (String v : e.variables()) point.put(v, at);
      double value = e.evaluate(point);
      if (!Double.isFinite(value)) {
        assertTrue(e.explainUndefined(point).isPresent(), () -> "no reason given for " + value
            + " of " + clip(e.toString()) + " at " + point);
      } else {
        e.explainUndefined(point);
      }
    }
  }

  /** The input, quoted and cut short, with control characters made visible, for messages. */
  static String describe(String text) {
    StringBuilder sb = new StringBuilder("\"");
    String shown = clip(text);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '"' || c == '\\') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String clip(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "... (" + s.length() + " chars)";
  }

  /** Fails with a message naming the input: for checks outside {@link #run}. */
  static void failOn(String text, String what) {
    fail(what + ": " + describe(text));
  }
}

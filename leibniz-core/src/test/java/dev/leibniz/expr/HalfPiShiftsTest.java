package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.EvaluationException;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Canonical form takes a shift by a whole multiple of pi/2 out of the six trigonometric
 * functions ({@link HalfPiShifts}), and the form it writes has the input's value at every point,
 * poles included: both sides are undefined at the same points.
 */
class HalfPiShiftsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "sin(x + pi/2)    | cos(x)",
      "sin(x + pi)      | -sin(x)",
      "sin(x + 3*pi/2)  | -cos(x)",
      "sin(x + 2*pi)    | sin(x)",
      "sin(x - pi/2)    | -cos(x)",
      "sin(pi - x)      | sin(x)",
      "cos(x + pi/2)    | -sin(x)",
      "cos(x + pi)      | -cos(x)",
      "cos(pi/2 - x)    | sin(x)",
      "cos(x - 5*pi)    | -cos(x)",
      "tan(x + pi/2)    | -cot(x)",
      "tan(x + pi)      | tan(x)",
      "tan(pi/2 - x)    | cot(x)",
      "cot(x + 3*pi/2)  | -tan(x)",
      "sec(x + pi/2)    | -csc(x)",
      "sec(pi/2 - x)    | csc(x)",
      "csc(x + pi/2)    | sec(x)",
      "csc(x - pi)      | -csc(x)",
      "sin(x + y + pi)  | -sin(x + y)",
      "cos(2*x + pi/2)  | -sin(2*x)",
      "sin(x + pi/4)    | sin(x + pi/4)",
      "sin(x + pi/3)    | sin(x + pi/3)",
      "sinh(x + pi)     | sinh(x + pi)"})
  void shiftIsTakenOutAndTheValueKept(String input, String expected) {
    Expr e = ExprParser.parse(input);
    Expr asWritten = ExprParser.parse(expected);
    assertEquals(expected, PlainPrinter.print(e));
    int compared = 0;
    for (double x = -7; x <= 7; x += 0.25) {
      Map<String, Double> at = Map.of("x", x, "y", 0.3);
      double want = direct(input, x, 0.3);
      double got;
      try {
        got = Evaluator.evaluate(asWritten, at);
      } catch (EvaluationException pole) {
        got = Double.NaN;
      }
      if (Double.isNaN(got)) {
        // a pole of the written form is one of the input: its double there is merely huge
        assertTrue(Math.abs(want) > 1e12, input + " is defined at " + x + ": " + want);
      } else {
        assertEquals(want, got, 1e-12 * Math.max(1, Math.abs(want)), input + " at " + x);
        compared++;
      }
    }
    assertTrue(compared > 40);
  }

  /** The input's value computed from its text's own shift, not through canonical form. */
  private static double direct(String input, double x, double y) {
    String f = input.substring(0, input.indexOf('('));
    String inside = input.substring(input.indexOf('(') + 1, input.lastIndexOf(')'))
        .replace(" ", "");
    double u = angle(inside, x, y);
    switch (f) {
      case "sin": return Math.sin(u);
      case "cos": return Math.cos(u);
      case "tan": return Math.tan(u);
      case "cot": return 1 / Math.tan(u);
      case "sec": return 1 / Math.cos(u);
      case "csc": return 1 / Math.sin(u);
      default: return Math.sinh(u);
    }
  }

  private static double angle(String s, double x, double y) {
    double pi = Math.PI;
    switch (s) {
      case "x+pi/2": return x + pi / 2;
      case "x+pi": return x + pi;
      case "x+3*pi/2": return x + 3 * pi / 2;
      case "x+2*pi": return x + 2 * pi;
      case "x-pi/2": return x - pi / 2;
      case "pi-x": return pi - x;
      case "pi/2-x": return pi / 2 - x;
      case "x-5*pi": return x - 5 * pi;
      case "x-pi": return x - pi;
      case "x+y+pi": return x + y + pi;
      case "2*x+pi/2": return 2 * x + pi / 2;
      case "x+pi/4": return x + pi / 4;
      case "x+pi/3": return x + pi / 3;
      default: throw new IllegalArgumentException(s);
    }
  }
}

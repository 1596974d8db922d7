package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text in the output language prints back exactly as it was written. */
class RoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "x^2 + 3*x + 1", "x - y", "y - x", "-x - y", "1 - x^2", "-3*x/(2*y)", "sqrt(x)", "1/sqrt(x)", "x^(3/2)",
      "e^(x*z)", "e^(-x)", "(-2)^x", "(1/2)^x", "(x + 1)^2", "x^(a + b)", "theta*w_2 + x1",
      "asin(x) + log10(x)", "x/2/(x - y)", "cos(ln(x))/(x^2*z)", "pi*x - 1/2"})
  void printsBackAsWritten(String text) {
    assertEquals(text, PlainPrinter.print(ExprParser.parse(text)));
  }

  /** LANGUAGE.md's example, with its terms in canonical order (ln(x)^-2 sorts before ln(x)^-1). */
  @Test
  void theLectureDerivativePrintsAsInTheContract() {
    String text = "z*e^(x*z) + z/ln(x) - z/ln(x)^2 + cos(ln(x))/(x^2*z) - sin(ln(x))/(x^2*z)";
    Expr f = ExprParser.parse(text);
    String printed = PlainPrinter.print(f);
    assertEquals(f, ExprParser.parse(printed));
    assertEquals(
        "z*e^(x*z) + z/ln(x) - z/ln(x)^2 + cos(ln(x))/(x^2*z) - sin(ln(x))/(x^2*z)", printed);
  }
}

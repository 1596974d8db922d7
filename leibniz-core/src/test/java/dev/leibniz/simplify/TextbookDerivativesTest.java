package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Textbook derivatives come out in the form a careful person writes ({@code textbook.tsv}: 63
 * derivatives, from quotients and radicals to identities and antiderivative checks), and each is
 * proven at three points against finite differences of the function.
 */
class TextbookDerivativesTest {
  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        TextbookDerivativesTest.class.getResourceAsStream("textbook.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("#")) continue;
        String[] cells = line.split("\t");
        rows.add(Arguments.of(cells[0], cells[1], cells[2]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @MethodSource("rows")
  void derivativeIsInTextbookFormAndRight(String function, String expected, String points) {
    Expr f = ExprParser.parse(function);
    Expr derivative = FullSimplifier.simplify(Differentiator.derivative(f, "x"));
    assertEquals(expected, PlainPrinter.print(derivative));
    for (String p : points.replaceAll("[\\[\\] ]", "").split(",")) {
      double x = Double.parseDouble(p);
      double want = FiniteDifferences.derivative(
          t -> Evaluator.evaluate(f, Map.of("x", t)), x);
      double got = Evaluator.evaluate(derivative, Map.of("x", x));
      assertTrue(Math.abs(got - want) <= 1e-7 * Math.max(1, Math.abs(want)),
          "d/dx " + function + " at " + x + ": " + got + ", finite differences " + want);
    }
  }
}

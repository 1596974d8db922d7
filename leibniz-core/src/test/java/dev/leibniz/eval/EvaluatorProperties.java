package dev.leibniz.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprArbitraries;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** Evaluation agrees with printing and parsing, and explains every undefined value. */
class EvaluatorProperties {

  @Provide
  Arbitrary<Expr> expressions() {
    return ExprArbitraries.expressions();
  }

  // A numeric comparison on a fixed, reproducible sample: CI must not depend on a random draw.
  @Property(tries = 2000, seed = "20261123")
  void thePrintedFormEvaluatesAlike(@ForAll("expressions") Expr e,
      @ForAll @DoubleRange(min = -3, max = 3) double x,
      @ForAll @DoubleRange(min = -3, max = 3) double y,
      @ForAll @DoubleRange(min = -3, max = 3) double z) {
    Map<String, Double> point = Map.of("x", x, "y", y, "z", z);
    double expected = Evaluator.evaluate(e, point);
    double actual = Evaluator.evaluate(ExprParser.parse(PlainPrinter.print(e)), point);
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), () -> "expected NaN, got " + actual);
    } else if (Double.isInfinite(expected)) {
      assertEquals(expected, actual);
    } else {
      assertEquals(expected, actual, Math.abs(expected) * 1e-12);
    }
  }

  @Property(tries = 2000, seed = "20261123")
  void everyUndefinedValueIsExplained(@ForAll("expressions") Expr e,
      @ForAll @DoubleRange(min = -3, max = 3) double x) {
    Map<String, Double> point = Map.of("x", x, "y", 0.0, "z", -1.0);
    boolean finite = Double.isFinite(Evaluator.evaluate(e, point));
    assertEquals(finite, Evaluator.explainUndefined(e, point).isEmpty());
  }
}

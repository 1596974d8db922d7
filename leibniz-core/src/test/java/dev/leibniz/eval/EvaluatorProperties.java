package dev.leibniz.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluation agrees with printing and parsing, and explains every undefined value: random
 * canonical trees at random points of {@code [-3, 3]^3} (two decimal places), one case per seed
 * of {@link ExprGenerator}.
 */
class EvaluatorProperties {
  /** Decimal places of the coordinates. */
  private static final int SCALE = 2;

  static LongStream twoThousandSeeds() {
    return ExprGenerator.seeds(2000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoThousandSeeds")
  void thePrintedFormEvaluatesAlike(long seed) {
    ExprGenerator generator = new ExprGenerator(seed);
    Expr e = generator.expression();
    Map<String, Double> point = Map.of("x", generator.coordinate(SCALE),
        "y", generator.coordinate(SCALE), "z", generator.coordinate(SCALE));
    String printed = PlainPrinter.print(e);
    double expected = Evaluator.evaluate(e, point);
    double actual = Evaluator.evaluate(ExprParser.parse(printed), point);
    String where = printed + " at " + point;
    if (Double.isNaN(expected)) {
      assertTrue(Double.isNaN(actual), () -> where + ": expected NaN, got " + actual);
    } else if (Double.isInfinite(expected)) {
      assertEquals(expected, actual, where);
    } else {
      assertEquals(expected, actual, Math.abs(expected) * 1e-12, where);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoThousandSeeds")
  void everyUndefinedValueIsExplained(long seed) {
    ExprGenerator generator = new ExprGenerator(seed);
    Expr e = generator.expression();
    Map<String, Double> point = Map.of("x", generator.coordinate(SCALE), "y", 0.0, "z", -1.0);
    double value = Evaluator.evaluate(e, point);
    assertEquals(Double.isFinite(value), Evaluator.explainUndefined(e, point).isEmpty(),
        () -> PlainPrinter.print(e) + " at " + point + " = " + value + ", explained as "
            + Evaluator.explainUndefined(e, point));
  }
}

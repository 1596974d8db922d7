package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.NodeSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both printers and the evaluator handle every kind of node {@link Expr} permits (the samples
 * are proven complete by {@code NodeSamplesTest}).
 */
class EveryNodeKindTest {
  private static final List<String> PLAIN = List.of("2", "pi", "x", "x + 1", "2*x", "x^2",
      "sin(x)");
  private static final List<String> LATEX = List.of("2", "\\pi", "x", "x + 1", "2 x", "x^{2}",
      "\\sin\\left(x\\right)");
  private static final List<Double> AT_ONE = List.of(2.0, Math.PI, 1.0, 2.0, 2.0, 1.0,
      Math.sin(1));

  @Test
  void everyKindPrintsAndEvaluates() {
    for (int i = 0; i < NodeSamples.ONE_OF_EACH.size(); i++) {
      Expr e = NodeSamples.ONE_OF_EACH.get(i);
      assertEquals(PLAIN.get(i), PlainPrinter.print(e));
      assertEquals(LATEX.get(i), LatexPrinter.print(e));
      assertEquals(AT_ONE.get(i), Evaluator.evaluate(e, Map.of("x", 1.0)), 1e-15, PLAIN.get(i));
    }
  }
}

package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import dev.leibniz.print.PlainPrinter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the evaluator and the compiled tape agree on which points are undefined, over random
 * expressions at points chosen to hit domain edges (0, 1, -1) as well as ordinary ones; where
 * both have a value it is the same; and where the tape reports a partial derivative as a number
 * while the symbolic derivative has a value, the two agree.
 */
class UndefinedAgreementTest {
  private static final long SEED = 0x10_0dd_e11L;
  private static final int EXPRESSIONS = 3_000;
  private static final double[] EDGES = {0, 0, 1, -1, 0.5, 2};

  @Test
  void evaluatorAndTapeAgreeOnValuesAndDefinedness() {
    RandomExpressions generator = new RandomExpressions(SEED);
    Random random = new Random(SEED);
    int undefined = 0;
    int defined = 0;
    int partials = 0;
    for (int n = 0; n < EXPRESSIONS; n++) {
      Expr f = generator.next(4);
      Tape tape = GraphCompiler.compile(f, RandomExpressions.VARIABLES);
      double[] point = new double[3];
      for (int i = 0; i < 3; i++) {
        point[i] = random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)]
            : -3 + 6 * random.nextDouble();
      }
      Map<String, Double> at = new HashMap<>();
      for (int i = 0; i < 3; i++) at.put(RandomExpressions.VARIABLES.get(i), point[i]);
      double byEvaluator = Evaluator.evaluate(f, at);
      double[] gradient = new double[3];
      double byTape = tape.gradient(point, gradient);
      String where = PlainPrinter.print(f) + " at " + at;
      assertEquals(Double.isNaN(byEvaluator), Double.isNaN(byTape), where);
      if (Double.isNaN(byEvaluator)) {
        undefined++;
        for (double d : gradient) assertTrue(Double.isNaN(d), "a gradient where undefined: " + where);
        continue;
      }
      defined++;
      assertEquals(byEvaluator, byTape, 1e-9 * Math.max(1, Math.abs(byEvaluator)), where);
      for (int i = 0; i < 3; i++) {
        String v = RandomExpressions.VARIABLES.get(i);
        double symbolic = Evaluator.evaluate(Differentiator.derivative(f, v), at);
        if (Double.isNaN(gradient[i]) || Double.isNaN(symbolic) || tape.kink(i) != null) continue;
        partials++;
        assertEquals(symbolic, gradient[i], 1e-7 * Math.max(1, Math.abs(symbolic)),
            "d/d" + v + " of " + where);
      }
    }
    assertTrue(undefined > EXPRESSIONS / 20, "only " + undefined + " undefined points");
    assertTrue(defined > EXPRESSIONS / 3, "only " + defined + " defined points");
    assertTrue(partials > EXPRESSIONS, "only " + partials + " partials compared");
  }
}

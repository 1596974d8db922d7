package dev.leibniz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.check.CrossCheck;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.NodeSamples;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Variables;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation on trees handles every kind of node {@link Expr} permits (the printers and
 * the evaluator have their own such test in print/; {@code NodeSamplesTest} proves the samples
 * complete): a new node kind fails here until each operation knows it.
 */
class EveryOperationTest {
  private static final List<Expr> ONE_OF_EACH = NodeSamples.ONE_OF_EACH;
  /** d/dx of each sample, in the same order. */
  private static final List<String> DERIVATIVES =
      List.of("0", "0", "1", "1", "2", "2*x", "cos(x)");

  @Test
  void everyKindIsDifferentiatedSimplifiedCompiledAndChecked() {
    Map<String, Double> at = Map.of("x", 0.7);
    for (int i = 0; i < ONE_OF_EACH.size(); i++) {
      Expr e = ONE_OF_EACH.get(i);
      Expr d = Differentiator.derivative(e, "x");
      assertEquals(DERIVATIVES.get(i), Expression.of(d).toString(), e.toString());
      assertEquals(e, Simplifier.simplify(e), e.toString());
      double value = GraphCompiler.compile(e, List.of("x")).value(new double[] {0.7});
      assertEquals(Evaluator.evaluate(e, at), value, 1e-15, e.toString());
      assertTrue(CrossCheck.check(e, List.of("x"), d, 3, 1).ok(), e.toString());
      assertEquals(e.children().isEmpty() ? 1 : 1 + e.children().size(), ExprSize.treeSize(e));
      assertEquals(e instanceof Num || e instanceof Constant ? Set.of() : Set.of("x"),
          Variables.of(e), e.toString());
      // Nothing repeats in a sample, so there is nothing to bind: the plain form alone.
      assertEquals(PlainPrinter.print(e), CsePrinter.print(e), e.toString());
    }
  }

  @Test
  void everyKindIsOrderedConsistentlyWithEquals() {
    for (Expr a : ONE_OF_EACH) {
      for (Expr b : ONE_OF_EACH) {
        int ab = ExprOrder.compare(a, b);
        assertEquals(a.equals(b), ab == 0, a + " vs " + b);
        assertEquals(Integer.signum(ab), -Integer.signum(ExprOrder.compare(b, a)), a + " vs " + b);
      }
    }
  }
}

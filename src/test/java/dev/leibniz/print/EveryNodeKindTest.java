package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both printers and the evaluator handle every kind of node {@link Expr} permits. */
class EveryNodeKindTest {
  private static final Var X = new Var("x");
  private static final List<Expr> ONE_OF_EACH = List.of(
      Num.of(2), Constant.PI, X, new Sum(List.of(X, Num.ONE)), new Product(List.of(Num.TWO, X)),
      new Power(X, Num.TWO), new Call(MathFunction.SIN, X));

  @Test
  void theSamplesCoverEveryPermittedKind() {
    Set<Class<?>> permitted = Set.of(Expr.class.getPermittedSubclasses());
    Set<Class<?>> sampled = ONE_OF_EACH.stream().map(Object::getClass)
        .collect(Collectors.toSet());
    assertEquals(permitted, sampled, Arrays.toString(Expr.class.getPermittedSubclasses()));
  }

  @Test
  void everyKindPrintsAndEvaluates() {
    for (Expr e : ONE_OF_EACH) {
      assertFalse(PlainPrinter.print(e).isEmpty());
      assertFalse(LatexPrinter.print(e).isEmpty());
      assertFalse(Double.isNaN(Evaluator.evaluate(e, Map.of("x", 1.0))));
    }
  }
}

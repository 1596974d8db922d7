package dev.leibniz.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.check.FiniteDifferences;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A scalar network with one hidden layer of 100 tanh units,
 * {@code sum_i w_i*tanh(v_i_1*x1 + v_i_2*x2 + b_i)}: reverse mode gives all 402 parameter
 * derivatives (and the two input ones) in one backward sweep, and each agrees with a central
 * difference.
 */
class MlpGradientTest {
  static final int HIDDEN = 100;

  @Test
  void gradientByEveryParameterMatchesFiniteDifferences() {
    List<String> variables = new ArrayList<>(List.of("x1", "x2"));
    List<Expr> units = new ArrayList<>();
    for (int i = 1; i <= HIDDEN; i++) {
      String w = "w_" + i;
      String v1 = "v_" + i + "_1";
      String v2 = "v_" + i + "_2";
      String b = "b_" + i;
      variables.addAll(List.of(w, v1, v2, b));
      Expr preActivation = Expr.sum(Expr.product(Expr.var(v1), Expr.var("x1")),
          Expr.product(Expr.var(v2), Expr.var("x2")), Expr.var(b));
      units.add(Expr.product(Expr.var(w), Expr.call(MathFunction.TANH, preActivation)));
    }
    Tape tape = GraphCompiler.compile(Expr.sum(units), variables);
    // per unit: v1*x1, v2*x2, the pre-activation sum, tanh and w*tanh; plus the output sum
    assertEquals(5 * HIDDEN + 1, tape.intermediateCount());

    Random random = new Random(20261123);
    double[] point = new double[variables.size()];
    for (int j = 0; j < point.length; j++) point[j] = random.nextGaussian();
    double[] gradient = new double[point.length];
    tape.gradient(point, gradient);
    double[] expected = FiniteDifferences.gradient(tape::value, point);
    for (int j = 0; j < point.length; j++) {
      assertEquals(expected[j], gradient[j], 1e-6 * Math.max(1, Math.abs(expected[j])),
          "d/d" + variables.get(j));
    }
  }
}

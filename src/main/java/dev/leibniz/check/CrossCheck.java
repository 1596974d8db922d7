package dev.leibniz.check;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Variables;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Proves a symbolic derivative numerically, four ways: (1) the symbolic answer evaluated, (2)
 * reverse mode on the compiled tape, (3) central finite differences with Richardson
 * extrapolation, (4) forward mode by commons-math3's DerivativeStructure. They are compared at
 * random points (reproducible by seed) in the domain; a point where the function, an answer or
 * the finite difference is not finite, or where the finite difference is ill-conditioned (a kink
 * or pole nearby), is resampled rather than reported as a failure.
 *
 * <p>For a derivative of order n by {@code wrt = [v1, ..., vn]}, the symbolic answer is checked
 * against forward mode of order n directly, and against reverse mode and finite differences of
 * the symbolic (n-1)-th derivative, so each step of the chain is witnessed.
 */
public final class CrossCheck {
  /** Tolerance between the exact methods (symbolic, reverse, forward), relative. */
  static final double EXACT_TOLERANCE = 1e-8;
  /** Tolerance between the symbolic answer and finite differences, relative. */
  static final double DIFFERENCE_TOLERANCE = 1e-5;
  private static final int ATTEMPTS_PER_POINT = 60;

  private CrossCheck() {}

  /** Checks {@code answer} = d^n f / d wrt[n-1] ... d wrt[0] at {@code points} random points. */
  public static CheckReport check(Expr f, List<String> wrt, Expr answer, int points, long seed) {
    List<String> variables = new ArrayList<>(Variables.of(f));
    for (String v : wrt) if (!variables.contains(v)) variables.add(v);
    Expr before = lowerOrder(f, wrt);
    String last = wrt.get(wrt.size() - 1);
    int lastIndex = variables.indexOf(last);
    Tape tape = GraphCompiler.compile(before, variables);
    int[] orders = new int[variables.size()];
    for (String v : wrt) orders[variables.indexOf(v)]++;

    Random random = new Random(seed);
    List<double[]> used = new ArrayList<>();
    double worst = 0;
    double[] gradient = new double[variables.size()];
    for (int attempt = 0; attempt < points * ATTEMPTS_PER_POINT && used.size() < points;
        attempt++) {
      double[] x = sample(random, variables.size(), attempt);
      Map<String, Double> at = asMap(variables, x);
      double symbolic = Evaluator.evaluate(answer, at);
      if (!Double.isFinite(Evaluator.evaluate(f, at)) || !Double.isFinite(symbolic)) continue;
      FiniteDifferences.Estimate fd = FiniteDifferences.derivative(
          t -> valueAlong(before, variables, x, lastIndex, t), x[lastIndex]);
      if (!fd.wellConditioned()) continue;
      tape.gradient(x, gradient);
      double reverse = gradient[lastIndex];
      double forward = ForwardMode.partial(f, variables, x, orders);
      used.add(x);
      double exact = Math.max(disagreement(symbolic, reverse), disagreement(symbolic, forward));
      double approx = disagreement(symbolic, fd.value());
      worst = Math.max(worst, Math.max(exact, approx));
      if (exact > EXACT_TOLERANCE || approx > DIFFERENCE_TOLERANCE || Double.isNaN(exact)) {
        String failure = String.format("at %s: symbolic %s, reverse mode %s, forward mode %s, "
            + "finite differences %s", describe(variables, x), symbolic, reverse, forward,
            fd.value());
        return new CheckReport(false, worst, variables, used, failure);
      }
    }
    return new CheckReport(true, worst, variables, used, null);
  }

  /** The symbolic derivative by all but the last of {@code wrt}: what the last step starts from. */
  private static Expr lowerOrder(Expr f, List<String> wrt) {
    Expr e = f;
    for (int i = 0; i < wrt.size() - 1; i++) e = Differentiator.derivative(e, wrt.get(i));
    return e;
  }

  /** |a - b| relative to the larger magnitude, or absolute below 1. */
  static double disagreement(double a, double b) {
    if (a == b) return 0;
    return Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  /** Points from ever wider ranges: first (0.2, 3), then (-3, 3), then (-10, 10). */
  private static double[] sample(Random random, int n, int attempt) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      if (attempt % 3 == 0) {
        x[i] = 0.2 + 2.8 * random.nextDouble();
      } else if (attempt % 3 == 1) {
        x[i] = -3 + 6 * random.nextDouble();
      } else {
        x[i] = -10 + 20 * random.nextDouble();
      }
    }
    return x;
  }

  private static double valueAlong(Expr e, List<String> variables, double[] x, int index,
      double t) {
    double[] moved = x.clone();
    moved[index] = t;
    return Evaluator.evaluate(e, asMap(variables, moved));
  }

  private static Map<String, Double> asMap(List<String> variables, double[] x) {
    Map<String, Double> map = new HashMap<>();
    for (int i = 0; i < x.length; i++) map.put(variables.get(i), x[i]);
    return map;
  }

  private static String describe(List<String> variables, double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      if (i > 0) s.append(", ");
      s.append(variables.get(i)).append(" = ").append(x[i]);
    }
    return s.toString();
  }
}

package dev.leibniz.check;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.StackGuard;
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
    return check(f, wrt, lowerOrder(f, wrt), answer, points, seed);
  }

  /**
   * As {@link #check(Expr, List, Expr, int, long)}, given {@code lower}, the derivative by all
   * but the last of {@code wrt} ({@code f} itself for one variable) as computed on the way to
   * {@code answer}, so nothing is differentiated again.
   */
  public static CheckReport check(Expr f, List<String> wrt, Expr lower, Expr answer, int points,
      long seed) {
    Witnesses witnesses = new Witnesses(f, wrt, lower, answer);
    Random random = new Random(seed);
    List<double[]> used = new ArrayList<>();
    double worst = 0;
    for (int attempt = 0; attempt < points * ATTEMPTS_PER_POINT && used.size() < points;
        attempt++) {
      StackGuard.checkInterrupted();
      double[] x = sample(random, witnesses.variables.size(), attempt);
      Comparison c = witnesses.compare(x);
      if (c == null) continue;
      used.add(x);
      worst = Math.max(worst, c.disagreement());
      if (!c.agree()) return new CheckReport(false, worst, witnesses.variables, used, c.describe());
    }
    return new CheckReport(true, worst, witnesses.variables, used, null);
  }

  /**
   * Checks {@code answer} at one given point (every variable of {@code f} must have a value);
   * where that point is outside the domain or finite differences are ill-conditioned there, the
   * report has no points and says the check was skipped.
   */
  public static CheckReport checkAt(Expr f, List<String> wrt, Expr answer,
      Map<String, Double> point) {
    return checkAt(f, wrt, lowerOrder(f, wrt), answer, point);
  }

  /**
   * As {@link #checkAt(Expr, List, Expr, Map)}, given {@code lower}, the derivative by all but
   * the last of {@code wrt} as computed on the way to {@code answer}.
   *
   * @throws dev.leibniz.error.LeibnizException if a variable of {@code f} or {@code wrt} has no
   *     value in {@code point}
   */
  public static CheckReport checkAt(Expr f, List<String> wrt, Expr lower, Expr answer,
      Map<String, Double> point) {
    Witnesses witnesses = new Witnesses(f, wrt, lower, answer);
    double[] x = witnesses.tape.point(point);
    Comparison c = witnesses.compare(x);
    if (c == null) return new CheckReport(true, 0, witnesses.variables, List.of(), null);
    return new CheckReport(c.agree(), c.disagreement(), witnesses.variables, List.of(x),
        c.agree() ? null : c.describe());
  }

  /** The four values at one point, and how far the others are from the symbolic one. */
  private record Comparison(String point, double symbolic, double reverse, double forward,
      double differences, double noise) {
    double exact() {
      return Math.max(CrossCheck.disagreement(symbolic, reverse),
          CrossCheck.disagreement(symbolic, forward));
    }

    /** Finite differences' disagreement, less the rounding noise they are known to carry. */
    double approximate() {
      double excess = Math.max(0, Math.abs(symbolic - differences) - noise);
      return excess / Math.max(1, Math.max(Math.abs(symbolic), Math.abs(differences)));
    }

    double disagreement() {
      return Math.max(exact(), approximate());
    }

    boolean agree() {
      double exact = exact();
      return !Double.isNaN(exact) && exact <= EXACT_TOLERANCE
          && approximate() <= DIFFERENCE_TOLERANCE;
    }

    String describe() {
      return String.format("at %s: symbolic %s, reverse mode %s, forward mode %s, "
          + "finite differences %s", point, symbolic, reverse, forward, differences);
    }
  }

  /** The three witnesses of one derivative, set up once and asked at many points. */
  private static final class Witnesses {
    final List<String> variables;
    final Expr f;
    final Expr answer;
    final Expr before;
    final int lastIndex;
    final Tape tape;
    final int[] orders;
    final double[] gradient;

    Witnesses(Expr f, List<String> wrt, Expr lower, Expr answer) {
      this.f = f;
      this.answer = answer;
      variables = new ArrayList<>(Variables.of(f));
      for (String v : wrt) if (!variables.contains(v)) variables.add(v);
      before = lower;
      lastIndex = variables.indexOf(wrt.get(wrt.size() - 1));
      tape = GraphCompiler.compile(before, variables);
      orders = new int[variables.size()];
      for (String v : wrt) orders[variables.indexOf(v)]++;
      gradient = new double[variables.size()];
    }

    /** The comparison at {@code x}, or null where the point is unusable. */
    Comparison compare(double[] x) {
      Map<String, Double> at = asMap(variables, x);
      double symbolic = Evaluator.evaluate(answer, at);
      if (!Double.isFinite(Evaluator.evaluate(f, at)) || !Double.isFinite(symbolic)) return null;
      FiniteDifferences.Estimate fd = FiniteDifferences.estimate(
          t -> valueAlong(before, variables, x, lastIndex, t), x[lastIndex]);
      if (!fd.wellConditioned()) return null;
      tape.gradient(x, gradient);
      double forward = ForwardMode.partial(f, variables, x, orders);
      return new Comparison(describe(variables, x), symbolic, gradient[lastIndex], forward,
          fd.value(), fd.noise());
    }
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

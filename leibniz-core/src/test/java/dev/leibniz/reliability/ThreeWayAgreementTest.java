package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.graph.Tape;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * At scale: for 10,000 random expressions (seeded, so a failure names an expression anyone can
 * regenerate), the symbolic partial derivatives, reverse mode on the compiled tape, and central
 * finite differences agree at random points. Points that are not {@linkplain Regularity regular}
 * (a subexpression or a local derivative not finite) or where finite differences at two step
 * sizes disagree (a kink, a pole, a cliff of rounding) are skipped, never reported.
 */
class ThreeWayAgreementTest {
  private static final long SEED = 0x1e1b_0017L;
  private static final int EXPRESSIONS = 10_000;
  private static final int DEPTH = 4;
  private static final int POINTS_TRIED = 3;
  /** Symbolic against reverse mode: two exact methods, differing by rounding only. */
  private static final double EXACT_TOLERANCE = 1e-7;
  /** Either exact method against finite differences. */
  private static final double DIFFERENCE_TOLERANCE = 1e-5;

  @Test
  void symbolicReverseModeAndFiniteDifferencesAgree() {
    int[] counts = HangGuard.call(() -> runAll());
    int checkedExpressions = counts[0];
    int comparisons = counts[1];
    assertTrue(checkedExpressions > EXPRESSIONS / 2, "only " + checkedExpressions
        + " of the expressions had a well-conditioned point; the test must not be vacuous");
    assertTrue(comparisons > EXPRESSIONS, "only " + comparisons + " comparisons");
  }

  private static int[] runAll() {
    RandomExpressions generator = new RandomExpressions(SEED);
    Random points = new Random(SEED + 1);
    List<String> failures = new ArrayList<>();
    int checkedExpressions = 0;
    int comparisons = 0;
    for (int i = 0; i < EXPRESSIONS; i++) {
      Expr f = generator.next(DEPTH);
      int compared = compare(i, f, points, failures);
      if (compared > 0) checkedExpressions++;
      comparisons += compared;
      if (failures.size() >= 10) break;
    }
    assertEquals(List.of(), failures);
    return new int[] {checkedExpressions, comparisons};
  }

  /** Compares the three at a few points; returns the comparisons made; adds failures. */
  private static int compare(int index, Expr f, Random random, List<String> failures) {
    List<String> vars = RandomExpressions.VARIABLES;
    String printed = PlainPrinter.print(f);
    if (!ExprParser.parse(printed).equals(f)) {
      failures.add("#" + index + " " + printed + ": does not print back to itself");
      return 0;
    }
    Expr[] symbolic = new Expr[vars.size()];
    for (int j = 0; j < vars.size(); j++) symbolic[j] = Differentiator.derivative(f, vars.get(j));
    Tape tape = GraphCompiler.compile(f, vars);
    double[] gradient = new double[vars.size()];
    int compared = 0;
    for (int attempt = 0; attempt < POINTS_TRIED; attempt++) {
      double[] x = new double[vars.size()];
      for (int j = 0; j < x.length; j++) x[j] = -3 + 6 * random.nextDouble();
      Map<String, Double> at = point(vars, x);
      double value = Evaluator.evaluate(f, at);
      if (!Double.isFinite(value) || !Regularity.isRegular(f, at)) continue;
      double tapeValue = tape.gradient(x, gradient);
      if (disagreement(value, tapeValue) > EXACT_TOLERANCE) {
        failures.add(describe(index, printed, x) + ": value " + value + ", tape " + tapeValue);
        continue;
      }
      for (int j = 0; j < vars.size(); j++) {
        double fd = finiteDifference(f, vars, x, j);
        if (Double.isNaN(fd)) continue;
        double exact = Evaluator.evaluate(symbolic[j], at);
        double reverse = gradient[j];
        compared++;
        if (!(disagreement(exact, reverse) <= EXACT_TOLERANCE
            && disagreement(exact, fd) <= DIFFERENCE_TOLERANCE)) {
          failures.add(describe(index, printed, x) + ": d/d" + vars.get(j) + " symbolic "
              + exact + " (" + PlainPrinter.print(symbolic[j]) + "), reverse " + reverse
              + ", finite differences " + fd);
        }
      }
    }
    return compared;
  }

  /**
   * The derivative by variable {@code j} from central differences with Richardson
   * extrapolation, or NaN when it cannot be trusted: estimates at two step sizes disagree (a kink
   * or a pole nearby), or rounding in the function's values, magnified by the smallest step, is
   * as large as the tolerance ({@code x + 10^9}: the difference of two huge, nearly equal values).
   */
  static double finiteDifference(Expr f, List<String> vars, double[] x, int j) {
    double h = 1e-3 * Math.max(1, Math.abs(x[j]));
    double[] largest = new double[1];
    double coarse = richardson(f, vars, x, j, h, largest);
    double fine = richardson(f, vars, x, j, h / 4, largest);
    if (!Double.isFinite(coarse) || !Double.isFinite(fine)) return Double.NaN;
    double scale = Math.max(1, Math.max(Math.abs(coarse), Math.abs(fine)));
    double rounding = 4 * Math.ulp(largest[0]) / (h / 8);
    if (rounding > 1e-7 * scale) return Double.NaN;
    return Math.abs(coarse - fine) <= 1e-7 * scale ? fine : Double.NaN;
  }

  private static double richardson(Expr f, List<String> vars, double[] x, int j, double h,
      double[] largest) {
    return (4 * central(f, vars, x, j, h / 2, largest) - central(f, vars, x, j, h, largest)) / 3;
  }

  private static double central(Expr f, List<String> vars, double[] x, int j, double h,
      double[] largest) {
    double[] moved = x.clone();
    moved[j] = x[j] + h;
    double up = Evaluator.evaluate(f, point(vars, moved));
    moved[j] = x[j] - h;
    double down = Evaluator.evaluate(f, point(vars, moved));
    largest[0] = Math.max(largest[0], Math.max(Math.abs(up), Math.abs(down)));
    return (up - down) / (2 * h);
  }

  /** |a - b| relative to the larger magnitude, absolute below 1; NaN if either is NaN. */
  static double disagreement(double a, double b) {
    if (a == b) return 0;
    return Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static Map<String, Double> point(List<String> vars, double[] x) {
    Map<String, Double> at = new HashMap<>();
    for (int j = 0; j < x.length; j++) at.put(vars.get(j), x[j]);
    return at;
  }

  private static String describe(int index, String printed, double[] x) {
    return "#" + index + " " + printed + " at x = " + x[0] + ", y = " + x[1] + ", z = " + x[2];
  }
}

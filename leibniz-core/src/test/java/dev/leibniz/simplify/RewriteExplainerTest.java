package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Variables;
import dev.leibniz.parse.ExprParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link RewriteExplainer}: the named steps reach the simplifier's result from the rules' result,
 * each keeping the value, and only a result the rewrites cannot reach is shown as one
 * {@code Shortest form} step.
 */
class RewriteExplainerTest {
  private static final double[] XS = {0.37, 1.3, -0.6, 2.9};

  /** Every textbook derivative is explained by named rewrites, none by the last resort. */
  @Test
  void everyTextbookDerivativeIsExplainedByNamedRewrites() throws IOException {
    int explained = 0;
    for (String function : textbookFunctions()) {
      Expr rules = Differentiator.derivative(ExprParser.parse(function), "x");
      Expr shortest = FullSimplifier.simplify(rules);
      List<Rewrite> steps = RewriteExplainer.explain(rules, shortest);
      assertChain(function, rules, shortest, steps);
      if (!steps.isEmpty()) explained++;
      for (Rewrite r : steps) {
        assertNotEquals(Rewrite.Kind.SHORTEST_FORM, r.kind(), () -> function + ": " + steps);
      }
    }
    assertTrue(explained >= 30, "derivatives with rewrite steps: " + explained);
  }

  /**
   * The first 600 lines of the fuzzing mix, each differentiated by its first variable: every
   * explanation ends at the simplifier's result, and at least 95% without the last resort.
   */
  @Test
  void mixedDerivativesAreExplainedToTheirResult() throws IOException {
    int named = 0;
    int all = 0;
    for (String line : lines("/dev/leibniz/reliability/mix-2000.txt").subList(0, 600)) {
      Expr f;
      try {
        f = ExprParser.parse(line);
      } catch (LeibnizException refused) {
        continue; // the mix holds a few lines that are refused, such as (-1)^(1/2)
      }
      Set<String> variables = Variables.of(f);
      if (variables.isEmpty()) continue;
      Expr rules;
      try {
        rules = Differentiator.derivative(f, variables.iterator().next());
      } catch (LeibnizException none) {
        continue; // sin(10)^x, a negative number to a varying power, has no derivative
      }
      Expr shortest = FullSimplifier.simplify(rules);
      List<Rewrite> steps = RewriteExplainer.explain(rules, shortest);
      assertChain(line, rules, shortest, steps);
      if (steps.isEmpty()) continue;
      all++;
      if (steps.stream().noneMatch(r -> r.kind() == Rewrite.Kind.SHORTEST_FORM)) named++;
    }
    assertTrue(all > 100, "simplified derivatives: " + all);
    assertTrue(named >= 0.95 * all, named + " of " + all + " explained by named rewrites");
  }

  @Test
  void aFormTheRewritesDoNotReachIsOneShortestFormStep() {
    Expr from = ExprParser.parse("x^2 + 1");
    Expr to = ExprParser.parse("cosh(x)");
    List<Rewrite> steps = RewriteExplainer.explain(from, to);
    assertEquals(List.of(new Rewrite(Rewrite.Kind.SHORTEST_FORM, null, from, to)), steps);
    assertEquals(List.of(), RewriteExplainer.explain(from, from));
  }

  /** Steps chain from {@code from} to {@code to}, and each keeps the value where defined. */
  private static void assertChain(String name, Expr from, Expr to, List<Rewrite> steps) {
    Expr at = from;
    for (Rewrite r : steps) {
      assertEquals(at, r.before(), name);
      for (double x : XS) {
        Map<String, Double> point = Map.of("x", x, "y", 0.8, "z", 1.7);
        double was = valueAt(r.before(), point);
        if (!Double.isFinite(was) || Math.abs(was) > 1e8) continue;
        double is = valueAt(r.after(), point);
        // A step's form can overflow a double where its value is tiny (1/cosh(e^6.6)): there
        // the value is checked by the result's, which the last step must equal anyway.
        if (Double.isNaN(is) && close(was, valueAt(to, point))) continue;
        assertTrue(Math.abs(was - is) <= 1e-7 * Math.max(1, Math.abs(was)),
            () -> name + ": " + r.kind() + " changes " + was + " to " + is + " at x = " + x);
      }
      at = r.after();
    }
    assertEquals(to, at, () -> name + ": the last step is the result");
  }

  private static boolean close(double was, double is) {
    return Math.abs(was - is) <= 1e-7 * Math.max(1, Math.abs(was));
  }

  /** The value, or NaN where it is undefined. */
  private static double valueAt(Expr e, Map<String, Double> point) {
    try {
      return Evaluator.evaluate(e, point);
    } catch (RuntimeException undefined) {
      return Double.NaN;
    }
  }

  private static List<String> textbookFunctions() throws IOException {
    List<String> functions = new ArrayList<>();
    for (String line : lines("textbook.tsv")) functions.add(line.split("\t")[0]);
    return functions;
  }

  /** The lines of a resource that are neither blank nor comments. */
  private static List<String> lines(String resource) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        RewriteExplainerTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) lines.add(line);
      }
    }
    return lines;
  }
}

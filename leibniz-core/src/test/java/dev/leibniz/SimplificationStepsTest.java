package dev.leibniz;

import static dev.leibniz.Numeric.assertDerivative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The simplification told as steps after the rules ({@link Derivative#simplified()}): each step
 * names its rewrite and shows the whole derivative after it, the first starts from the rules'
 * result, each from the one before, the last is the result printed, and each keeps the value.
 */
class SimplificationStepsTest {
  private static final List<Double> XS = List.of(0.37, 1.3, 2.9);

  /** The three derivatives, and identities: function, step titles, result. */
  @ParameterizedTest(name = "d/dx {0}")
  @CsvSource(delimiter = ';', value = {
      "x/(x+1); Common denominator; 1/(x + 1)^2",
      "e^x*(sin(x)-cos(x))/2; Expand; e^x*sin(x)",
      "ln(x+sqrt(x^2+1)); Common denominator|Cancel (x + sqrt(x^2 + 1)); 1/sqrt(x^2 + 1)",
      "tan(x) - x; Pythagorean identity; tan(x)^2",
      "sin(x)/cos(x); Common denominator|Quotient identity; sec(x)^2",
      "sin(x)^2; Double angle; sin(2*x)",
      "x^2*sin(x); Factor; x*(x*cos(x) + 2*sin(x))",
      "(x^2+2x+1)/(x+1); Common denominator|Cancel (x + 1)^2; 1",
      "asin(x/3); Radicand content; 1/sqrt(9 - x^2)",
      "x*ln(1 + 1/x); Fraction in a fraction; ln(1/x + 1) - 1/(x + 1)",
      "(e^x + e^(-x))/2; Hyperbolic form; sinh(x)",
      "ln(abs(x)); Sign and absolute value; 1/x",
      "sin(3x)*cos(2x); Product to sum; cos(x)/2 + 5*cos(5*x)/2",
      "tan(x/2); Double angle; 1/(cos(x) + 1)",
      "ln(tan(x/2)); Double angle|Half angle|Quotient identity; csc(x)"})
  void stepsNameEachRewriteAndEndAtTheResult(String function, String titles, String result) {
    Expression f = Expression.parse(function);
    Derivative rules = f.derivation("x");
    Derivative d = rules.simplified();
    assertEquals(result, d.result().toString());
    List<Step> rewrites = simplification(d);
    assertEquals(List.of(titles.split("\\|")), rewrites.stream().map(Step::title).toList());
    assertEquals(rules.steps(), d.steps().subList(0, rules.steps().size()), "rules first");
    Expression before = rules.result();
    for (Step s : rewrites) {
      assertEquals(before, s.before(), "each step starts where the last one ended");
      assertNull(s.variable());
      assertEquals(s.title() + ": " + s.after(), s.toString());
      for (double x : XS) {
        double was = s.before().evaluate(Map.of("x", x));
        double is = s.after().evaluate(Map.of("x", x));
        assertEquals(was, is, 1e-12 * Math.max(1, Math.abs(was)), () -> s + " at x = " + x);
      }
      before = s.after();
    }
    assertEquals(d.result(), before, "the last step is the result");
    for (double x : XS) assertDerivative(f, "x", d.result(), Map.of("x", x));
  }

  @Test
  void theFractionBeforeCancellingIsShownAsWritten() {
    Derivative d = Expression.parse("ln(x+sqrt(x^2+1))").derivation("x").simplified();
    List<Step> rewrites = simplification(d);
    assertEquals(Rule.COMMON_DENOMINATOR, rewrites.get(0).rule());
    assertEquals("(x + sqrt(x^2 + 1))/((x + sqrt(x^2 + 1))*sqrt(x^2 + 1))",
        rewrites.get(0).after().toString());
    assertEquals(Rule.CANCEL, rewrites.get(1).rule());
    assertEquals("Cancel (x + sqrt(x^2 + 1)): 1/sqrt(x^2 + 1)", rewrites.get(1).toString());
  }

  @Test
  void withoutSimplificationThereAreNoRewriteSteps() {
    Derivative rules = Expression.parse("x/(x+1)").derivation("x");
    assertTrue(rules.steps().stream().noneMatch(s -> s.rule().simplifies()));
    assertEquals("1/(x + 1) - x/(x + 1)^2", rules.result().toString());
    assertFalse(rules.simplified().steps().isEmpty());
  }

  @Test
  void aResultAlreadyShortestHasNoRewriteSteps() {
    Derivative d = Expression.parse("sin(x)").derivation("x").simplified();
    assertEquals("cos(x)", d.result().toString());
    assertEquals(List.of(), simplification(d));
  }

  @Test
  void mixedPartialsTellTheRulesOfEachStageThenTheSimplification() {
    Expression f = Expression.parse("x*z/(x+z)");
    Derivative d = f.derivation("x", "z").simplified();
    List<Step> steps = d.steps();
    int firstRewrite = steps.indexOf(simplification(d).get(0));
    assertTrue(steps.subList(0, firstRewrite).stream().anyMatch(s -> "z".equals(s.variable())));
    assertTrue(steps.subList(firstRewrite, steps.size()).stream()
        .allMatch(s -> s.rule().simplifies()));
    assertEquals(d.result(), steps.get(steps.size() - 1).after());
    assertEquals("2*x*z/(x + z)^3", d.result().toString());
    Map<String, Double> at = Map.of("x", 0.7, "z", 1.9);
    assertDerivative(f.derivative("x"), "z", d.result(), at);
  }

  @Test
  void leibnizDerivativeIsTheSimplifiedString() {
    assertEquals("1/(x + 1)^2", Leibniz.derivative("x/(x+1)", "x"));
    assertEquals("1/sqrt(x^2 + 1)", Leibniz.derivative("ln(x+sqrt(x^2+1))", "x"));
    Expression f = Expression.parse("x/(x+1)");
    for (double x : XS) {
      assertDerivative(f, "x", Expression.parse(Leibniz.derivative("x/(x+1)", "x")),
          Map.of("x", x));
    }
  }

  @Test
  void gradientPartialsAreSimplified() {
    Expression f = Expression.parse("x/(x+z)");
    Map<String, Expression> g = f.gradient();
    assertEquals("z/(x + z)^2", g.get("x").toString());
    assertEquals("-x/(x + z)^2", g.get("z").toString());
    Map<String, Double> at = Map.of("x", 0.7, "z", 1.9);
    assertDerivative(f, "x", g.get("x"), at);
    assertDerivative(f, "z", g.get("z"), at);
  }

  private static List<Step> simplification(Derivative d) {
    return d.steps().stream().filter(s -> s.rule().simplifies()).toList();
  }
}

package dev.leibniz;

import static dev.leibniz.Numeric.assertDerivative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.simplify.Rewrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Derivative}: result, label and steps from one run, and its numerical proof. */
class DerivativeTest {
  private static final Map<String, Double> AT = Map.of("x", 1.3, "z", 0.7);

  @Test
  void mixedPartialHasItsLabelResultAndTheStepsOfEachStage() {
    Expression f = Expression.parse("x^3*z^2");
    Derivative d = f.derivation("x", "z");
    assertEquals("d2/dz dx", d.label());
    assertEquals(List.of("x", "z"), d.variables());
    assertEquals("6*x^2*z", d.result().toString());
    assertEquals(f.derivative("x", "z"), d.result());
    Expression byX = f.derivative("x");
    assertDerivative(byX, "z", d.result(), AT);
    // Stage one starts from f, stage two from its result: each step's subject is the first.
    List<Step> steps = d.steps();
    assertEquals(f, steps.get(0).before());
    assertEquals("x", steps.get(0).variable());
    Step secondStage = steps.stream().filter(s -> s.variable().equals("z")).findFirst().get();
    assertEquals(byX, secondStage.before());
    for (Step s : steps) {
      assertEquals(s.before().derivative(s.variable()), s.after(), s::toString);
      assertDerivative(s.before(), s.variable(), s.after(), AT);
    }
  }

  @Test
  void labelsNameTheOperator() {
    Expression f = Expression.parse("x1^3*x^3*z");
    assertEquals("d/dx", f.derivation("x").label());
    assertEquals("d2/dx2", f.derivation("x", "x").label());
    assertEquals("d2/dx1^2", f.derivation("x1", "x1").label());
    assertEquals("d3/dz dx2", f.derivation("x", "x", "z").label());
    assertEquals("d3/dx dz dx", f.derivation("x", "z", "x").label());
    assertEquals("", f.derivation().label());
    assertEquals(f, f.derivation().result());
  }

  @Test
  void stepsAreTypedValuesWithReadableText() {
    Derivative d = Expression.parse("x*z/ln(x)").derivation("x");
    Step first = d.steps().get(0);
    assertEquals(Rule.QUOTIENT, first.rule());
    assertFalse(first.chain());
    assertEquals("x*z/ln(x)", first.before().toString());
    Step chain = Expression.parse("sin(2x)").derivation("x").steps().get(0);
    assertEquals(Rule.FUNCTION, chain.rule());
    assertTrue(chain.chain());
    assertEquals("2*cos(2*x)", chain.after().toString());
    assertDerivative(chain.before(), "x", chain.after(), AT);
    assertEquals(chain.title() + ": d/dx(sin(2*x)) = 2*cos(2*x)", chain.toString());
  }

  @Test
  void everyRuleOfTheDifferentiatorAndRewriteOfTheSimplifierHasItsFacadeRule() {
    for (dev.leibniz.diff.Rule r : dev.leibniz.diff.Rule.values()) {
      assertEquals(r.name(), StepLog.of(r).name());
      assertFalse(StepLog.of(r).simplifies(), r::name);
    }
    for (Rewrite.Kind k : Rewrite.Kind.values()) {
      assertEquals(k.name(), StepLog.of(k).name());
      assertTrue(StepLog.of(k).simplifies(), k::name);
    }
    assertEquals(dev.leibniz.diff.Rule.values().length + Rewrite.Kind.values().length,
        Rule.values().length);
  }

  /** The defect: {@code derivation("x").toString()} dumped records; now it reads as --steps. */
  @Test
  void toStringIsTheDerivativeThenItsStepsOnePerLine() {
    Expression f = Expression.parse("x^2*sin(x)");
    Derivative d = f.derivation("x");
    assertDerivative(f, "x", d.result(), AT);
    List<String> expected = new ArrayList<>();
    expected.add("d/dx(x^2*sin(x)) = x^2*cos(x) + 2*x*sin(x)");
    for (Step s : d.steps()) {
      expected.add("  " + s.title() + ": d/dx(" + s.before() + ") = " + s.after());
    }
    assertEquals(String.join("\n", expected), d.toString());
    assertFalse(d.toString().contains("["), d::toString);
    assertEquals("d/dx(x^2*sin(x)) = x^2*cos(x) + 2*x*sin(x)",
        f.derivation(List.of("x"), false).toString());
  }

  @Test
  void withoutStepsTheResultIsTheSameAndStepsAreRefused() {
    Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
    Derivative quick = f.derivation(List.of("x"), false);
    assertEquals(f.derivation("x").result(), quick.result());
    assertFalse(quick.hasSteps());
    assertThrows(IllegalStateException.class, quick::steps);
    assertEquals(1208.3812151266095, quick.result().evaluate(Map.of("x", 2.0, "z", 3.0)), 1e-9);
  }

  @Test
  void thenDifferentiatesOnlyTheNewStage() {
    Expression f = Expression.parse("x^3*z^2 + sin(x*z)");
    Derivative byX = f.derivation(List.of("x"), false);
    Derivative mixed = byX.then("z");
    assertEquals(f.derivative("x", "z"), mixed.result());
    assertEquals("d2/dz dx", mixed.label());
    assertSame(f, mixed.function());
    assertDerivative(byX.result(), "z", mixed.result(), AT);
    assertTrue(mixed.check().ok(), () -> mixed.check().summary());
  }

  @Test
  void derivationsWithoutNamedVariables() {
    List<Derivative> partials = Expression.parse("x^2*z").derivations(1, false);
    assertEquals(List.of("d/dx", "d/dz"), partials.stream().map(Derivative::label).toList());
    assertEquals(List.of("2*x*z", "x^2"),
        partials.stream().map(d -> d.result().toString()).toList());
    List<Derivative> constant = Expression.parse("5").derivations(2, true);
    assertEquals(1, constant.size());
    assertEquals("0", constant.get(0).result().toString());
    assertEquals("check: ok — nothing to differentiate", constant.get(0).check().summary());
    assertFalse(constant.get(0).check().skipped());
    assertEquals("5", Expression.parse("5").derivations(0, false).get(0).result().toString());
    assertEquals("12*x^2", Expression.parse("x^4").derivations(2, false).get(0).result()
        .toString());
    assertThrows(LeibnizException.class, () -> Expression.parse("x").derivations(-1, false));
  }

  @Test
  void derivationsOfHigherOrderIncludeEveryMixedPartialOnce() {
    Expression f = Expression.parse("x^2*z^3");
    List<Derivative> second = f.derivations(2, false);
    assertEquals(List.of("d2/dx2", "d2/dz dx", "d2/dz2"),
        second.stream().map(Derivative::label).toList());
    assertEquals(List.of("2*z^3", "6*x*z^2", "6*x^2*z"),
        second.stream().map(d -> d.result().toString()).toList());
    // Each is d/dv of the first partial by its first variable, checked by finite differences.
    for (Derivative d : second) {
      Expression first = f.derivative(d.variables().get(0));
      assertDerivative(first, d.variables().get(1), d.result(), AT);
    }
    List<String> third = f.derivations(3, false).stream().map(Derivative::label).toList();
    assertEquals(List.of("d3/dx3", "d3/dz dx2", "d3/dz2 dx", "d3/dz3"), third);
    assertEquals(1, f.derivations(0, false).size());
    assertEquals(f, f.derivations(0, false).get(0).result());
  }

  @Test
  void aLongChainByOneVariableSkipsTheRoundsOfItsCycle() {
    // sin repeats every 4 stages, sinh every 2, e^x every one, x^2 ends in 0: a million stages
    // are answered from the cycle, each result the derivative of its lower stage (checked by
    // finite differences): the same as the 11th, since 1,000,003 - 11 is a multiple of 4.
    Map<String, String> expected = Map.of("sin(x)", "-cos(x)", "sinh(x)", "cosh(x)",
        "e^x", "e^x", "x^2", "0");
    Map<String, Double> at = Map.of("x", 0.7);
    int order = 1_000_003;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Expression f = Expression.parse(e.getKey());
      Derivative d = f.derivations(order, false).get(0);
      assertEquals(e.getValue(), d.result().toString(), e.getKey());
      assertEquals("d1000003/dx1000003", d.label());
      Expression lower = f.derivative("x", 10);
      assertDerivative(lower, "x", d.result(), at);
      assertEquals(f.derivative("x", 11), d.result(), e.getKey());
    }
    for (int n = 1; n <= 9; n++) {
      Derivative d = Expression.parse("sin(x)").derivations(n, false).get(0);
      Derivative stepwise = Expression.parse("sin(x)").derivation(List.of("x"), false);
      for (int k = 1; k < n; k++) stepwise = stepwise.then("x");
      assertEquals(stepwise.result(), d.result(), "order " + n);
    }
  }

  @Test
  void checkProvesTheResultAndCheckAtOnePoint() {
    Derivative d = Expression.parse("x^2*sin(x)").derivation("x");
    CheckReport report = d.check();
    assertTrue(report.ok(), report::summary);
    assertEquals(5, report.points().size());
    assertTrue(report.summary().startsWith("check: ok — symbolic, reverse mode, forward mode"),
        report::summary);
    assertTrue(report.failure().isEmpty());
    CheckReport at = d.checkAt(Map.of("x", 1.3));
    assertTrue(at.ok() && !at.skipped(), at::summary);
    assertEquals(List.of(Map.of("x", 1.3)), at.points());
    // At the kink finite differences cannot witness: skipped, not failed.
    CheckReport kink = Expression.parse("relu(x)").derivation("x").checkAt(Map.of("x", 0.0));
    assertTrue(kink.skipped());
    LeibnizException missing = assertThrows(LeibnizException.class,
        () -> Expression.parse("x*z").derivation("x").checkAt(Map.of("x", 1.0)));
    assertEquals("no value for variable 'z'", missing.getMessage());
  }
}

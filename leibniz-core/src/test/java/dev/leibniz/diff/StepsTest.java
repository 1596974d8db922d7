package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The step log of {@link Differentiator#derive}: which rules, in which order, giving what. */
class StepsTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";
  private static final Map<String, Double> POINT = Map.of("x", 2.0, "z", 3.0);

  private static Derivation lectureByX() {
    return Differentiator.derive(ExprParser.parse(LECTURE), "x");
  }

  private static List<String> rules(Derivation d) {
    return d.steps().stream().map(Step::rule).toList();
  }

  /** z is free of x, so x*z by x is a constant multiple: by x the lecture has no product. */
  @Test
  void lectureFunctionByXNamesTheSumQuotientConstantMultipleAndChainRules() {
    List<Rule> kinds = kinds(lectureByX());
    assertEquals(List.of(Rule.SUM, Rule.QUOTIENT, Rule.FUNCTION, Rule.EXPONENTIAL,
        Rule.CONSTANT_MULTIPLE, Rule.QUOTIENT, Rule.FUNCTION), kinds);
    assertTrue(lectureByX().steps().stream().anyMatch(Step::chained));
  }

  @Test
  void lectureFunctionByXStartsWithTheSumRuleOnTheWholeFunction() {
    Derivation d = lectureByX();
    Step first = d.steps().get(0);
    assertEquals(Rule.SUM.title(), first.rule());
    assertEquals(d.function(), first.subject());
    assertEquals(d.result(), first.result());
  }

  /**
   * Outermost first: each step after the first is about a part of an earlier step's subject.
   * A subexpression that occurs twice ({@code ln(x)} here) is listed once, where it first occurs.
   */
  @Test
  void stepsAreListedOutermostFirstAndEachSubjectOnce() {
    List<Step> steps = lectureByX().steps();
    Set<Expr> seen = new HashSet<>();
    for (int j = 0; j < steps.size(); j++) {
      Expr subject = steps.get(j).subject();
      assertTrue(seen.add(subject), "listed twice: " + PlainPrinter.print(subject));
      if (j == 0) continue;
      boolean insideAnEarlierStep = false;
      for (int i = 0; i < j; i++) {
        insideAnEarlierStep |= properlyContains(steps.get(i).subject(), subject);
      }
      assertTrue(insideAnEarlierStep, PlainPrinter.print(subject) + " has no earlier parent");
    }
  }

  @Test
  void eachStepResultIsTheDerivativeOfItsSubject() {
    for (Step s : lectureByX().steps()) {
      assertEquals(Differentiator.derivative(s.subject(), "x"), s.result(),
          () -> s.rule() + " on " + PlainPrinter.print(s.subject()));
      double expected = NumericDifferentiator.derivative(s.subject(), "x", POINT);
      double actual = Evaluator.evaluate(s.result(), POINT);
      assertTrue(NumericDifferentiator.agree(expected, actual),
          () -> s.rule() + " on " + PlainPrinter.print(s.subject()) + ": " + actual
              + ", finite differences " + expected);
    }
  }

  @Test
  void everyStepOfEveryTableRowIsTheDerivativeOfItsSubject() {
    for (DerivativeTableTest.Row row : DerivativeTableTest.rows()) {
      Derivation d = Differentiator.derive(ExprParser.parse(row.expression()), row.variable());
      assertEquals(Differentiator.derivative(d.function(), row.variable()), d.result(),
          row::toString);
      for (Step s : d.steps()) {
        assertEquals(row.variable(), s.variable());
        assertEquals(Differentiator.derivative(s.subject(), s.variable()), s.result(),
            () -> row + ": " + s.rule() + " on " + PlainPrinter.print(s.subject()));
      }
    }
  }

  private static List<Rule> kinds(Derivation d) {
    return d.steps().stream().map(Step::kind).toList();
  }

  private static Derivation derive(String expression, String variable) {
    Derivation d = Differentiator.derive(ExprParser.parse(expression), variable);
    for (Step s : d.steps()) assertTheDerivativeOfItsSubject(s);
    return d;
  }

  /** The step's result is its subject's derivative, as a tree and by finite differences. */
  private static void assertTheDerivativeOfItsSubject(Step s) {
    assertEquals(Differentiator.derivative(s.subject(), s.variable()), s.result(), s::rule);
    Map<String, Double> point = Map.of("x", 0.7, "y", 1.3, "z", 3.0);
    double expected = NumericDifferentiator.derivative(s.subject(), s.variable(), point);
    double actual = Evaluator.evaluate(s.result(), point);
    assertTrue(NumericDifferentiator.agree(expected, actual),
        () -> s.rule() + " on " + PlainPrinter.print(s.subject()) + ": " + actual);
  }

  @Test
  void productOfAPowerAndAChainNamesEachRule() {
    Derivation d = derive("x^3*sin(2x)", "x");
    assertEquals(List.of(Rule.PRODUCT, Rule.POWER, Rule.FUNCTION, Rule.CONSTANT_MULTIPLE),
        kinds(d));
    assertEquals(List.of(Rule.PRODUCT.title(), Rule.POWER.title(),
            "Chain rule with the sin rule (sin(u)' = cos(u))", Rule.CONSTANT_MULTIPLE.title()),
        rules(d));
    Step sine = d.steps().get(2);
    assertEquals(MathFunction.SIN, sine.function());
    assertEquals(ExprParser.parse("2x"), sine.inner());
  }

  @Test
  void exponentialAndGeneralPowerRulesAreNamed() {
    assertEquals(List.of(Rule.EXPONENTIAL), kinds(derive("2^x", "x")));
    assertEquals(List.of(Rule.GENERAL_POWER), kinds(derive("x^x", "x")));
  }

  /** Issue 10: the sub-step of a quotient was the power rule on 1/x; it is g's own steps. */
  @Test
  void aQuotientShowsTheQuotientRuleAndTheStepsOfItsDenominator() {
    Derivation d = derive("sin(x)/x", "x");
    assertEquals(List.of(Rule.QUOTIENT, Rule.FUNCTION), kinds(d));
    assertEquals("cos(x)/x - sin(x)/x^2", PlainPrinter.print(d.result()));
    Derivation lnOverCos = derive("ln(x)/cos(x^2)", "x");
    assertEquals(List.of(Rule.QUOTIENT, Rule.FUNCTION, Rule.POWER, Rule.FUNCTION),
        kinds(lnOverCos));
    assertEquals(ExprParser.parse("cos(x^2)"), lnOverCos.steps().get(1).subject());
    assertEquals(MathFunction.COS, lnOverCos.steps().get(1).function());
    assertEquals(MathFunction.LN, lnOverCos.steps().get(3).function());
  }

  /** Issue 10: x*y by x was called the product rule; y is free of x, a constant multiple. */
  @Test
  void aFactorFreeOfTheVariableMakesAConstantMultiple() {
    assertEquals(List.of(Rule.CONSTANT_MULTIPLE), kinds(derive("x*y", "x")));
    assertEquals(List.of(Rule.CONSTANT_MULTIPLE), kinds(derive("2*x", "x")));
    assertEquals(List.of(Rule.CONSTANT_MULTIPLE, Rule.FUNCTION), kinds(derive("y*sin(x)", "x")));
    assertEquals(List.of(Rule.PRODUCT, Rule.FUNCTION), kinds(derive("x*sin(x)", "x")));
    assertEquals(List.of(Rule.QUOTIENT), kinds(derive("y/x", "x")));
  }

  /** Issue 10: diff x --steps showed no step at all. */
  @Test
  void theVariableItselfHasTheVariableRule() {
    Derivation d = derive("x", "x");
    assertEquals(List.of(Rule.VARIABLE), kinds(d));
    assertEquals("Variable rule", d.steps().get(0).rule());
    assertTrue(d.steps().get(0).result().isOne());
  }

  @Test
  void aConstantHasTheConstantRuleAsItsOnlyStep() {
    Derivation d = derive("sin(y) + 5", "x");
    assertEquals(List.of(Rule.CONSTANT), kinds(d));
    assertTrue(d.result().isZero());
    assertEquals(List.of(Rule.CONSTANT), kinds(derive("y", "x")));
  }

  /** Each function step cites the cheat-sheet row it used, for every function. */
  @Test
  void everyFunctionStepCitesItsRowOfTheCheatSheet() {
    for (MathFunction f : MathFunction.values()) {
      if (!f.hasDerivative() || f == MathFunction.SIGN || f == MathFunction.STEP) continue;
      Derivation d = Differentiator.derive(ExprParser.parse(f.canonicalName() + "(x^2)"), "x");
      Step step = d.steps().get(0);
      assertEquals(Rule.FUNCTION, step.kind(), f::toString);
      assertEquals(f, step.function());
      assertEquals(f.derivativeRow(), step.row());
      assertEquals("Chain rule with the " + f.canonicalName() + " rule (" + f.derivativeRow()
          + ")", step.rule());
    }
  }

  private static boolean properlyContains(Expr whole, Expr part) {
    return !whole.equals(part) && contains(whole, part);
  }

  private static boolean contains(Expr whole, Expr part) {
    if (whole.equals(part)) return true;
    if (whole instanceof Sum s) return s.terms().stream().anyMatch(t -> contains(t, part));
    if (whole instanceof Product p) return p.factors().stream().anyMatch(f -> contains(f, part));
    if (whole instanceof Power p) return contains(p.base(), part) || contains(p.exponent(), part);
    if (whole instanceof Call c) return contains(c.argument(), part);
    return false;
  }
}

package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
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

  @Test
  void lectureFunctionByXNamesTheSumProductQuotientAndChainRules() {
    List<String> rules = rules(lectureByX());
    assertTrue(rules.contains(Rule.SUM.title()), rules::toString);
    assertTrue(rules.contains(Rule.PRODUCT.title()), rules::toString);
    assertTrue(rules.contains(Rule.QUOTIENT.title()), rules::toString);
    assertTrue(rules.stream().anyMatch(r -> r.startsWith(Rule.CHAIN.title() + " with the ")),
        rules::toString);
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

  @Test
  void productOfAPowerAndAChainNamesEachRule() {
    assertEquals(List.of(Rule.PRODUCT.title(), Rule.POWER.title(),
            Rule.CHAIN.title() + " with the sin rule", Rule.CONSTANT_MULTIPLE.title()),
        rules(Differentiator.derive(ExprParser.parse("x^3*sin(2x)"), "x")));
  }

  @Test
  void exponentialAndGeneralPowerRulesAreNamed() {
    assertEquals(List.of(Rule.EXPONENTIAL.title()),
        rules(Differentiator.derive(ExprParser.parse("2^x"), "x")));
    assertEquals(List.of(Rule.GENERAL_POWER.title()),
        rules(Differentiator.derive(ExprParser.parse("x^x"), "x")));
  }

  @Test
  void aConstantHasNoSteps() {
    Derivation d = Differentiator.derive(ExprParser.parse("sin(y) + 5"), "x");
    assertEquals(List.of(), d.steps());
    assertTrue(d.result().isZero());
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

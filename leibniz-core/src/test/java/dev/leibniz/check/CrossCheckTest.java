package dev.leibniz.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four-way numeric proof: it passes right answers and catches wrong ones. */
class CrossCheckTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  @Test
  void lecturePartialsAgreeFourWays() {
    Expr f = ExprParser.parse(LECTURE);
    for (String v : List.of("x", "z")) {
      CheckReport report = CrossCheck.check(f, List.of(v), Differentiator.derivative(f, v), 5, 1);
      assertTrue(report.ok(), report.summary());
      assertEquals(5, report.points().size());
      assertTrue(report.maxDisagreement() < 1e-6, report.summary());
      assertTrue(report.summary().startsWith("check: ok — symbolic, reverse mode, forward mode "
          + "and finite differences agree to "), report.summary());
    }
  }

  @Test
  void aDeliberatelyWrongDerivativeIsCaughtAndItsPointNamed() {
    Expr f = ExprParser.parse("sin(x)*z");
    Expr wrong = ExprParser.parse("-cos(x)*z");
    CheckReport report = CrossCheck.check(f, List.of("x"), wrong, 5, 1);
    assertFalse(report.ok());
    assertTrue(report.failure().startsWith("at x = "), report.failure());
    assertTrue(report.summary().startsWith("check: FAILED — at x = "), report.summary());
  }

  @Test
  void aSlightlyWrongDerivativeIsCaughtToo() {
    Expr f = ExprParser.parse("e^(2x)");
    Expr wrong = ExprParser.parse("2.0001*e^(2x)");
    assertFalse(CrossCheck.check(f, List.of("x"), wrong, 5, 7).ok());
  }

  @Test
  void mixedAndHigherOrderDerivativesAreWitnessedStepByStep() {
    Expr f = ExprParser.parse("x^3*z^2 + sin(x*z)");
    Expr dxdz = Differentiator.derivative(Differentiator.derivative(f, "x"), "z");
    assertTrue(CrossCheck.check(f, List.of("x", "z"), dxdz, 5, 3).ok());
    Expr third = ExprParser.parse("6*z^2 - z^3*cos(x*z)");
    assertTrue(CrossCheck.check(f, List.of("x", "x", "x"), third, 5, 3).ok());
    Expr wrongThird = ExprParser.parse("6*z^2 + z^3*cos(x*z)");
    assertFalse(CrossCheck.check(f, List.of("x", "x", "x"), wrongThird, 5, 3).ok());
  }

  @Test
  void pointsOutsideTheDomainAreResampledNotReported() {
    Expr f = ExprParser.parse("ln(x) + sqrt(y - 1)");
    for (String v : List.of("x", "y")) {
      CheckReport report = CrossCheck.check(f, List.of(v), Differentiator.derivative(f, v), 5, 11);
      assertTrue(report.ok(), report.summary());
      assertEquals(5, report.points().size());
      for (double[] p : report.points()) assertTrue(p[0] > 0 && p[1] > 1);
    }
  }

  @Test
  void kinksArePassedOverAtAGivenPoint() {
    Expr relu = ExprParser.parse("relu(x)");
    Expr step = Differentiator.derivative(relu, "x");
    CheckReport atKink = CrossCheck.checkAt(relu, List.of("x"), step, Map.of("x", 0.0));
    assertTrue(atKink.ok());
    assertTrue(atKink.points().isEmpty(), "finite differences cannot witness a kink");
    assertTrue(CrossCheck.checkAt(relu, List.of("x"), step, Map.of("x", 1.5)).ok());
    assertFalse(CrossCheck.checkAt(relu, List.of("x"), ExprParser.parse("0"),
        Map.of("x", 1.5)).ok());
  }

  @Test
  void aFunctionWithNoRealPointIsSkipped() {
    Expr f = ExprParser.parse("sqrt(-1 - x^2)");
    CheckReport report = CrossCheck.check(f, List.of("x"), Differentiator.derivative(f, "x"), 5,
        1);
    assertTrue(report.ok());
    assertTrue(report.summary().startsWith("check: skipped"), report.summary());
  }

  /**
   * Issue 10: a constant on a domain edge ({@code acsc(1)}: the derivative of acsc is infinite
   * at 1) is not differentiated; forward mode used to report NaN and fail these right answers.
   */
  @Test
  void constantsOnADomainEdgeAreNotDifferentiated() {
    for (String text : List.of("x*acsc(1)", "x*acot(0)", "x + asech(1)", "x*asec(1)",
        "x*acosh(1) + x*asin(1)", "sqrt(x)*atanh(1/2)")) {
      Expr f = ExprParser.parse(text);
      CheckReport report = CrossCheck.check(f, List.of("x"), Differentiator.derivative(f, "x"),
          5, 1);
      assertTrue(report.ok(), text + ": " + report.summary());
      assertEquals(5, report.points().size(), text);
    }
  }

  @Test
  void forwardModeTreatsAConstantSubtreeAsItsValue() {
    Expr f = ExprParser.parse("x^2*acsc(1)");
    double d = ForwardMode.partial(f, List.of("x"), new double[] {3}, new int[] {1});
    assertEquals(6 * Math.PI / 2, d, 1e-12);
    double d2 = ForwardMode.partial(f, List.of("x"), new double[] {3}, new int[] {2});
    assertEquals(2 * Math.PI / 2, d2, 1e-12);
  }
}

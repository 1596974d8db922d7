package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.bench.SwellFamily;
import dev.leibniz.bench.Workloads;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printing with common subexpressions bound first: golden output, substitution, linear size. */
class CsePrinterTest {

  @Test
  void lectureDerivativeBindsTheSharedLogarithm() {
    Expr f = ExprParser.parse(Workloads.LECTURE);
    assertEquals("""
        t1 = ln(x)
        z*e^(x*z) + z/t1 - z/t1^2 + cos(t1)/(x^2*z) - sin(t1)/(x^2*z)""",
        CsePrinter.print(Differentiator.derivative(f, "x")));
  }

  @Test
  void bothLecturePartialsShareTheirBindings() {
    Expr f = ExprParser.parse(Workloads.LECTURE);
    CseForm form = CsePrinter.eliminate(
        List.of(Differentiator.derivative(f, "x"), Differentiator.derivative(f, "z")));
    assertEquals(List.of(
        "t1 = e^(x*z)",
        "t2 = ln(x)",
        "t3 = sin(t2)",
        "z*t1 + z/t2 - z/t2^2 + cos(t2)/(x^2*z) - t3/(x^2*z)",
        "x*t1 + x/t2 - t3/(x*z^2)"), form.lines());
  }

  @Test
  void nestedSinesAreBoundInsideOut() {
    Expr f = SwellFamily.F2.expr(4);
    assertEquals("""
        t1 = sin(x)
        t2 = sin(t1)
        cos(x)*cos(t1)*cos(t2)*cos(sin(t2))""",
        CsePrinter.print(Differentiator.derivative(f, "x")));
  }

  @Test
  void nothingSharedPrintsAsPlain() {
    Expr f = ExprParser.parse("x^2*sin(x) + cos(y)");
    CseForm form = CsePrinter.eliminate(List.of(f));
    assertTrue(form.bindings().isEmpty());
    assertEquals(PlainPrinter.print(f), form.toString());
  }

  @Test
  void smallWrappersAreNotBoundButTheirOperandsAre() {
    // -sin(x) and sin(x)^2 and 1/sin(x) are written around t1, never bound themselves.
    Expr f = ExprParser.parse("x - sin(x) + y*sin(x)^2 + z/sin(x) + x^2 + x^2*y");
    assertEquals("""
        t1 = sin(x)
        x^2*y + x^2 + x + z/t1 + y*t1^2 - t1""", CsePrinter.print(f));
  }

  @Test
  void aPowerOfAnExponentialFoldsIntoOneBinding() {
    // d/dx x/sqrt(e^x): (e^x)^(-1/2) is e^(-x/2), so one binding serves both terms.
    Expr d = Differentiator.derivative(ExprParser.parse("x/sqrt(e^x)"), "x");
    assertEquals("""
        t1 = e^(-x/2)
        t1 - x*t1/2""", CsePrinter.print(d));
    CseAssertions.substitutesBack(List.of(d));
  }

  @Test
  void bindingNamesAvoidTheExpressionsOwnVariables() {
    Expr f = ExprParser.parse("t1*sin(x) + cos(sin(x))");
    assertEquals("""
        u1 = sin(x)
        t1*u1 + cos(u1)""", CsePrinter.print(f));
  }

  @Test
  void bindingsAndResultsSubstituteBackToTheOriginal() {
    for (SwellFamily family : SwellFamily.values()) {
      Expr f = family.expr(5);
      List<Expr> derivatives = family.derivatives(f, 5);
      CseAssertions.substitutesBack(derivatives);
      CseAssertions.substitutesBack(List.of(f));
    }
  }

  @Test
  void printedSizeOfNestedSinesIsLinear() {
    assertLinear(SwellFamily.F2);
  }

  @Test
  void printedSizeOfTheNetworkGradientIsLinear() {
    assertLinear(SwellFamily.F4);
  }

  /**
   * Doubling n from 10 to 20 to 40 at most doubles the growth of the printed size (plus a
   * little for the longer names t10...), where the plain printing of F2 quadruples.
   */
  private static void assertLinear(SwellFamily family) {
    long[] sizes = new long[3];
    int[] ns = {10, 20, 40};
    for (int k = 0; k < 3; k++) {
      sizes[k] = CsePrinter.eliminate(family.derivatives(family.expr(ns[k]), ns[k])).length();
    }
    long first = sizes[1] - sizes[0];
    long second = sizes[2] - sizes[1];
    assertTrue(second <= 2.2 * first, family + " grows faster than linearly: "
        + java.util.Arrays.toString(sizes));
  }
}

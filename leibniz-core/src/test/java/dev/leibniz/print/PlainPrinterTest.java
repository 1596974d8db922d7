package dev.leibniz.print;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.difference;
import static dev.leibniz.expr.Expr.exp;
import static dev.leibniz.expr.Expr.negate;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.quotient;
import static dev.leibniz.expr.Expr.sqrt;
import static dev.leibniz.expr.Expr.sum;
import static dev.leibniz.expr.Expr.var;
import static dev.leibniz.expr.MathFunction.ABS;
import static dev.leibniz.expr.MathFunction.COS;
import static dev.leibniz.expr.MathFunction.LN;
import static dev.leibniz.expr.MathFunction.SIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Rational;
import org.junit.jupiter.api.Test;

/** Golden strings for the output language, one rule of {@link PlainPrinter} per test. */
class PlainPrinterTest {
  private static final Expr X = var("x");
  private static final Expr Y = var("y");
  private static final Expr Z = var("z");

  private static Expr q(long n, long d) {
    return num(Rational.of(n, d));
  }

  private static void prints(String expected, Expr e) {
    assertEquals(expected, PlainPrinter.print(e));
  }

  @Test
  void numbersPrintExactly() {
    prints("3", num(3));
    prints("-3", num(-3));
    prints("1/2", q(1, 2));
    prints("-1/2", q(-1, 2));
    prints("0", num(0));
  }

  @Test
  void namesAndConstants() {
    prints("x", X);
    prints("theta", var("theta"));
    prints("w_2", var("w_2"));
    prints("e", Constant.E);
    prints("pi", Constant.PI);
  }

  @Test
  void sumsHaveSpacesAroundTheirSigns() {
    prints("x + y", sum(X, Y));
    prints("x + 1", sum(X, num(1)));
    prints("x^2 + 3*x + 1", sum(power(X, 2), product(num(3), X), num(1)));
  }

  @Test
  void subtractionPrintsAsSubtraction() {
    prints("x - y", difference(X, Y));
    prints("x - 1", difference(X, num(1)));
    prints("x - 2*y", difference(X, product(num(2), Y)));
    prints("x - 1/2", difference(X, q(1, 2)));
    prints("-x - 1", sum(negate(X), num(-1)));
    prints("x - 1/x", difference(X, quotient(num(1), X)));
  }

  @Test
  void aLeadingNegativeTermCarriesItsMinus() {
    prints("-x", negate(X));
    prints("-x - y", sum(negate(X), negate(Y)));
    prints("-x/y", negate(quotient(X, Y)));
  }

  @Test
  void aSumOpensWithItsFirstPositiveTerm() {
    prints("y - x", sum(negate(X), Y));
    prints("1 - x^2", sum(num(1), negate(power(X, 2))));
    // Not a polynomial in one variable: the first positive term, then canonical order.
    prints("y - x^2 - x", sum(negate(power(X, 2)), negate(X), Y));
  }

  /** A polynomial in x whose highest term is negative and lowest is not reads upward. */
  @Test
  void aPolynomialOpeningWithItsLowestTermReadsUpward() {
    prints("1 - 4*x - x^2", sum(num(1), negate(power(X, 2)), product(num(-4), X)));
    prints("2 + 2*x - x^3", sum(product(num(2), X), negate(power(X, 3)), num(2)));
    prints("1/2 + x - 3*x^2/2", sum(q(1, 2), X, product(q(-3, 2), power(X, 2))));
    // The lowest term negative too: highest degree first, as a sum opening with a minus.
    prints("-x^2 - 4*x - 1", sum(num(-1), negate(power(X, 2)), product(num(-4), X)));
    // The highest term positive: highest degree first.
    prints("x^2 - 4*x - 1", sum(num(-1), power(X, 2), product(num(-4), X)));
  }

  @Test
  void productsUseExplicitStars() {
    prints("x*y", product(X, Y));
    prints("2*x", product(num(2), X));
    prints("-3*x*y", product(num(-3), X, Y));
    prints("pi*x", product(Constant.PI, X));
  }

  @Test
  void negativeExponentsPrintAsDivision() {
    prints("x/y", quotient(X, Y));
    prints("1/x", quotient(num(1), X));
    prints("1/x^2", power(X, -2));
    prints("x/y^2", quotient(X, power(Y, 2)));
    prints("1/ln(x)^2", power(call(LN, X), -2));
  }

  @Test
  void rationalCoefficientsSplitAcrossTheFraction() {
    prints("-3*x/(2*y)", quotient(product(num(-3), X), product(num(2), Y)));
    prints("x/2", product(q(1, 2), X));
    prints("-x/2", product(q(-1, 2), X));
    prints("1/(2*x)", quotient(num(1), product(num(2), X)));
    prints("2/x", quotient(num(2), X));
    prints("-1/(3*x)", quotient(num(-1), product(num(3), X)));
  }

  @Test
  void denominatorsWithSeveralFactorsAreParenthesized() {
    prints("cos(ln(x))/(x^2*z)", quotient(call(COS, call(LN, X)), product(power(X, 2), Z)));
    prints("-x/(y*z)", quotient(negate(X), product(Y, Z)));
    prints("x/(y*(x + 1))", quotient(X, product(sum(X, num(1)), Y)));
    prints("1/(x + 1)", quotient(num(1), sum(X, num(1))));
  }

  @Test
  void aNumberAndOneSumBelowTheLineDivideTwice() {
    prints("x/2/(x - y)", quotient(product(q(1, 2), X), difference(X, Y)));
    prints("1/2/(x + 1)", product(q(1, 2), power(sum(X, num(1)), -1)));
    prints("1/(2*(x + 1)^2)", product(q(1, 2), power(sum(X, num(1)), -2)));
    prints("3*(x + 1)/y", product(num(3), sum(X, num(1)), power(Y, -1)));
  }

  @Test
  void squareRoots() {
    prints("sqrt(x)", sqrt(X));
    prints("1/sqrt(x)", power(X, q(-1, 2)));
    prints("y/sqrt(x)", quotient(Y, sqrt(X)));
    prints("sqrt(x*y)", sqrt(product(X, Y)));
    prints("sqrt(-x)", sqrt(negate(X)));
    prints("sqrt(2)", sqrt(num(2)));
    prints("1/sqrt(2)", power(num(2), q(-1, 2)));
    prints("3/sqrt(2)", quotient(num(3), sqrt(num(2))));
  }

  @Test
  void otherRationalExponentsAreParenthesized() {
    prints("x^(3/2)", power(X, q(3, 2)));
    prints("1/x^(3/2)", power(X, q(-3, 2)));
    prints("(x*y)^(3/2)", power(product(X, Y), q(3, 2)));
    // Not real, so no constructor builds it (issue 10); the raw node still prints.
    prints("(-8)^(1/3)", new Power(num(-8), q(1, 3)));
  }

  @Test
  void exponentials() {
    prints("e^x", exp(X));
    prints("e^(x*z)", exp(product(X, Z)));
    prints("e^(-x)", exp(negate(X)));
    prints("e^(x + 1)", exp(sum(X, num(1))));
    prints("e^sin(x)", exp(call(SIN, X)));
    prints("1/e", exp(num(-1)));
    prints("sqrt(e)", exp(q(1, 2)));
    prints("z*e^(x*z)", product(Z, exp(product(X, Z))));
  }

  @Test
  void basesThatAreNotPrimaryAreParenthesized() {
    prints("(-2)^x", power(num(-2), X));
    prints("(1/2)^x", power(q(1, 2), X));
    prints("(x + 1)^2", power(sum(X, num(1)), 2));
    prints("(x^y)^z", power(power(X, Y), Z));
    prints("(1/x)^y", power(quotient(num(1), X), Y));
    prints("sqrt(x)^y", power(sqrt(X), Y));
    prints("2^x", power(num(2), X));
  }

  @Test
  void exponentsThatAreNotPrimaryAreParenthesized() {
    prints("x^(a + b)", power(X, sum(var("a"), var("b"))));
    prints("x^(y^z)", power(X, power(Y, Z)));
    prints("x^(1/y)", power(X, quotient(num(1), Y)));
    prints("x^sqrt(y)", power(X, sqrt(Y)));
    prints("x^y", power(X, Y));
  }

  @Test
  void powersOfZeroKeepTheirExponent() {
    // A division by zero, so no constructor builds them (issue 10); the raw nodes still print.
    prints("0^(-2)", new Power(num(0), num(-2)));
    prints("0^(-1)", new Power(num(0), num(-1)));
  }

  @Test
  void functions() {
    prints("sin(x)", call(SIN, X));
    prints("ln(x)", call(LN, X));
    prints("ln(x*y)", call(LN, product(X, Y)));
    prints("abs(x - 1)", call(ABS, difference(X, num(1))));
    prints("x*(x + 1)", product(X, sum(X, num(1))));
  }

  @Test
  void theLectureDerivative() {
    Expr lnx = call(LN, X);
    Expr f = sum(
        product(Z, exp(product(X, Z))),
        quotient(Z, lnx),
        negate(quotient(Z, power(lnx, 2))),
        quotient(call(COS, lnx), product(power(X, 2), Z)),
        negate(quotient(call(SIN, lnx), product(power(X, 2), Z))));
    String printed = PlainPrinter.print(f);
    String[] terms = printed.replace(" - ", " + -").split(" \\+ ");
    java.util.Arrays.sort(terms);
    assertEquals("[-sin(ln(x))/(x^2*z), -z/ln(x)^2, cos(ln(x))/(x^2*z), z*e^(x*z), z/ln(x)]",
        java.util.Arrays.toString(terms), printed);
  }

  @Test
  void deepTreesPrintWithoutOverflowingTheStack() {
    Expr e = X;
    for (int i = 0; i < 1000; i++) e = i % 2 == 0 ? call(SIN, e) : sum(e, num(1));
    String printed = PlainPrinter.print(e);
    assertTrue(printed.startsWith("sin(sin("), printed.substring(0, 20));
  }
}

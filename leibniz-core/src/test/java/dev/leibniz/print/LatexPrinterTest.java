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
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden strings for {@link LatexPrinter}. */
class LatexPrinterTest {
  private static final Expr X = var("x");
  private static final Expr Y = var("y");
  private static final Expr Z = var("z");

  private static void prints(String expected, Expr e) {
    assertEquals(expected, LatexPrinter.print(e));
  }

  /**
   * A sum opening with a negative term is written from its first positive one, in LaTeX as in
   * plain text: the two list the terms in the same order (they used to differ: -x^{2} + 1).
   */
  @Test
  void termsComeInThePlainPrintersOrder() {
    Expr oneMinusXSquared = difference(num(1), power(X, 2));
    assertEquals("1 - x^2", PlainPrinter.print(oneMinusXSquared));
    prints("1 - x^{2}", oneMinusXSquared);
    Expr mixed = sum(negate(product(num(3), X)), Y, negate(Z));
    assertEquals("y - 3*x - z", PlainPrinter.print(mixed));
    prints("y - 3 x - z", mixed);
    Expr allNegative = sum(negate(X), negate(Y));
    assertEquals("-x - y", PlainPrinter.print(allNegative));
    prints("-x - y", allNegative);
  }

  @Test
  void quotientsAreFractions() {
    prints("\\frac{z}{\\ln\\left(x\\right)}", quotient(Z, call(MathFunction.LN, X)));
    prints("-\\frac{3 x}{2 y}", quotient(product(num(-3), X), product(num(2), Y)));
    prints("\\frac{1}{x^{2}}", power(X, -2));
    prints("\\frac{1}{x + 1}", quotient(num(1), sum(X, num(1))));
    prints("\\frac{x + 1}{x}", quotient(sum(X, num(1)), X));
    prints("\\frac{x}{y \\left(x + 1\\right)}", quotient(X, product(Y, sum(X, num(1)))));
  }

  @Test
  void numbers() {
    prints("\\frac{1}{2}", num(Rational.of(1, 2)));
    prints("-\\frac{1}{2}", num(Rational.of(-1, 2)));
    prints("-3", num(-3));
  }

  @Test
  void productsAreJuxtaposed() {
    prints("2 x", product(num(2), X));
    prints("x z", product(X, Z));
    prints("2 \\cdot 3^{x}", product(num(2), power(num(3), X)));
    prints("x \\left(x + 1\\right)", product(X, sum(X, num(1))));
    prints("\\pi x", product(Constant.PI, X));
  }

  @Test
  void powersAndRoots() {
    prints("e^{x z}", exp(product(X, Z)));
    prints("e^{-x}", exp(negate(X)));
    prints("\\sqrt{x}", sqrt(X));
    prints("\\frac{1}{\\sqrt{x}}", power(X, num(Rational.of(-1, 2))));
    prints("x^{\\frac{3}{2}}", power(X, num(Rational.of(3, 2))));
    prints("\\left(x + 1\\right)^{2}", power(sum(X, num(1)), 2));
    prints("\\left(-2\\right)^{x}", power(num(-2), X));
    prints("\\sin\\left(x\\right)^{2}", power(call(MathFunction.SIN, X), 2));
  }

  @Test
  void sums() {
    prints("x - y", difference(X, Y));
    prints("x^{2} + 3 x + 1", sum(power(X, 2), product(num(3), X), num(1)));
  }

  @Test
  void functions() {
    prints("\\sin\\left(x\\right)", call(MathFunction.SIN, X));
    prints("\\left|x\\right|", call(MathFunction.ABS, X));
    prints("\\sqrt[3]{x}", call(MathFunction.CBRT, X));
    prints("\\operatorname{arsinh}\\left(x\\right)", call(MathFunction.ASINH, X));
    prints("\\log_{10}\\left(x\\right)", call(MathFunction.LOG10, X));
  }

  @Test
  void variableNames() {
    prints("\\pi", Constant.PI);
    prints("\\theta", var("theta"));
    prints("\\Omega", var("Omega"));
    prints("w_{2}", var("w_2"));
    prints("W_{12}", var("W_12"));
    prints("x_{1}", var("x1"));
    prints("\\alpha_{3}", var("alpha3"));
  }

  @Test
  void treesThatAreNotCanonicalStillPrint() {
    prints("x \\left(-2\\right)", new Product(List.of(X, Num.of(-2))));
    prints("\\left(x + y\\right) + z", new Sum(List.of(new Sum(List.of(X, Y)), Z)));
    prints("x^{0}", new Power(X, Num.ZERO));
  }
}

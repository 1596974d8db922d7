package dev.leibniz.parse;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.difference;
import static dev.leibniz.expr.Expr.exp;
import static dev.leibniz.expr.Expr.negate;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.quotient;
import static dev.leibniz.expr.Expr.sum;
import static dev.leibniz.expr.Expr.var;
import static dev.leibniz.expr.MathFunction.ASIN;
import static dev.leibniz.expr.MathFunction.GAMMA;
import static dev.leibniz.expr.MathFunction.LN;
import static dev.leibniz.expr.MathFunction.SIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every row of LANGUAGE.md's input table and its fine points, each input compared with a tree
 * built by the smart constructors or with the parse of an explicit spelling.
 */
class ParserTest {
  private static final Expr X = var("x");
  private static final Expr Y = var("y");
  private static final Expr Z = var("z");
  private static final Expr A = var("a");
  private static final Expr B = var("b");
  private static final Expr C = var("c");
  private static final Expr T = var("t");
  private static final String SEED = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";

  private static Expr q(long n, long d) {
    return num(Rational.of(n, d));
  }

  private static void parsesTo(Expr expected, String input) {
    assertEquals(expected, ExprParser.parse(input), input);
  }

  private static void parsesLike(String explicit, String input) {
    assertEquals(ExprParser.parse(explicit), ExprParser.parse(input), input + " vs " + explicit);
  }

  @Test
  void integersAreExactConstants() {
    parsesTo(num(3), "3");
    parsesTo(num(0), "0");
    parsesTo(num(Rational.of(new BigInteger("123456789012345678901234567890"), BigInteger.ONE)),
        "123456789012345678901234567890");
  }

  @Test
  void decimalsAreExactRationalsNotDoubles() {
    parsesTo(q(5, 2), "2.5");
    parsesTo(q(1, 2), ".5");
    parsesTo(q(1, 10), "0.1");
  }

  @Test
  void scientificNotationIsExact() {
    parsesTo(q(1, 1000), "1e-3");
    parsesTo(num(Rational.of(new BigInteger("602000000000000000000000"), BigInteger.ONE)),
        "6.02E23");
    parsesTo(num(150), "1.5e+2");
  }

  @Test
  void aNumbersExponentNeedsDigitsElseItIsEulersNumber() {
    parsesTo(q(1, 500), "2e-3");
    parsesTo(num(200000), "2E5");
    parsesTo(product(num(2), Constant.E), "2e");
    parsesTo(product(num(2), exp(X)), "2e^x");
  }

  @Test
  void variablesAreLettersWithDigitsOrSubscripts() {
    parsesTo(X, "x");
    parsesTo(Z, "z");
    parsesTo(var("x1"), "x1");
    parsesTo(var("w_2"), "w_2");
    parsesTo(var("W_12"), "W_12");
  }

  @Test
  void greekNamesAndLettersAreVariablesStoredByName() {
    parsesTo(var("theta"), "theta");
    parsesTo(var("alpha"), "alpha");
    parsesTo(var("theta"), "θ");
    parsesTo(var("xi"), "xi");
  }

  @Test
  void gammaIsAFunctionNotAGreekVariable() {
    parsesTo(call(GAMMA, X), "gamma(x)");
  }

  @Test
  void eAndPiAreConstants() {
    parsesTo(Constant.E, "e");
    parsesTo(Constant.PI, "pi");
    parsesTo(Constant.PI, "π");
  }

  @Test
  void sumsAndDifferences() {
    parsesTo(sum(A, B), "a+b");
    parsesTo(difference(A, B), "a-b");
  }

  @Test
  void juxtapositionIsMultiplication() {
    parsesTo(product(A, B), "a*b");
    parsesTo(product(A, B), "a b");
    parsesTo(product(num(2), X), "2x");
    parsesTo(product(X, Z), "xz");
    parsesLike("x*z", "xz");
    parsesTo(product(X, sum(X, num(1))), "x(x+1)");
    parsesTo(product(sum(X, num(1)), difference(X, num(1))), "(x+1)(x-1)");
    parsesTo(product(num(2), call(SIN, X)), "2sin(x)");
  }

  @Test
  void letterRunsSplitTakingTheLongestReservedNameFirst() {
    parsesTo(product(X, call(SIN, X)), "xsin(x)");
    parsesTo(product(Constant.E, X), "ex");
    parsesTo(product(var("psi"), var("n"), X), "psin(x)");
    parsesLike("x*i", "x i");
  }

  @Test
  void aLetterRunSplitsIntoFactorsBeforePrecedenceApplies() {
    parsesLike("x*y^2", "xy^2");
    parsesLike("a/b*c", "a/bc");
    parsesLike("x^y*z", "x^yz");
    parsesLike("e*x^2", "ex^2");
    parsesLike("x*sin(x)^2", "xsin(x)^2");
    parsesLike("1/x*sin(x)", "1/xsin(x)");
  }

  @Test
  void productsAndQuotientsShareOnePrecedenceLeftToRight() {
    parsesTo(quotient(A, B), "a/b");
    parsesTo(product(q(1, 2), X), "1/2x");
    parsesTo(quotient(product(X, Z), call(LN, X)), "xz/ln(x)");
    parsesLike("(a/b)*c", "a/b*c");
    parsesLike("(a/b)/c", "a/b/c");
    parsesTo(product(quotient(A, B), C), "a/b c");
  }

  @Test
  void powersAreRightAssociative() {
    parsesTo(num(512), "2^3^2");
    parsesTo(power(X, power(Y, Z)), "x^y^z");
  }

  @Test
  void powersBindTighterThanUnaryMinus() {
    parsesTo(negate(power(X, num(2))), "-x^2");
    parsesTo(num(-4), "-2^2");
  }

  @Test
  void aSignMayOpenAnExponent() {
    parsesTo(power(X, num(-2)), "x^-2");
    parsesTo(power(X, negate(Y)), "x^-y");
    parsesTo(power(X, num(2)), "x^+2");
  }

  @Test
  void doubleStarIsPower() {
    parsesTo(power(X, num(2)), "x**2");
    parsesTo(power(X, num(-2)), "x**-2");
  }

  @Test
  void unaryMinusAndPlus() {
    parsesTo(negate(X), "-x");
    parsesTo(X, "+x");
    parsesTo(product(X, negate(Y)), "x*-y");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(x+y)z", "<x+y>z", "[x+y]z", "{x+y}z"})
  void allFourBracketsGroup(String input) {
    parsesTo(product(sum(X, Y), Z), input);
  }

  @Test
  void angleBracketsGroupAnExponent() {
    parsesTo(exp(product(X, Z)), "e^<xz>");
    parsesLike("e^(x*z)", "e^<xz>");
  }

  @Test
  void functionCallsTakeAnyGroup() {
    parsesTo(call(SIN, X), "sin(x)");
    parsesTo(call(LN, X), "ln<x>");
    parsesTo(call(SIN, X), "sin[x]");
    parsesTo(call(SIN, X), "sin{x}");
  }

  @Test
  void logWithTwoArgumentsTakesTheBaseFirst() {
    parsesTo(quotient(call(LN, X), call(LN, num(2))), "log(2, x)");
  }

  @Test
  void logWithOneArgumentIsNatural() {
    parsesTo(call(LN, X), "log(x)");
  }

  @Test
  void expIsAPowerOfE() {
    parsesTo(exp(var("u")), "exp(u)");
    parsesLike("e^u", "exp(u)");
  }

  @Test
  void sqrtIsThePowerOneHalf() {
    parsesTo(power(X, Num.HALF), "sqrt(x)");
  }

  @Test
  void arcSpellingsNameTheInverseFunctions() {
    parsesTo(call(ASIN, X), "arcsin(x)");
    parsesLike("asin(x)", "arcsin(x)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sin", "cos", "tan", "cot", "sec", "csc",
      "asin", "acos", "atan", "acot", "asec", "acsc",
      "arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc",
      "sinh", "cosh", "tanh", "coth", "sech", "csch",
      "asinh", "acosh", "atanh", "acoth", "asech", "acsch",
      "arcsinh", "arccosh", "arctanh", "arccoth", "arcsech", "arccsch",
      "ln", "log", "log10", "log2", "cbrt", "abs", "sign", "sigmoid", "relu", "softplus",
      "erf", "gamma", "digamma"})
  void everyReservedFunctionNameInLanguageMdParsesAsACall(String name) {
    Call c = assertInstanceOf(Call.class, ExprParser.parse(name + "(t)"), name);
    assertEquals(T, c.argument(), name);
  }

  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void everyFunctionOfTheTableParsesByEachOfItsNames(MathFunction f) {
    parsesTo(call(f, T), f.canonicalName() + "(t)");
    for (String alias : f.aliases()) parsesTo(call(f, T), alias + "(t)");
  }

  @Test
  void theSeedExampleParsesAsItsExplicitSpelling() {
    parsesLike("e^(x*z) + (x*z)/ln(x) + sin(ln(x))/(x*z)", SEED);
    Expr xz = product(X, Z);
    parsesTo(sum(exp(xz), quotient(xz, call(LN, X)), quotient(call(SIN, call(LN, X)), xz)),
        SEED);
  }

  @Test
  void theSeedExampleEvaluatesAtTwoAndThree() {
    double value = Evaluator.evaluate(ExprParser.parse(SEED), Map.of("x", 2.0, "z", 3.0));
    double expected = 412.19145728412116;
    assertEquals(expected, value, 1e-12 * expected);
  }

  /**
   * A product reads to one canonical form whatever the order of its factors, also where two of
   * them merge into a sum or a number on the way ({@code e^a*e^(ln(x+1)-a)} is x + 1,
   * {@code sqrt(2)*sqrt(2)} is 2), which a number times a lone sum would then distribute.
   */
  @ParameterizedTest
  @ValueSource(strings = {"e^a*e^(ln(x+1)-a)*sqrt(2)*sqrt(2)*y",
      "sqrt(2)*sqrt(2)*e^a*e^(ln(x+1)-a)*y", "y*e^a*e^(ln(x+1)-a)*sqrt(2)*sqrt(2)", "sqrt(2)*e^a*y*e^(ln(x+1)-a)*sqrt(2)",
      "e^(ln(x+1)-a)*sqrt(2)*y*sqrt(2)*e^a"})
  void productsReadTheSameInAnyOrder(String text) {
    Expr expected = product(num(2), Y, sum(X, num(1)));
    assertEquals(expected, ExprParser.parse(text), text);
    assertEquals("2*y*(x + 1)", dev.leibniz.print.PlainPrinter.print(ExprParser.parse(text)));
  }
}

package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The literal tree: the input as written, built with the raw constructors. */
class LiteralParserTest {
  private static final Expr X = new Var("x");
  private static final Expr Y = new Var("y");

  private static Expr literal(String text) {
    return LiteralParser.parse(text, Map.of());
  }

  private static Expr inverse(Expr e) {
    return new Power(e, Num.MINUS_ONE);
  }

  private static Expr negative(Expr e) {
    return new Product(List.of(Num.MINUS_ONE, e));
  }

  @Test
  void eachOperationIsKeptAsWritten() {
    assertEquals(new Product(List.of(X, inverse(X))), literal("x/x"));
    assertEquals(new Sum(List.of(X, negative(X))), literal("x - x"));
    assertEquals(new Power(new Power(X, Num.HALF), Num.TWO), literal("sqrt(x)^2"));
    assertEquals(new Power(Constant.E, new Call(MathFunction.LN, X)), literal("e^ln(x)"));
    assertEquals(new Product(List.of(new Call(MathFunction.LN, X),
        inverse(new Call(MathFunction.LN, X)))), literal("log(x, x)"));
    assertEquals(new Product(List.of(Num.ZERO, new Call(MathFunction.ASIN, X))),
        literal("0*asin(x)"));
    assertEquals(negative(new Power(X, Num.TWO)), literal("-x^2"));
    assertEquals(new Product(List.of(X, Y)), literal("xy"));
    assertEquals(new Product(List.of(Num.TWO, new Call(MathFunction.SIN, X))),
        literal("2sin(x)"));
  }

  @Test
  void numbersAloneAreFoldedExactly() {
    assertEquals(new Power(X, Expr.num(dev.leibniz.expr.Rational.of(1, 3))), literal("x^(1/3)"));
    assertEquals(new Power(X, Expr.num(-2)), literal("x^-2"));
    assertEquals(new Product(List.of(Num.HALF, X)), literal("1/2x"));
  }

  @Test
  void scalarReductionsKeepTheirArguments() {
    assertEquals(inverse(X), literal("inv(x)"));
    assertEquals(new Call(MathFunction.ABS, X), literal("norm2(x)"));
    Expr softmax = literal("softmax(ln(x))");
    assertEquals(1.0, Evaluator.evaluate(softmax, Map.of("x", 2.0)));
    assertTrue(Double.isNaN(Evaluator.evaluate(softmax, Map.of("x", -2.0))));
  }

  @Test
  void replacementsTakeTheirVariablesPlaces() {
    assertEquals(new Product(List.of(Num.TWO, new Power(Y, Num.HALF))),
        LiteralParser.parse("2v_1", Map.of("v_1", new Power(Y, Num.HALF))));
  }

  /** Text, point, why the literal tree is undefined there (empty: it is defined). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "x/x               | 0  | division by zero at x = 0",
      "sqrt(x)^2         | -4 | sqrt(x) undefined at x = -4",
      "ln(x) - ln(x)     | -1 | ln undefined at x = -1",
      "0*asin(x)         | 5  | asin undefined at x = 5",
      "e^ln(x)           | -2 | ln undefined at x = -2",
      "log(x, x)         | 1  | division by zero at x = 1",
      "sqrt(x)^2         | 4  | ''",
      "e^x/e^x           | 1000 | ''"})
  void undefinedAsWritten(String text, double x, String why) {
    Optional<String> reason = Evaluator.explainOutsideDomain(literal(text), Map.of("x", x));
    assertEquals(why, reason.orElse(""));
  }

  @Test
  void anOverflowIsNoDomain() {
    Expr e = literal("e^x/e^x");
    assertFalse(Double.isFinite(Evaluator.evaluate(e, Map.of("x", 1000.0))));
    assertEquals("e^x overflows at x = 1000",
        Evaluator.explainUndefined(e, Map.of("x", 1000.0)).orElse(""));
  }
}

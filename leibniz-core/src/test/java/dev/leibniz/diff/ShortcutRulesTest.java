package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differentiator's shortcuts give what the general rules give: the chain rule by
 * {@code u' = 1} without the product, the row's own call reused ({@code tanh(u)' = 1 -
 * tanh(u)^2}), {@code ln(e) = 1} in the exponential rule, the predecessors of the commonest
 * exponents, and two numbers of the power and quotient rules multiplied before the product.
 * Each derivative is checked by its string and against finite differences.
 */
class ShortcutRulesTest {
  private static final List<Double> POINTS = List.of(0.3, 0.7, 1.9);

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "tanh(x)          | 1 - tanh(x)^2",
      "sec(3*x)         | 3*sec(3*x)*tan(3*x)",
      "ln(x)            | 1/x",
      "sigmoid(x^2)     | 2*x*sigmoid(x^2)*(1 - sigmoid(x^2))",
      "e^(x^2)          | 2*x*e^(x^2)",
      "e^x              | e^x",
      "2^x              | 2^x*ln(2)",
      "1/(x^2+1)        | -2*x/(x^2 + 1)^2",
      "sqrt(x^3+1)      | 3*x^2/(2*sqrt(x^3 + 1))",
      "(x^2+1)^2        | 4*x*(x^2 + 1)",
      "(x+1)^(-1/2)     | -1/(2*(x + 1)^(3/2))",
      "(x+1)^(5/2)      | 5*(x + 1)^(3/2)/2",
      "(3*x+1)^2        | 18*x + 6",
      "(x/2+1)^2        | x/2 + 1",
      "1/(2*x+1)        | -2/(2*x + 1)^2",
      "1/(x/3+y)        | -1/(3*(x/3 + y)^2)",
      "(2*x)^3          | 24*x^2"})
  void shortcutsGiveTheRulesDerivative(String text, String expected) {
    Expr f = ExprParser.parse(text);
    Expr derivative = Differentiator.derivative(f, "x");
    assertEquals(expected, PlainPrinter.print(derivative));
    for (double x : POINTS) {
      Map<String, Double> point = Map.of("x", x, "y", 0.4);
      double exact = Evaluator.evaluate(derivative, point);
      double estimate = NumericDifferentiator.derivative(f, "x", point);
      assertTrue(NumericDifferentiator.agree(estimate, exact),
          text + " at " + x + ": " + exact + " vs " + estimate);
    }
  }

  /** The chain rule's product built in full, {@code f'(u)*u'}, is the tree the shortcut gives. */
  @ParameterizedTest
  @ValueSource(strings = {"tanh(x)", "sin(x)", "ln(x)", "sec(x)", "sigmoid(x)", "tanh(2*x)",
      "csc(x^2)", "cos(sin(x))"})
  void chainRuleAsTheGeneralProduct(String text) {
    Call c = (Call) ExprParser.parse(text);
    Expr general = Expr.product(CheatSheet.derivative(c.function(), c.argument()),
        Differentiator.derivative(c.argument(), "x"));
    assertEquals(general, Differentiator.derivative(c, "x"));
  }

  /** Every row instantiated for a call, canonical or raw, is the row instantiated for u. */
  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void rowAtACallIsTheRowAtItsArgument(MathFunction f) {
    if (!f.hasDerivative()) return;
    for (String argument : List.of("x", "2*x + 1", "x^3", "ln(x)")) {
      Expr u = ExprParser.parse(argument);
      Expr expected = CheatSheet.derivative(f, u);
      if (Expr.call(f, u) instanceof Call canonical) {
        assertEquals(expected, CheatSheet.derivativeAt(canonical), f + " at " + argument);
      }
      assertEquals(expected, CheatSheet.derivativeAt(new Call(f, u)), f + " raw at " + argument);
    }
  }

  @ParameterizedTest
  @CsvSource({"-1, -2", "1/2, -1/2", "2, 1", "-1/2, -3/2", "3, 2", "0, -1", "1, 0",
      "5/3, 2/3", "9223372036854775807, 9223372036854775806"})
  void predecessorOfANumber(String n, String expected) {
    Expr k = ExprParser.parse(n);
    Expr predecessor = Shortcuts.minusOne(k);
    assertEquals(expected, PlainPrinter.print(predecessor));
    assertEquals(Num.of(((Num) k).value().add(Rational.MINUS_ONE)), predecessor);
  }
}

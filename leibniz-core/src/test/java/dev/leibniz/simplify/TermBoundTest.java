package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.parse.ExprParser;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound of {@link TermBound} never prunes a rational form that could win: with any
 * ceiling k, every form of at most k operations is still built. Where generators can meet when
 * written out, there is no bound and nothing is pruned.
 */
class TermBoundTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "x/(x + 1)", "1/(x + 1) - x/(x + 1)^2", "(x^2 - 1)/(x - 1) + y/x",
      "3*x^2*y/(x*y + 2) - x*sqrt(z)/(y - 1)", "sin(x)/(x^2 + 2*x + 1) + ln(x)*x/(x + 1)",
      "(x + 1)^3/(x^2*y) - 2/(y*x)", "tan(x)^2/(tan(x) + 1) - 1/(1 + tan(x))",
      "x^(1/3)/(x^(2/3) + 1) - 1/(y + 2)", "-4*x*y^2/(1 - x^2) + 2*y/(x - 1)",
  })
  void everyFormWithinTheCeilingIsStillBuilt(String input) {
    Expr e = Simplifier.simplify(ExprParser.parse(input));
    List<Expr> all = RationalForms.of(e);
    assertFalse(all.isEmpty(), "no rational forms of " + input);
    int longest = 0;
    for (Expr form : all) longest = Math.max(longest, OperationCount.of(form));
    int pruned = 0;
    for (int ceiling = 0; ceiling <= longest; ceiling++) {
      int k = ceiling;
      List<Expr> kept = RationalForms.of(e, () -> k);
      for (Expr form : all) {
        if (OperationCount.of(form) <= k) {
          assertTrue(kept.contains(form), input + ": " + form + " pruned at ceiling " + k);
        }
      }
      pruned += all.size() - kept.size();
    }
    assertTrue(pruned > 0, "the bound pruned nothing for " + input);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "x/(x + 1) + y                              | true",
      "sqrt(x)/(y + 1) + ln(y)                    | true",
      "sqrt(x)/(x + 1) + ln(y)                    | false",
      "sqrt(2)/(x + 1) + x                        | false",
      "e^x/(e^y + 1) + x                          | false",
      "sin(x)/(cos(x) + 1) + x                    | false",
      "sin(x)/(cos(y) + 1) + x                    | true",
      "sqrt(x)/(x^(1/3) + 1) + y                  | false",
      "abs(x)/(x + 1) + y                         | false",
  })
  void boundsOnlyWhereWrittenOutTermsStayApart(String input, boolean holds) {
    Expr e = Simplifier.simplify(ExprParser.parse(input));
    assertEquals(holds, RationalForm.of(e).termsStayApart(), input);
  }

  @ParameterizedTest(name = "d/dx {0}")
  @ValueSource(strings = {"x/(x + 1)", "ln(x + sqrt(x^2 + 1))", "x^2*y/(x*y + 2)"})
  void derivativesSimplifyAsBefore(String input) {
    // The pruning only drops forms that cannot win: the unpruned search picks the same form.
    Expr d = Simplifier.simplify(Differentiator.derivative(ExprParser.parse(input), "x"));
    Expr viaBound = FullSimplifier.simplify(d);
    List<Expr> all = RationalForms.of(d);
    for (Expr form : all) {
      assertTrue(OperationCount.of(viaBound) <= OperationCount.of(form), form.toString());
    }
  }
}

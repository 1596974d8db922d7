package dev.leibniz.print;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CsePrinter} over random canonical trees and their derivatives, which share more; one
 * case per seed of {@link ExprGenerator}.
 */
class CsePrinterProperties {

  static LongStream fiveHundredSeeds() {
    return ExprGenerator.seeds(500);
  }

  static LongStream threeHundredSeeds() {
    return ExprGenerator.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fiveHundredSeeds")
  void substitutingTheBindingsBackGivesTheExpression(long seed) {
    substitutesBack(List.of(new ExprGenerator(seed).expression()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("threeHundredSeeds")
  void substitutingBackGivesTheExpressionAndItsDerivatives(long seed) {
    Expr e = new ExprGenerator(seed).expression();
    List<Expr> outputs;
    try {
      outputs = List.of(e, Differentiator.derivative(e, "x"), Differentiator.derivative(e, "y"));
    } catch (LeibnizException noDerivative) {
      outputs = List.of(e);
    }
    substitutesBack(outputs);
  }

  /** {@link CseAssertions#substitutesBack}, its failure naming the expressions it was given. */
  private static void substitutesBack(List<Expr> outputs) {
    try {
      CseAssertions.substitutesBack(outputs);
    } catch (AssertionError e) {
      List<String> printed = outputs.stream().map(PlainPrinter::print).toList();
      throw new AssertionError("CSE of " + printed + ": " + e.getMessage(), e);
    }
  }
}

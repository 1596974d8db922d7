package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.parse.ExprParser;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of both printers over random canonical trees, one case per seed of
 * {@link ExprGenerator}.
 */
class PrinterProperties {

  static LongStream twoThousandSeeds() {
    return ExprGenerator.seeds(2000);
  }

  static LongStream tenThousandSeeds() {
    return ExprGenerator.seeds(10_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoThousandSeeds")
  void plainPrintingNeverThrows(long seed) {
    Expr e = new ExprGenerator(seed).expression();
    assertFalse(PlainPrinter.print(e).isEmpty(), () -> "empty plain form of " + e);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoThousandSeeds")
  void latexPrintingNeverThrows(long seed) {
    Expr e = new ExprGenerator(seed).expression();
    assertFalse(LatexPrinter.print(e).isEmpty(), () -> "empty LaTeX of " + PlainPrinter.print(e));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("tenThousandSeeds")
  void parsingThePrintedFormGivesBackTheTree(long seed) {
    Expr e = new ExprGenerator(seed).expression();
    String printed = PlainPrinter.print(e);
    assertEquals(e, ExprParser.parse(printed), printed);
  }
}

package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprArbitraries;
import dev.leibniz.parse.ExprParser;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of both printers over random canonical trees. */
class PrinterProperties {

  @Provide
  Arbitrary<Expr> expressions() {
    return ExprArbitraries.expressions();
  }

  @Property(tries = 2000, seed = "20261123")
  void plainPrintingNeverThrows(@ForAll("expressions") Expr e) {
    assertFalse(PlainPrinter.print(e).isEmpty());
  }

  @Property(tries = 2000, seed = "20261123")
  void latexPrintingNeverThrows(@ForAll("expressions") Expr e) {
    assertFalse(LatexPrinter.print(e).isEmpty());
  }

  @Property(tries = 10000, seed = "20261123")
  void parsingThePrintedFormGivesBackTheTree(@ForAll("expressions") Expr e) {
    String printed = PlainPrinter.print(e);
    assertEquals(e, ExprParser.parse(printed), printed);
  }
}

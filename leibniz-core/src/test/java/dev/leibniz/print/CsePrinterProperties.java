package dev.leibniz.print;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link CsePrinter} over random canonical trees and their derivatives, which share more. */
class CsePrinterProperties {

  @Provide
  Arbitrary<Expr> expressions() {
    return ExprArbitraries.expressions();
  }

  @Property(tries = 500, seed = "20261123")
  void substitutingTheBindingsBackGivesTheExpression(@ForAll("expressions") Expr e) {
    CseAssertions.substitutesBack(List.of(e));
  }

  @Property(tries = 300, seed = "20261123")
  void substitutingBackGivesTheExpressionAndItsDerivatives(@ForAll("expressions") Expr e) {
    List<Expr> outputs;
    try {
      outputs = List.of(e, Differentiator.derivative(e, "x"), Differentiator.derivative(e, "y"));
    } catch (LeibnizException noDerivative) {
      outputs = List.of(e);
    }
    CseAssertions.substitutesBack(outputs);
  }
}

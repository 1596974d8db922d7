package dev.leibniz.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The promise of {@link CsePrinter}: read back and substituted, its output is the input. */
final class CseAssertions {
  private CseAssertions() {}

  /**
   * Parses every binding and result of the printed form, replaces each name by its binding's
   * value (bindings in order, each already in terms of the original variables) and compares
   * with the expressions printed.
   */
  static void substitutesBack(List<Expr> outputs) {
    CseForm form = CsePrinter.eliminate(outputs);
    Map<String, Expr> values = new HashMap<>();
    for (CseForm.Binding b : form.bindings()) {
      values.put(b.name(), substitute(ExprParser.parse(b.value()), values));
    }
    for (int k = 0; k < outputs.size(); k++) {
      Expr back = substitute(ExprParser.parse(form.results().get(k)), values);
      assertEquals(outputs.get(k), back, form.toString());
    }
  }

  /** {@code e} with the named variables replaced, rebuilt through the smart constructors. */
  static Expr substitute(Expr e, Map<String, Expr> values) {
    if (e instanceof Var v) return values.getOrDefault(v.name(), v);
    if (e instanceof Num || e instanceof Constant) return e;
    if (e instanceof Call c) return Expr.call(c.function(), substitute(c.argument(), values));
    if (e instanceof Power p) {
      return Expr.power(substitute(p.base(), values), substitute(p.exponent(), values));
    }
    if (e instanceof Sum s) return Expr.sum(substituteAll(s.terms(), values));
    if (e instanceof Product p) return Expr.product(substituteAll(p.factors(), values));
    throw new IllegalStateException("unhandled " + e);
  }

  private static List<Expr> substituteAll(List<Expr> operands, Map<String, Expr> values) {
    List<Expr> result = new ArrayList<>(operands.size());
    for (Expr e : operands) result.add(substitute(e, values));
    return result;
  }
}

package dev.leibniz.graph;

import static dev.leibniz.expr.Expr.call;
import static dev.leibniz.expr.Expr.exp;
import static dev.leibniz.expr.Expr.negate;
import static dev.leibniz.expr.Expr.num;
import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.sum;

import dev.leibniz.diff.CheatSheet;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.List;

/**
 * The local derivative {@code dv/du} of a node {@code v} by one of its operands {@code u}, as an
 * expression in the names of the nodes, for the trace: {@code d(a/b)/db = -a/b^2}. The same
 * rules as the backward sweep in {@link Tape}, written symbolically; functions take theirs from
 * their row of the {@link CheatSheet}, which the sweep reads compiled.
 */
final class LocalDerivative {
  private LocalDerivative() {}

  /** {@code dv/du} where {@code u} is operand {@code k} of node {@code v}. */
  static Expr of(Graph graph, NodeText text, int v, int k) {
    int op = graph.opcode()[v];
    Expr u = text.symbol(graph.operand(v, k));
    Expr scale = graph.exact()[v] == null ? Num.ONE : graph.exact()[v];
    if (op == Opcode.SUM) return graph.exactWeight()[graph.start()[v] + k];
    if (op == Opcode.PRODUCT) return productRule(graph, text, v, k, scale);
    if (op == Opcode.FUNCTION) return functionRule(graph.function()[v], u);
    if (op == Opcode.EXP) return exp(u);
    if (op == Opcode.POWER_CONSTANT) {
      Expr c = graph.exact()[v];
      return product(c, power(u, sum(c, num(-1))));
    }
    if (op == Opcode.POWER) {
      Expr f = text.symbol(graph.operand(v, 0));
      Expr g = text.symbol(graph.operand(v, 1));
      return k == 0 ? product(g, power(f, sum(g, num(-1))))
          : product(power(f, g), call(MathFunction.LN, f));
    }
    if (op == Opcode.QUOTIENT) {
      Expr denominator = text.symbol(graph.operand(v, 1));
      if (k == 0) return product(scale, power(denominator, -1));
      Expr numerator = text.symbol(graph.operand(v, 0));
      return negate(product(scale, numerator, power(denominator, -2)));
    }
    throw new IllegalStateException("unhandled opcode " + op);
  }

  /** {@code d(c*u_1*...*u_n)/du_k = c * (product of the others)}. */
  private static Expr productRule(Graph graph, NodeText text, int v, int k, Expr scale) {
    List<Expr> others = new ArrayList<>();
    others.add(scale);
    for (int j = 0; j < graph.arity(v); j++) {
      if (j != k) others.add(text.symbol(graph.operand(v, j)));
    }
    return product(others);
  }

  /** {@code f'(u)}; trigamma, whose derivative has no closed form, as {@code trigamma'(u)}. */
  private static Expr functionRule(MathFunction f, Expr u) {
    if (!f.hasDerivative()) return Expr.var(f.canonicalName() + "'(" + PlainPrinter.print(u) + ")");
    return CheatSheet.derivative(f, u);
  }
}

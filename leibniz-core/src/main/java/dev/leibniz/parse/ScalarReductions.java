package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.matrix.Reduction;
import dev.leibniz.matrix.ShapeRules;
import java.util.List;

/**
 * The reductions and algebra functions on scalars, where nothing is declared non-scalar: a
 * scalar is a 1x1 matrix, so {@code sum(s) = tr(s) = det(s) = diag(s) = logsumexp(s) = s},
 * {@code inv(s) = 1/s}, {@code norm2(s) = abs(s)}, {@code softmax(s) = 1},
 * {@code dot(a, b) = a*b}, and {@code ones(1) = eye(1) = 1}.
 */
final class ScalarReductions {
  private ScalarReductions() {}

  static Expr of(Reduction op, List<Expr> args, String line, int column) {
    String arity = ShapeRules.arity(op, args.size());
    if (arity != null) throw new ParseException(arity, line, column);
    Expr u = args.get(0);
    switch (op) {
      case INV:
        return Expr.power(u, Num.MINUS_ONE);
      case NORM2:
        return Expr.call(MathFunction.ABS, u);
      case SOFTMAX:
        return Num.ONE;
      case DOT:
        return Expr.product(u, args.get(1));
      case ONES:
      case EYE:
        for (Expr size : args) {
          if (!size.isOne()) {
            List<String> sizes = args.stream().map(Expr::toString).toList();
            throw ParseException.nonScalar(op.word() + "(" + String.join(", ", sizes)
                + ") is not a scalar", "declare the names that are vectors or matrices"
                + " (where x: 3)", line, column);
          }
        }
        return Num.ONE;
      default:
        return u;
    }
  }
}

package dev.leibniz.graph;

import dev.leibniz.diff.CheatSheet;
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

/**
 * A function's row of the {@link CheatSheet}, {@code f'(u)}, as a {@link Scalar} over the node
 * {@code v = f(u)} of a graph: {@code u} becomes the operand's value and {@code f(u)} itself the
 * node's value, so {@code tanh(u)' = 1 - tanh(u)^2} is {@code 1 - v*v} and the backward sweep
 * does not compute {@code tanh} a second time. The arithmetic follows the tape's compiled rows
 * ({@code SlopeCompiler}): the parts free of {@code u} first ({@code c + ...}, {@code c * ...}),
 * the common powers without {@code Math.pow}, as {@link ScalarShortcuts#constantPower} writes them.
 */
final class RowTranslator {
  private final MathFunction function;
  private final Scalar argument;
  private final Scalar value;

  private RowTranslator(MathFunction function, Scalar argument, Scalar value) {
    this.function = function;
    this.argument = argument;
    this.value = value;
  }

  /** {@code f'(u)} where {@code argument} is u and {@code value} is {@code f(u)}. */
  static Scalar slope(MathFunction f, Scalar argument, Scalar value) {
    Expr row = CheatSheet.derivative(f, new Var(CheatSheet.VARIABLE));
    return new RowTranslator(f, argument, value).translate(row);
  }

  private Scalar translate(Expr e) {
    if (e instanceof Var) return argument;
    if (e instanceof Num n) return Scalar.literal(n.value().doubleValue());
    if (e instanceof Constant c) return Scalar.literal(c.value());
    if (e instanceof Call c) {
      if (c.function() == function && c.argument() instanceof Var) return value;
      return new Scalar.Apply(c.function(), translate(c.argument()));
    }
    if (e instanceof Sum s) return fold(s.terms(), '+');
    if (e instanceof Product p) return fold(p.factors(), '*');
    if (e instanceof Power p) return power(p);
    throw new IllegalStateException("unhandled " + e);
  }

  /** The parts free of u combined first, then the others in order: {@code c op (a op b ...)}. */
  private Scalar fold(List<Expr> parts, char op) {
    Scalar free = null;
    Scalar bound = null;
    for (Expr part : parts) {
      Scalar s = translate(part);
      if (isFree(part)) {
        free = free == null ? s : new Scalar.Binary(op, free, s);
      } else {
        bound = bound == null ? s : new Scalar.Binary(op, bound, s);
      }
    }
    if (bound == null) return free;
    if (free == null) return bound;
    if (op == '*' && free instanceof Scalar.Literal l && l.value() == -1) {
      return new Scalar.Negation(bound);
    }
    return new Scalar.Binary(op, free, bound);
  }

  private Scalar power(Power p) {
    if (p.base() == Constant.E) return new Scalar.Exp(translate(p.exponent()));
    Scalar base = translate(p.base());
    if (!(p.exponent() instanceof Num n)) return new Scalar.Pow(base, translate(p.exponent()));
    return ScalarShortcuts.constantPower(base, n.value().doubleValue());
  }

  private static boolean isFree(Expr e) {
    if (e instanceof Var) return false;
    for (Expr child : e.children()) {
      if (!isFree(child)) return false;
    }
    return true;
  }
}

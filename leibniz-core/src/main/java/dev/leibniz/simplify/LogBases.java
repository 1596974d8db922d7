package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.LN;
import static dev.leibniz.expr.MathFunction.LOG10;
import static dev.leibniz.expr.MathFunction.LOG2;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Logarithms to base 10 and 2 as one kind of term with the natural ones, so that like terms
 * meet: {@code log10(u) = ln(u)/ln(10)} and {@code log2(u) = ln(u)/ln(2)}, on the same domain
 * (u > 0). Every such logarithm is written as a natural one, the canonical constructors collect
 * the terms that are then alike, and a quotient {@code ln(u)/ln(10)} or {@code ln(u)/ln(2)} is
 * written back as the function: the derivative of {@code ln(x)*log10(x)}, two equal terms
 * {@code ln(x)/(x*ln(10)) + log10(x)/x}, is {@code 2*log10(x)/x}, and {@code log(10, x)}
 * simplifies to {@code log10(x)}. {@link FullSimplifier} applies this once to its result and
 * keeps it only when it is no longer.
 */
final class LogBases {
  private LogBases() {}

  /** {@code e} with its logarithms joined as above, when no longer; else e itself. */
  static Expr joined(Expr e) {
    if (!mentionsBase(e)) return e;
    Expr natural = Everywhere.rewrite(e, LogBases::natural);
    Expr written = Everywhere.rewrite(natural, LogBases::withBase);
    return !written.equals(e) && OperationCount.of(written) <= OperationCount.of(e) ? written : e;
  }

  /** {@code ln(u)/ln(10)} for {@code log10(u)}, {@code ln(u)/ln(2)} for {@code log2(u)}. */
  private static Expr natural(Expr node) {
    if (!(node instanceof Call c) || (c.function() != LOG10 && c.function() != LOG2)) return node;
    Expr base = Expr.num(c.function() == LOG10 ? 10 : 2);
    return Expr.product(Expr.call(LN, c.argument()), Expr.power(Expr.call(LN, base), -1));
  }

  /** A product with {@code ln(u)} and {@code 1/ln(10)} (or 2): one {@code log10(u)} for them. */
  private static Expr withBase(Expr node) {
    if (!(node instanceof Product p)) return node;
    List<Expr> factors = new ArrayList<>(p.factors());
    for (int i = 0; i < factors.size(); i++) {
      MathFunction function = baseReciprocal(factors.get(i));
      if (function == null) continue;
      for (int j = 0; j < factors.size(); j++) {
        if (factors.get(j) instanceof Call ln && ln.function() == LN
            && !(ln.argument() instanceof Num)) {
          factors.set(j, Expr.call(function, ln.argument()));
          factors.set(i, Num.ONE);
          return Expr.product(factors);
        }
      }
    }
    return node;
  }

  /** LOG10 for {@code 1/ln(10)}, LOG2 for {@code 1/ln(2)}, else null. */
  private static MathFunction baseReciprocal(Expr e) {
    if (!(e instanceof Power p) || !p.exponent().equals(Num.MINUS_ONE)
        || !(p.base() instanceof Call c) || c.function() != LN
        || !(c.argument() instanceof Num n)) {
      return null;
    }
    return n.value().equals(Rational.of(10)) ? LOG10
        : n.value().equals(Rational.TWO) ? LOG2 : null;
  }

  /** True when {@code e} has a log10, a log2, or the natural log of 10 or 2 anywhere. */
  private static boolean mentionsBase(Expr e) {
    if (e instanceof Call c) {
      if (c.function() == LOG10 || c.function() == LOG2) return true;
      if (c.function() == LN && c.argument() instanceof Num n
          && (n.value().equals(Rational.of(10)) || n.value().equals(Rational.TWO))) {
        return true;
      }
    }
    for (Expr child : e.children()) {
      if (mentionsBase(child)) return true;
    }
    return false;
  }
}

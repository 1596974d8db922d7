package dev.leibniz.diff;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Compiles an expression in one variable, a cheat-sheet row such as {@code sec(u)*tan(u)}, once
 * into a {@link DoubleUnaryOperator} for the tape's hot loop, as few closures deep as it can:
 * parts free of the variable are folded to one double (a sum's to one added constant, a
 * product's to one factor, so {@code 1 - tanh(u)^2} is {@code 1 + (-(t*t))}), a function of the
 * variable itself is the function, the common powers become {@code x*x}, {@code 1/x}, {@code sqrt} and
 * {@code 1/sqrt} rather than {@code Math.pow}, and a function call is its
 * {@link MathFunction#value}. NaN outside the domain, as the functions are.
 */
final class SlopeCompiler {
  private static final Rational MINUS_HALF = Rational.of(-1, 2);

  private SlopeCompiler() {}

  /** {@code e} as a function of {@code variable}, its only free variable. */
  static DoubleUnaryOperator compile(Expr e, String variable) {
    if (e instanceof Var v) {
      if (!v.name().equals(variable)) {
        throw new IllegalArgumentException("a row may only use " + variable + ", not " + v.name());
      }
      return u -> u;
    }
    if (isFree(e, variable)) {
      double c = closed(e, variable);
      return u -> c;
    }
    if (e instanceof Sum s) return plus(constantPart(s.terms(), variable, 0),
        sum(compileAll(variableParts(s.terms(), variable), variable)));
    if (e instanceof Product p) return times(constantPart(p.factors(), variable, 1),
        product(compileAll(variableParts(p.factors(), variable), variable)));
    if (e instanceof Power p) return power(p, variable);
    if (e instanceof Call c) {
      MathFunction f = c.function();
      if (c.argument() instanceof Var) return f::value;
      DoubleUnaryOperator argument = compile(c.argument(), variable);
      return u -> f.value(argument.applyAsDouble(u));
    }
    throw new IllegalStateException("unhandled " + e);
  }

  /** The sum (unit 0) or product (unit 1) of the parts free of the variable, folded. */
  private static double constantPart(List<Expr> parts, String variable, double unit) {
    double c = unit;
    for (Expr part : parts) {
      if (!isFree(part, variable)) continue;
      double v = closed(part, variable);
      c = unit == 0 ? c + v : c * v;
    }
    return c;
  }

  private static List<Expr> variableParts(List<Expr> parts, String variable) {
    return parts.stream().filter(part -> !isFree(part, variable)).toList();
  }

  private static DoubleUnaryOperator plus(double c, DoubleUnaryOperator f) {
    return c == 0 ? f : u -> c + f.applyAsDouble(u);
  }

  private static DoubleUnaryOperator times(double c, DoubleUnaryOperator f) {
    if (c == 1) return f;
    if (c == -1) return u -> -f.applyAsDouble(u);
    return u -> c * f.applyAsDouble(u);
  }

  /** The value of a subexpression without the variable. */
  private static double closed(Expr e, String variable) {
    if (e instanceof Num n) return n.value().doubleValue();
    if (e instanceof Constant c) return c.value();
    if (e instanceof Sum s) return sum(compileAll(s.terms(), variable)).applyAsDouble(0);
    if (e instanceof Product p) return product(compileAll(p.factors(), variable)).applyAsDouble(0);
    if (e instanceof Power p) return power(p, variable).applyAsDouble(0);
    if (e instanceof Call c) return c.function().value(closed(c.argument(), variable));
    if (e instanceof Var v) throw new IllegalArgumentException("a row may only use " + variable + ", not " + v.name());
    throw new IllegalStateException("unhandled " + e);
  }

  private static DoubleUnaryOperator[] compileAll(List<Expr> parts, String variable) {
    DoubleUnaryOperator[] out = new DoubleUnaryOperator[parts.size()];
    for (int i = 0; i < out.length; i++) out[i] = compile(parts.get(i), variable);
    return out;
  }

  private static DoubleUnaryOperator sum(DoubleUnaryOperator[] terms) {
    if (terms.length == 1) return terms[0];
    if (terms.length == 2) {
      DoubleUnaryOperator a = terms[0];
      DoubleUnaryOperator b = terms[1];
      return u -> a.applyAsDouble(u) + b.applyAsDouble(u);
    }
    return u -> {
      double v = 0;
      for (DoubleUnaryOperator t : terms) v += t.applyAsDouble(u);
      return v;
    };
  }

  private static DoubleUnaryOperator product(DoubleUnaryOperator[] factors) {
    if (factors.length == 1) return factors[0];
    if (factors.length == 2) {
      DoubleUnaryOperator a = factors[0];
      DoubleUnaryOperator b = factors[1];
      return u -> a.applyAsDouble(u) * b.applyAsDouble(u);
    }
    return u -> {
      double v = 1;
      for (DoubleUnaryOperator f : factors) v *= f.applyAsDouble(u);
      return v;
    };
  }

  /** {@code b^k}: the exponents of the cheat sheet without {@code Math.pow}; e^g as exp. */
  private static DoubleUnaryOperator power(Power p, String variable) {
    DoubleUnaryOperator base = compile(p.base(), variable);
    if (p.base() == Constant.E) {
      DoubleUnaryOperator g = compile(p.exponent(), variable);
      return u -> Math.exp(g.applyAsDouble(u));
    }
    if (p.exponent() instanceof Num n) {
      Rational k = n.value();
      if (k.equals(Rational.of(2))) return u -> square(base.applyAsDouble(u));
      if (k.equals(Rational.of(-1))) return u -> 1 / base.applyAsDouble(u);
      if (k.equals(Rational.of(-2))) return u -> 1 / square(base.applyAsDouble(u));
      if (k.equals(Rational.HALF)) return u -> Math.sqrt(base.applyAsDouble(u));
      if (k.equals(MINUS_HALF)) return u -> 1 / Math.sqrt(base.applyAsDouble(u));
      double c = k.doubleValue(); // a row's other exponents are integers or have even denominators
      return u -> Math.pow(base.applyAsDouble(u), c);
    }
    DoubleUnaryOperator g = compile(p.exponent(), variable);
    return u -> Math.pow(base.applyAsDouble(u), g.applyAsDouble(u));
  }

  private static double square(double x) {
    return x * x;
  }

  private static boolean isFree(Expr e, String variable) {
    if (e instanceof Var v) return !v.name().equals(variable);
    for (Expr child : e.children()) {
      if (!isFree(child, variable)) return false;
    }
    return true;
  }
}

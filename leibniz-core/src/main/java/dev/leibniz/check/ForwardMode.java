package dev.leibniz.check;

import dev.leibniz.diff.CheatSheet;
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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Forward-mode automatic differentiation by commons-math3's {@link DerivativeStructure}: a
 * witness for Leibniz's derivatives that shares no code with the symbolic differentiator's sum,
 * product, power and chain rules or with the reverse-mode tape. It computes partial derivatives
 * of any order.
 *
 * <p>A function's derivatives {@code f', f'', ...} come from its row of the {@link CheatSheet}
 * (the one source of them), differentiated again for higher orders; the rows themselves are
 * witnessed by a test against high-precision reference derivatives. Where a derivative is
 * unknown (trigamma's: from the third derivative of gamma and the second of digamma on),
 * forward mode gives NaN.
 *
 * <p>A constant, a subtree free of the variables, is not differentiated: it becomes its value
 * with all derivatives 0, so that {@code x*acsc(1)} is {@code x} times a number even though
 * {@code acsc} has an infinite derivative at 1 (which the chain rule would multiply by 0).
 */
final class ForwardMode {
  private final List<String> variables;
  private final double[] point;
  private final int order;
  private final Map<Expr, DerivativeStructure> memo = new IdentityHashMap<>();
  /** The subtrees seen so far that have no variable. */
  private final Set<Expr> constants = Collections.newSetFromMap(new IdentityHashMap<>());

  private ForwardMode(List<String> variables, double[] point, int order) {
    this.variables = variables;
    this.point = point;
    this.order = order;
  }

  /**
   * The partial derivative of {@code e} at {@code point} with {@code orders[i]} derivatives by
   * {@code variables[i]}.
   */
  static double partial(Expr e, List<String> variables, double[] point, int[] orders) {
    int total = 0;
    for (int o : orders) total += o;
    DerivativeStructure ds = new ForwardMode(variables, point, total).eval(e);
    return ds.getPartialDerivative(orders);
  }

  private DerivativeStructure constant(double v) {
    return new DerivativeStructure(variables.size(), order, v);
  }

  private DerivativeStructure eval(Expr e) {
    DerivativeStructure known = memo.get(e);
    if (known != null) return known;
    DerivativeStructure result;
    if (e instanceof Num n) {
      result = constant(n.value().doubleValue());
    } else if (e instanceof Constant c) {
      result = constant(c.value());
    } else if (e instanceof Var v) {
      int i = variables.indexOf(v.name());
      if (i < 0) throw new IllegalArgumentException("no value for " + v.name());
      result = new DerivativeStructure(variables.size(), order, i, point[i]);
    } else if (e instanceof Sum s) {
      result = constant(0);
      for (Expr t : s.terms()) result = result.add(eval(t));
    } else if (e instanceof Product p) {
      result = constant(1);
      for (Expr f : p.factors()) result = result.multiply(eval(f));
    } else if (e instanceof Power p) {
      result = power(p);
    } else if (e instanceof Call c) {
      result = function(c.function(), eval(c.argument()));
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
    if (!(e instanceof Var) && constants.containsAll(e.children())) {
      constants.add(e);
      result = constant(result.getValue());
    }
    memo.put(e, result);
    return result;
  }

  private DerivativeStructure power(Power p) {
    DerivativeStructure base = eval(p.base());
    if (p.base() == Constant.E) return eval(p.exponent()).exp();
    // 0^u is 0 wherever it is defined (u > 0), with derivative 0: DerivativeStructure would go
    // through log(0).
    if (p.base().isZero() && !(p.exponent() instanceof Num)) return constant(0);
    if (p.exponent() instanceof Num n) {
      Rational k = n.value();
      if (k.isInteger() && k.numerator().bitLength() < 31) return base.pow(k.numerator().intValue());
      if (base.getValue() < 0) return constant(Double.NaN);
      return base.pow(k.doubleValue());
    }
    return base.pow(eval(p.exponent()));
  }

  /**
   * {@code f(u)} by the chain rule of order n, {@link DerivativeStructure#compose}, from
   * {@code f(v), f'(v), ..., f^(n)(v)} at u's value v.
   */
  private DerivativeStructure function(MathFunction f, DerivativeStructure u) {
    double v = u.getValue();
    double[] derivatives = new double[order + 1];
    for (int k = 0; k <= order; k++) {
      derivatives[k] = CheatSheet.nthDerivative(f, k).applyAsDouble(v);
    }
    return u.compose(derivatives);
  }
}

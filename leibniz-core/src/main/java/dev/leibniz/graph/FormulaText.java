package dev.leibniz.graph;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the small formulas of a trace in the lecture's style: products as fractions
 * ({@code g_f*c/a^2}, {@code g_b/x}), {@code e^a}, functions by name. Only for the local
 * derivatives of single nodes, whose operands are names, so the formulas are a few symbols deep.
 * (The general printers live in {@code dev.leibniz.print}.)
 */
final class FormulaText {
  private FormulaText() {}

  /** A double as the trace shows it: integers without a fraction, others in full precision. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Double.toString(v);
  }

  /** The expression in plain syntax. */
  static String of(Expr e) {
    if (e instanceof Num n) return n.value().toString();
    if (e instanceof Constant c) return c.symbol();
    if (e instanceof Var v) return v.name();
    if (e instanceof Call c) return c.function().canonicalName() + "(" + of(c.argument()) + ")";
    if (e instanceof Sum s) return sum(s.terms());
    if (e instanceof Product || isReciprocal(e)) return times(null, e);
    if (e instanceof Power p) return power(p.base(), p.exponent());
    throw new IllegalStateException("unhandled " + e);
  }

  /**
   * {@code leading * e} as one fraction, with the coefficient first and {@code leading} before
   * the other factors of the numerator: {@code times("g_f", -c*a^-2)} is {@code -g_f*c/a^2}.
   */
  static String times(String leading, Expr e) {
    if (e instanceof Sum && leading != null) return leading + "*(" + of(e) + ")";
    List<Expr> factors = e instanceof Product p ? p.factors() : List.of(e);
    Rational c = Rational.ONE;
    List<String> top = new ArrayList<>();
    List<String> bottom = new ArrayList<>();
    if (leading != null) top.add(leading);
    for (Expr f : factors) {
      if (f instanceof Num n) {
        c = c.multiply(n.value());
      } else if (isReciprocal(f)) {
        Power p = (Power) f;
        bottom.add(power(p.base(), Num.of(((Num) p.exponent()).value().negate())));
      } else {
        top.add(f instanceof Sum ? "(" + of(f) + ")" : of(f));
      }
    }
    String sign = c.signum() < 0 ? "-" : "";
    c = c.abs();
    if (!c.numerator().equals(BigInteger.ONE) || top.isEmpty()) {
      top.add(0, c.numerator().toString());
    }
    if (!c.isInteger()) bottom.add(0, c.denominator().toString());
    String text = sign + String.join("*", top);
    if (bottom.isEmpty()) return text;
    String under = String.join("*", bottom);
    return text + "/" + (bottom.size() == 1 ? under : "(" + under + ")");
  }

  /** Terms joined by {@code +} and {@code -}: {@code d + e - f}. */
  static String sum(List<Expr> terms) {
    List<String> texts = new ArrayList<>(terms.size());
    for (Expr t : terms) texts.add(of(t));
    return joinSigned(texts);
  }

  /** Signed texts joined by {@code +} and {@code -}; a leading minus turns into {@code -}. */
  static String joinSigned(List<String> texts) {
    StringBuilder out = new StringBuilder();
    for (String t : texts) {
      if (out.length() == 0) {
        out.append(t);
      } else if (t.startsWith("-")) {
        out.append(" - ").append(t, 1, t.length());
      } else {
        out.append(" + ").append(t);
      }
    }
    return out.toString();
  }

  /** {@code base^exponent}, with parentheses where either needs them. */
  static String power(Expr base, Expr exponent) {
    if (exponent.isOne()) return atom(base);
    String prefix = base == Constant.E ? "e" : atom(base);
    return prefix + "^" + atom(exponent);
  }

  /** The expression, in parentheses unless it is a name, a call or a natural number. */
  static String atom(Expr e) {
    boolean bare = e instanceof Var || e instanceof Constant || e instanceof Call
        || e instanceof Num n && n.value().isInteger() && n.value().signum() >= 0;
    return bare ? of(e) : "(" + of(e) + ")";
  }

  private static boolean isReciprocal(Expr e) {
    return e instanceof Power p && p.exponent() instanceof Num n && n.value().signum() < 0;
  }
}

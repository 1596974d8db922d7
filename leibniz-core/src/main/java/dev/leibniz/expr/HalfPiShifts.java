package dev.leibniz.expr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The six trigonometric functions of a sum with a whole multiple of {@code pi/2} among its terms,
 * written at the rest of the sum, as canonical form does with {@code sin(-u) = -sin(u)}:
 * {@code sin(u + pi/2) = cos(u)}, {@code cos(u + pi) = -cos(u)}, {@code tan(u + pi/2) = -cot(u)},
 * {@code sin(u + 2*pi) = sin(u)}. Each identity holds for every real u, and both sides have the
 * same poles, so the rewrite keeps every value and the domain.
 */
final class HalfPiShifts {
  private static final BigInteger FOUR = BigInteger.valueOf(4);

  private HalfPiShifts() {}

  /** {@code f(u)} with its shift by a multiple of pi/2 taken out, or null when it has none. */
  static Expr of(MathFunction f, Sum u) {
    if (!isTrigonometric(f)) return null;
    for (int i = 0; i < u.termCount(); i++) {
      Rational n = SpecialValues.halfPiMultiple(u.term(i));
      if (n == null) continue;
      List<Expr> rest = new ArrayList<>(u.terms());
      rest.remove(i);
      return shifted(f, Expr.sum(rest), n.numerator().mod(FOUR).intValue());
    }
    return null;
  }

  /** {@code f(v + quarters*pi/2)} for quarters in 0..3. */
  private static Expr shifted(MathFunction f, Expr v, int quarters) {
    switch (f) {
      case SIN: return cycle(quarters, MathFunction.SIN, MathFunction.COS, v);
      case COS: return cycle((quarters + 1) % 4, MathFunction.SIN, MathFunction.COS, v);
      case CSC: return cycle(quarters, MathFunction.CSC, MathFunction.SEC, v);
      case SEC: return cycle((quarters + 1) % 4, MathFunction.CSC, MathFunction.SEC, v);
      case TAN: return halfPeriod(quarters, MathFunction.TAN, MathFunction.COT, v);
      default: return halfPeriod(quarters, MathFunction.COT, MathFunction.TAN, v);
    }
  }

  /**
   * {@code s(v + k*pi/2)} for s sine-like and c its cofunction: {@code s(v)}, {@code c(v)},
   * {@code -s(v)}, {@code -c(v)} for k = 0, 1, 2, 3. Cosine is sine a quarter turn on
   * ({@code cos(w) = sin(w + pi/2)}), and secant cosecant.
   */
  private static Expr cycle(int k, MathFunction s, MathFunction c, Expr v) {
    Expr value = Expr.call(k % 2 == 0 ? s : c, v);
    return k >= 2 ? Expr.negate(value) : value;
  }

  /**
   * {@code t(v + k*pi/2)} for t of period pi and co its cofunction: {@code t(v)} for even k,
   * {@code -co(v)} for odd ({@code tan(v + pi/2) = -cot(v)}).
   */
  private static Expr halfPeriod(int k, MathFunction t, MathFunction co, Expr v) {
    return k % 2 == 0 ? Expr.call(t, v) : Expr.negate(Expr.call(co, v));
  }

  private static boolean isTrigonometric(MathFunction f) {
    switch (f) {
      case SIN: case COS: case TAN: case COT: case SEC: case CSC: return true;
      default: return false;
    }
  }
}

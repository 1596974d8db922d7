package dev.leibniz.simplify;

import static dev.leibniz.expr.MathFunction.ABS;
import static dev.leibniz.expr.MathFunction.SIGN;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.Sum;
import java.util.ArrayList;
import java.util.List;

/**
 * Absolute values where a person writes them, and none where the sign is known:
 *
 * <ul>
 *   <li>a root of an even power is a power of the absolute value: {@code sqrt(x^2) = abs(x)},
 *       {@code (x^2)^(3/2) = abs(x)^3}, {@code sqrt(x^4) = x^2}, {@code sqrt(4*x^2*y^2) =
 *       2*abs(x*y)}, {@code sqrt(x^2*e^x) = abs(x)*e^(x/2)}. For a real w, {@code w^2 = abs(w)^2}
 *       and {@code (abs(w)^2)^r = abs(w)^(2r)} as {@code abs(w) >= 0}; the factors that are
 *       never negative stay in a root of their own, {@code (f*g)^r = f^r*g^r} for f, g >= 0.
 *       A radicand with any other factor stays as it is: {@code sqrt(x^2*y)} is 0 at x = 0 for
 *       every y, where {@code abs(x)*sqrt(y)} is undefined for y < 0;
 *   <li>{@code abs(u) = u} where u is never negative, {@code -u} where never positive:
 *       {@code abs(e^x) = e^x}, {@code abs(x^2 + 1) = x^2 + 1}, {@code abs(sech(x)) = sech(x)};
 *   <li>the factors of a product that are never negative come out of the absolute value:
 *       {@code abs(-2*x^2*y) = 2*x^2*abs(y)}, and a power's exponent: {@code abs(1/x) =
 *       1/abs(x)};
 *   <li>a power of a power never negative is one power: {@code (abs(x)^3)^(2/3) = x^2},
 *       {@code (x^(3/2))^(1/3) = sqrt(x)};
 *   <li>{@code abs(u)^k = u^k} for an even integer k, and a power of u joins a power of
 *       {@code abs(u)}: {@code sec(x)^2/abs(sec(x)) = abs(sec(x))}, {@code x/abs(x) = sign(x)}.
 * </ul>
 *
 * <p>Each holds wherever its input is defined, and the two sides are defined at the same points,
 * except that {@code u/abs(u)} is undefined where u = 0 and {@code sign(u)} is 0 there.
 * "Never negative" ({@link #nonNegative}) means at every point where the expression is defined:
 * a fractional power, whose real value is the non-negative root or undefined, is one.
 * {@link FullSimplifier} applies them once to its result, each where it does not lengthen its
 * node, rather than as candidates of the search.
 */
final class AbsoluteValues {
  private AbsoluteValues() {}

  /** {@code e} with the rules applied wherever they meet; the same object when none does. */
  static Expr everywhere(Expr e) {
    return mentionsCandidate(e) ? Everywhere.rewrite(e, AbsoluteValues::node) : e;
  }

  /**
   * The rules at one node, whose children are done; the node itself when none applies or when
   * the rewritten node would be longer (on a tie the rewrite is kept: {@code sqrt(2*x^2)} is
   * {@code sqrt(2)*abs(x)}).
   */
  static Expr node(Expr e) {
    Expr rewritten = rewritten(e);
    return rewritten != e && OperationCount.of(rewritten) <= OperationCount.of(e) ? rewritten : e;
  }

  private static Expr rewritten(Expr e) {
    if (e instanceof Product p) return withPowersJoined(p);
    if (e instanceof Call c && c.function() == ABS) {
      Expr unsigned = absoluteValue(c.argument());
      return unsigned == null ? e : unsigned;
    }
    if (e instanceof Power p && p.exponent() instanceof Num n) {
      Rational k = n.value();
      if (!k.isInteger()) {
        Expr root = root(p.base(), k);
        if (root != null) return root;
        return p.base() instanceof Power inner ? powerOf(inner, k, e) : e;
      }
      Expr raised = raised(p.base(), k);
      if (!raised.equals(e)) return raised;
    }
    return e;
  }

  /** {@code base^k}, with {@code abs(u)^k} written {@code u^k} for an even k. */
  private static Expr raised(Expr base, Rational k) {
    boolean even = isEven(k) && base instanceof Call c && c.function() == ABS;
    return Expr.power(even ? ((Call) base).argument() : base, Expr.num(k));
  }

  /** {@code abs(u)} without what its sign makes needless, or null when nothing is. */
  private static Expr absoluteValue(Expr u) {
    if (nonNegative(u)) return u;
    Expr negated = Expr.negate(u);
    if (nonNegative(negated)) return negated;
    if (u instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger()) {
      // abs(u^k) = abs(u)^k: 1/abs(x) for abs(1/x).
      Expr base = absoluteValue(p.base());
      return Expr.power(base == null ? Expr.call(ABS, p.base()) : base, n);
    }
    if (!(u instanceof Product p)) return null;
    List<Expr> outside = new ArrayList<>();
    List<Expr> inside = new ArrayList<>();
    for (Expr f : p.factors()) {
      if (f instanceof Num) continue;
      (nonNegative(f) ? outside : inside).add(f);
    }
    Rational coefficient = p.coefficient().abs();
    if (outside.isEmpty() && coefficient.isOne()) return null;
    outside.add(Expr.num(coefficient));
    outside.add(Expr.call(ABS, Expr.product(inside)));
    return Expr.product(outside);
  }

  /**
   * The product with each power of u joined to a power of {@code abs(u)} beside it: an even one,
   * {@code sec(x)^2/abs(sec(x)) = abs(sec(x))}, as {@code u^k = abs(u)^k} for an even k; an odd
   * one that the absolute value divides, {@code x/abs(x) = sign(x)}, as {@code u^k/abs(u)^k =
   * sign(u)} for an odd k wherever u is not 0 (where the quotient is undefined: the result is
   * defined there, as when a common factor cancels).
   */
  private static Expr withPowersJoined(Product p) {
    List<Expr> factors = new ArrayList<>(p.factors());
    boolean changed = false;
    for (int i = 0; i < factors.size(); i++) {
      Expr f = factors.get(i);
      Expr base = f instanceof Power power ? power.base() : f;
      Rational m = exponentOf(f);
      if (m == null || !(base instanceof Call abs) || abs.function() != ABS) continue;
      Expr u = abs.argument();
      for (int j = 0; j < factors.size(); j++) {
        Expr g = factors.get(j);
        Rational k = exponentOf(g);
        Expr gBase = g instanceof Power pg ? pg.base() : g;
        if (j == i || k == null || !k.isInteger() || !gBase.equals(u)) continue;
        Rational sum = m.add(k);
        if (isEven(k)) {
          factors.set(i, raised(base, sum));
        } else if (sum.isZero()) {
          factors.set(i, Expr.call(SIGN, u));
        } else {
          continue;
        }
        factors.set(j, Num.ONE);
        changed = true;
        break;
      }
    }
    return changed ? Expr.product(factors) : p;
  }

  /** The number {@code f} is raised to: its exponent, 1 for a factor that is no power. */
  private static Rational exponentOf(Expr f) {
    if (!(f instanceof Power power)) return Rational.ONE;
    return power.exponent() instanceof Num n ? n.value() : null;
  }

  /**
   * {@code base^k} for a fractional k, with the even powers of the base as the absolute value of
   * their root and the base's other factors, never negative, as their own powers; null when the
   * base has no even power or a factor of unknown sign.
   */
  private static Expr root(Expr base, Rational k) {
    List<Expr> factors = base instanceof Product p ? p.factors() : List.of(base);
    List<Expr> halves = new ArrayList<>();
    List<Expr> rest = new ArrayList<>();
    for (Expr f : factors) {
      if (f instanceof Power p && p.exponent() instanceof Num n && isEven(n.value())) {
        halves.add(Expr.power(p.base(), Expr.num(n.value().divide(Rational.TWO))));
      } else if (nonNegative(f)) {
        rest.add(f);
      } else {
        return null;
      }
    }
    if (halves.isEmpty()) return null;
    Rational twice = k.multiply(Rational.TWO);
    Expr w = Expr.product(halves);
    Expr absolute = absoluteValue(w);
    if (absolute == null) absolute = Expr.call(ABS, w);
    // abs(x^3) is abs(x)^3: its power is one power, (x^6)^(1/3) = abs(x)^2 = x^2.
    Expr power = absolute instanceof Power inner ? powerOf(inner, twice, null) : null;
    return Expr.product(Expr.power(Expr.product(rest), Expr.num(k)),
        power != null ? power : raised(absolute, twice));
  }

  /**
   * {@code (b^m)^k = b^(m*k)} for a number m and a base b never negative where b^m is defined
   * (b >= 0, or m fractional: a fractional power of a negative number is undefined); for b >= 0
   * both are the real power, and both undefined at b = 0 to a negative power:
   * {@code (x^6)^(1/3)} is {@code abs(x)^2}, that is {@code x^2}; {@code (x^(3/2))^(1/3)} is
   * {@code sqrt(x)}. {@code otherwise} when b may be negative or m is no number.
   */
  private static Expr powerOf(Power inner, Rational k, Expr otherwise) {
    if (!(inner.exponent() instanceof Num m)
        || m.value().isInteger() && !nonNegative(inner.base())) {
      return otherwise;
    }
    return raised(inner.base(), m.value().multiply(k));
  }

  /** True when {@code e} is never negative where it is defined (false when not known). */
  static boolean nonNegative(Expr e) {
    if (e instanceof Num n) return n.value().signum() >= 0;
    if (e instanceof Constant) return true;
    if (e instanceof Power p) {
      if (!(p.exponent() instanceof Num n)) return nonNegative(p.base());
      Rational k = n.value();
      return !k.isInteger() || isEven(k) || nonNegative(p.base());
    }
    if (e instanceof Sum || e instanceof Product) {
      for (Expr child : e.children()) {
        if (!nonNegative(child)) return false;
      }
      return true;
    }
    if (e instanceof Call c) {
      switch (c.function()) {
        case ABS: case COSH: case SECH: case STEP: case SIGMOID: case RELU: case SOFTPLUS:
        case ACOS: case ASEC: case ACOSH: case ASECH:
          return true;
        // Of the sign of their argument wherever they are defined.
        case SINH: case TANH: case ASINH: case ATAN: case ASIN: case ATANH: case ACOTH:
        case ERF: case CBRT: case SIGN: case COTH: case CSCH: case ACSCH: case GAMMA:
          return nonNegative(c.argument());
        default:
          return false;
      }
    }
    return false;
  }

  private static boolean isEven(Rational k) {
    return k.isInteger() && !k.numerator().testBit(0);
  }

  /**
   * True when a node of {@code e} is an absolute value or a fractional power of a power (or of
   * a product with an even power), the only nodes the rules change: a walk that builds nothing,
   * so most results, square roots of sums among them, are left at once.
   */
  private static boolean mentionsCandidate(Expr e) {
    if (e instanceof Call c) return c.function() == ABS || mentionsCandidate(c.argument());
    if (e instanceof Power p) {
      if (p.exponent() instanceof Num n && !n.value().isInteger()
          && (hasEvenPower(p.base()) || p.base() instanceof Power)) {
        return true;
      }
      return mentionsCandidate(p.base()) || mentionsCandidate(p.exponent());
    }
    for (Expr child : e.children()) {
      if (mentionsCandidate(child)) return true;
    }
    return false;
  }

  /** True for an even power, or a product with one as a factor. */
  private static boolean hasEvenPower(Expr base) {
    for (Expr f : base instanceof Product p ? p.factors() : List.of(base)) {
      if (f instanceof Power power && power.exponent() instanceof Num n && isEven(n.value())) {
        return true;
      }
    }
    return false;
  }
}

package dev.leibniz.expr;

import java.util.Optional;

/**
 * Builds canonical powers: {@code u^0 = 1}, {@code u^1 = u}, {@code 1^u = 1}, exact powers and
 * roots of numbers, {@code (u^a)^n = u^(a*n)} and {@code (u*v)^n = u^n*v^n} for an integer n,
 * {@code (a^u)^v = a^(u*v)} for a positive constant a, {@code e^(ln(u)) = u} and
 * {@code e^(c*ln(u)) = u^c}. An exact zero to a negative power ({@code 1/0}) and a fractional
 * power of a negative number ({@code (-1)^(1/2)}) are {@link UndefinedException}s.
 *
 * <p>Powers of numbers are folded only while the result stays under {@link #MAX_BITS} bits, so
 * {@code 2^1000000000} stays a power instead of exhausting memory.
 */
final class PowerBuilder {
  /** Largest exact number a power of numbers is folded into. */
  static final long MAX_BITS = 1 << 16;

  private PowerBuilder() {}

  static Expr build(Expr base, Expr exponent) {
    if (base instanceof Power p && isPositiveConstant(p.base())) {
      // (a^u)^v = a^(u*v) for a > 0, whatever u and v: e^x/sqrt(e^x) = e^(x/2).
      return build(p.base(), ProductBuilder.build(Operands.of(p.exponent(), exponent)));
    }
    if (exponent instanceof Num n) return numericExponent(base, n);
    if (Expr.isOne(base)) return Num.ONE;
    if (base == Constant.E) {
      Expr folded = exponentialOfLog(exponent);
      if (folded != null) return folded;
    }
    return Power.built(base, exponent);
  }

  private static boolean isPositiveConstant(Expr e) {
    return e instanceof Constant || e instanceof Num n && n.value().signum() > 0;
  }

  /** {@code base^n} for the number n. */
  private static Expr numericExponent(Expr base, Num n) {
    Rational k = n.value();
    if (k.isZero()) return Num.ONE;
    if (k.isOne()) return base;
    if (base instanceof Num b) return numberPower(b.value(), k);
    if (k.isInteger()) {
      if (base instanceof Power p) {
        // (u^a)^n = u^(a*n): of a number a, the product is the number, as the builder folds it.
        Expr a = p.exponent();
        Expr product = a instanceof Num m ? Num.of(m.value().multiply(k))
            : ProductBuilder.build(Operands.of(a, n));
        return build(p.base(), product);
      }
      if (base instanceof Product p) {
        Expr[] factors = new Expr[p.factorCount()];
        for (int i = 0; i < factors.length; i++) factors[i] = build(p.factor(i), n);
        return ProductBuilder.build(Operands.owning(factors));
      }
    }
    // A number's value is in lowest terms, so n is the node Num.of(k) would make.
    return Power.built(base, n);
  }

  private static Expr numberPower(Rational b, Rational k) {
    if (b.isOne()) return Num.ONE;
    if (b.isZero()) {
      if (k.signum() < 0) throw UndefinedException.divisionByZero();
      return Num.ZERO;
    }
    long integer = k.smallIntegerOr(Long.MIN_VALUE);
    if (integer == (int) integer && b.powerBits(integer) <= MAX_BITS) {
      // An integer exponent (2^-1 of every x/2): no BigInteger.
      return Num.of(b.pow((int) integer));
    }
    if (k.numerator().bitLength() > 31 || k.denominator().bitLength() > 31
        || b.powerBits(k.numerator().intValue()) > MAX_BITS) {
      return Power.built(Num.of(b), Num.of(k));
    }
    int p = k.numerator().intValue();
    int q = k.denominator().intValue();
    // Every integer exponent was taken above (computed, or left as Power.built): k is a
    // fraction. A fractional power of a negative number is not real (LANGUAGE.md; cbrt is the
    // real root).
    if (b.signum() < 0) throw UndefinedException.notReal(b, k);
    Optional<Rational> root = b.root(q);
    if (root.isPresent()) return Num.of(root.get().pow(p));
    return Power.built(Num.of(b), Num.of(k));
  }

  /** {@code e^(ln(u)) = u} and {@code e^(c*ln(u)) = u^c}; null when neither applies. */
  private static Expr exponentialOfLog(Expr exponent) {
    if (exponent instanceof Call c && c.function() == MathFunction.LN) return c.argument();
    if (exponent instanceof Product p && p.factorCount() == 2) {
      Expr a = p.factor(0);
      Expr b = p.factor(1);
      if (isLog(a) && b instanceof Num) return build(((Call) a).argument(), b);
      if (isLog(b) && a instanceof Num) return build(((Call) b).argument(), a);
    }
    return null;
  }

  private static boolean isLog(Expr e) {
    return e instanceof Call c && c.function() == MathFunction.LN;
  }
}

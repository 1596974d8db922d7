package dev.leibniz.expr;

import java.util.List;

/**
 * An immutable mathematical expression: the tree every part of Leibniz works on.
 *
 * <p>There is one record per node kind. Records compare structurally, so two expressions are
 * {@code equals} exactly when they are the same tree. Trees built through the static factories
 * below (the smart constructors) are in canonical form: sums and products are flat, numbers are
 * folded, like terms are collected, powers of one base are merged and operands are ordered by
 * {@link ExprOrder}. Subtraction is a sum with a negated term and division a product with a
 * negative power, as in SymPy; the printers turn them back into {@code a - b} and {@code a/b}.
 *
 * <pre>{@code
 * Expr x = Expr.var("x");
 * Expr f = Expr.sum(Expr.power(x, Expr.num(2)), Expr.product(Expr.num(3), x)); // x^2 + 3*x
 * }</pre>
 */
public sealed interface Expr permits Num, Constant, Var, Sum, Product, Power, Call {

  /** The exact rational constant {@code n}. */
  static Expr num(long n) {
    return Num.of(Rational.of(n));
  }

  /** The exact rational constant {@code value}. */
  static Expr num(Rational value) {
    return Num.of(value);
  }

  /** The variable named {@code name}. */
  static Expr var(String name) {
    return Var.named(name);
  }

  /** The canonical sum of the given terms. */
  static Expr sum(Expr... terms) {
    return SumBuilder.build(Operands.of(terms));
  }

  /** The canonical sum of the given terms. */
  static Expr sum(List<Expr> terms) {
    return SumBuilder.build(terms);
  }

  /** {@code a - b}. */
  static Expr difference(Expr a, Expr b) {
    return sum(a, negate(b));
  }

  /** {@code -a}. */
  static Expr negate(Expr a) {
    return product(Num.MINUS_ONE, a);
  }

  /** The canonical product of the given factors. */
  static Expr product(Expr... factors) {
    if (factors.length == 2) return ProductMerge.multiply(factors[0], factors[1]);
    return ProductBuilder.build(Operands.of(factors));
  }

  /**
   * The canonical product of {@code p}'s factors with the one at {@code index} replaced by
   * {@code replacement}: a term of the product rule, {@code f*g'*h}, built by merging rather
   * than by gathering and sorting every factor again.
   */
  static Expr replaceFactor(Product p, int index, Expr replacement) {
    return ProductMerge.replaceFactor(p, index, replacement);
  }

  /** The canonical product of the given factors. */
  static Expr product(List<Expr> factors) {
    return ProductBuilder.build(factors);
  }

  /** {@code a / b}, that is {@code a * b^-1}. */
  static Expr quotient(Expr a, Expr b) {
    return product(a, power(b, Num.MINUS_ONE));
  }

  /** The canonical power {@code base^exponent}. */
  static Expr power(Expr base, Expr exponent) {
    return PowerBuilder.build(base, exponent);
  }

  /** {@code base^n} for an integer n. */
  static Expr power(Expr base, long n) {
    return PowerBuilder.build(base, num(n));
  }

  /** {@code e^u}: the exponential function is a power of Euler's number. */
  static Expr exp(Expr u) {
    return power(Constant.E, u);
  }

  /** {@code sqrt(u)}: the square root is the power 1/2. */
  static Expr sqrt(Expr u) {
    return power(u, Num.HALF);
  }

  /** The canonical application of a reserved function to its argument. */
  static Expr call(MathFunction function, Expr argument) {
    return function.apply(argument);
  }

  /**
   * The operands, in order: a sum's terms, a product's factors, a power's base and exponent, a
   * call's argument; none for numbers, constants and variables.
   */
  List<Expr> children();

  /** True for a rational constant. */
  default boolean isNumber() {
    return this instanceof Num;
  }

  /** True if this is the number zero. */
  default boolean isZero() {
    return isZero(this);
  }

  /** True if this is the number one. */
  default boolean isOne() {
    return isOne(this);
  }

  /**
   * True for a negative number or a product with a negative coefficient: what is written after
   * a minus sign ({@code -3}, {@code -2*x}) and what the odd and even symmetries pull a sign out
   * of.
   */
  default boolean isNegative() {
    return isNegative(this);
  }

  /** True for {@code u^-k} with a number {@code k > 0}: a factor of a denominator. */
  default boolean isReciprocal() {
    return isReciprocal(this);
  }

  // The tests above as static methods, for hot paths: a call of a default method on an Expr
  // dispatches through the interface, where a static test inlines to a few type checks.

  /** {@link #isZero()} of {@code e}. */
  static boolean isZero(Expr e) {
    return e instanceof Num n && n.value().isZero();
  }

  /** {@link #isOne()} of {@code e}. */
  static boolean isOne(Expr e) {
    return e instanceof Num n && n.value().isOne();
  }

  /** {@link #isNegative()} of {@code e}. */
  static boolean isNegative(Expr e) {
    if (e instanceof Num n) return n.value().signum() < 0;
    return e instanceof Product p && p.coefficient().signum() < 0;
  }

  /**
   * True if {@code e} is known to be in canonical form, a fixed point of the canonical rebuild:
   * a leaf, or a tree the smart constructors made from canonical operands. False for a node
   * made by a public constructor ({@code new Sum(...)}) and for any tree with one below it,
   * even if it happens to be canonical.
   */
  static boolean isCanonical(Expr e) {
    return Compound.isCanonical(e);
  }

  /** {@link #isReciprocal()} of {@code e}. */
  static boolean isReciprocal(Expr e) {
    return e instanceof Power p && p.exponent() instanceof Num k && k.value().signum() < 0;
  }
}

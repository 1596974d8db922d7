package dev.leibniz.simplify;

import dev.leibniz.expr.Call;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprOrder;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expression seen as a quotient of two polynomials in its generators, as SymPy's
 * {@code together} and {@code cancel} see it: every subexpression that is not a sum, a product, a
 * number or an integer power is a generator ({@code x}, {@code sin(x)}, {@code ln(x)}); a
 * fractional power {@code u^(p/q)} is the generator {@code u^(1/q)} to the p, and an exponential
 * {@code b^(k*u)} with rational k = p/q is the generator {@code b^(u/q)} to the p, so that
 * {@code e^(2*x)} and {@code e^x} meet; where u itself occurs beside {@code u^(1/q)}, it is that
 * generator to the q, so that {@code x} and {@code sqrt(x)} meet, and beside {@code cbrt(u)} it is
 * that generator cubed ({@code cbrt(u)^3 = u} for every real u).
 *
 * <p>Generators are treated as independent symbols. That is sound: an identity between
 * polynomials in independent symbols holds for every value of them, so it holds for the values
 * the generators take; it only misses relations between generators ({@code sin^2 + cos^2 = 1}),
 * which other rewrites handle.
 */
final class RationalForm {
  private final List<Expr> generators;
  private final Map<Expr, Integer> index = new HashMap<>();
  /** The base u of each radical generator u^(1/q), and that generator to the q: u itself. */
  private final Map<Expr, Poly> radicands = new HashMap<>();
  /** The powers of generators written so far, by {@code k * arity + i}. */
  private final Map<Long, Expr> powers = new HashMap<>();

  private RationalForm(List<Expr> generators) {
    this.generators = generators;
    for (int i = 0; i < generators.size(); i++) {
      index.put(generators.get(i), i);
      if (generators.get(i) instanceof Power p && p.exponent() instanceof Num n
          && n.value().numerator().equals(BigInteger.ONE)
          && n.value().denominator().bitLength() < 8) {
        int q = n.value().denominator().intValueExact();
        radicands.putIfAbsent(p.base(), Poly.generator(generators.size(), i, q));
      } else if (generators.get(i) instanceof Call c && c.function() == MathFunction.CBRT) {
        radicands.putIfAbsent(c.argument(), Poly.generator(generators.size(), i, 3));
      }
    }
  }

  /** The generators of {@code e}, in the canonical order of expressions. */
  static RationalForm of(Expr e) {
    Set<Expr> found = new LinkedHashSet<>();
    collect(e, found);
    List<Expr> sorted = new ArrayList<>(found);
    sorted.sort(ExprOrder.FACTORS);
    return new RationalForm(sorted);
  }

  int arity() {
    return generators.size();
  }

  /** {@code e} as numerator over denominator; the denominator is never zero. */
  Fraction toFraction(Expr e) {
    StackGuard.checkInterrupted();
    Poly radicand = radicands.isEmpty() ? null : radicands.get(e);
    if (radicand != null) return Fraction.of(radicand);
    if (e instanceof Num n) return Fraction.of(Poly.constant(arity(), n.value()));
    if (e instanceof Sum s) {
      Fraction acc = Fraction.of(Poly.zero(arity()));
      for (Expr t : s.terms()) acc = acc.add(toFraction(t));
      return acc;
    }
    if (e instanceof Product p) {
      Fraction acc = Fraction.of(one());
      for (Expr f : p.factors()) acc = acc.multiply(toFraction(f));
      return acc;
    }
    if (isExpandable(e)) {
      Power pw = (Power) e;
      Num n = (Num) pw.exponent();
      return toFraction(pw.base()).pow(n.value().intValue().orElseThrow());
    }
    Atom a = atom(e);
    Poly g = Poly.generator(arity(), index.get(a.generator), Math.abs(a.exponent));
    return a.exponent >= 0 ? Fraction.of(g) : Fraction.of(g).reciprocal();
  }

  /** The expression of a polynomial: a canonical sum of coefficient times generator powers. */
  Expr toExpr(Poly p) {
    WorkBudget.spend(WorkBudget.NODE * p.termCount());
    List<Expr> terms = new ArrayList<>(p.termCount());
    for (int t = 0; t < p.termCount(); t++) {
      List<Expr> factors = new ArrayList<>();
      factors.add(Expr.num(p.coefficient(t)));
      for (int i = 0; i < p.arity(); i++) {
        int k = p.exponent(t, i);
        if (k != 0) factors.add(generatorPower(i, k));
      }
      terms.add(Expr.product(factors));
    }
    return Expr.sum(terms);
  }

  /**
   * The expression of {@code f^m}: a monomial is raised before it is written, so that a cube
   * root's cube comes out of it as in {@link #toExpr(Poly)} ({@code cbrt(y)^3} is {@code y}).
   */
  Expr toExpr(Poly f, int m) {
    if (f.termCount() != 1 || m == 0) return Expr.power(toExpr(f), m);
    Expr raised = toExpr(f.pow(Math.abs(m)));
    return m > 0 ? raised : Expr.power(raised, -1);
  }

  /**
   * Generator {@code i} to the {@code k}, built once per form: most terms repeat a few. A real
   * cube root's cubes come out of it, as a square root's squares do in its power:
   * {@code cbrt(u)^4 = u*cbrt(u)}.
   */
  private Expr generatorPower(int i, int k) {
    long key = (long) k * generators.size() + i;
    Expr power = powers.get(key);
    if (power == null) {
      Expr g = generators.get(i);
      power = g instanceof Call c && c.function() == MathFunction.CBRT && Math.abs(k) >= 3
          ? Expr.product(Expr.power(c.argument(), k / 3), Expr.power(g, k % 3))
          : Expr.power(g, k);
      powers.put(key, power);
    }
    return power;
  }

  private Poly one() {
    return Poly.constant(arity(), Rational.ONE);
  }

  private static void collect(Expr e, Set<Expr> found) {
    if (e instanceof Num) return;
    if (e instanceof Sum s) {
      for (Expr t : s.terms()) collect(t, found);
    } else if (e instanceof Product p) {
      for (Expr f : p.factors()) collect(f, found);
    } else if (isExpandable(e)) {
      collect(((Power) e).base(), found);
    } else {
      found.add(atom(e).generator);
    }
  }

  /**
   * An integer power whose expansion stays small: a power of a generator is one term
   * ({@code x^1000} is x to the 1000), a sum of k terms to the n has up to
   * {@code C(n + k - 1, n)} terms, and past {@link FullSimplifier#MAX_TERMS} it stays a generator.
   */
  private static boolean isExpandable(Expr e) {
    if (!(e instanceof Power p && p.exponent() instanceof Num n && n.value().isInteger())) {
      return false;
    }
    if (n.value().abs().compareTo(Rational.of(1 << 20)) > 0) return false;
    int power = Math.abs(n.value().intValue().orElseThrow());
    // A number to a power stays as the constructors left it (2^100000 is not expanded).
    if (p.base() instanceof Num) return false;
    if (!(p.base() instanceof Sum s)) return true;
    long terms = 1;
    for (int i = 1; i <= power && terms <= FullSimplifier.MAX_TERMS; i++) {
      terms = terms * (power + s.terms().size() - i) / i;
    }
    return terms <= FullSimplifier.MAX_TERMS;
  }

  private record Atom(Expr generator, int exponent) {}

  /**
   * The generator and exponent of a node that is not a sum, product or integer power. A symbolic
   * exponent is split ({@code b^(2*x) = (b^x)^2}) only over a positive base: over a negative one,
   * {@code (-2)^(2*x)} is defined for every x where {@code (-2)^x} is not.
   */
  private static Atom atom(Expr e) {
    if (e instanceof Power pw) {
      Expr exponent = pw.exponent();
      boolean numeric = exponent instanceof Num;
      Rational k = exponent instanceof Num n ? n.value()
          : exponent instanceof Product p ? p.coefficient() : Rational.ONE;
      if (!k.isOne() && k.numerator().bitLength() < 16 && k.denominator().bitLength() < 16
          && (numeric || isPositiveConstant(pw.base()))) {
        Expr rest = numeric ? Expr.num(1) : ((Product) exponent).withoutCoefficient();
        Rational unit = Rational.of(BigInteger.ONE, k.denominator());
        int p = k.numerator().intValueExact();
        return new Atom(Expr.power(pw.base(), Expr.product(Expr.num(unit), rest)), p);
      }
    }
    return new Atom(e, 1);
  }

  private static boolean isPositiveConstant(Expr base) {
    return base instanceof Constant || (base instanceof Num n && n.value().signum() > 0);
  }
}

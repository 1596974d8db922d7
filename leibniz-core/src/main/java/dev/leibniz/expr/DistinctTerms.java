package dev.leibniz.expr;

import java.util.Arrays;
import java.util.List;

/**
 * The common sum that needs no collecting, built without {@link SumBuilder}'s tables: the
 * product rule's {@code f'*g + f*g'}, a sum rule over unlike terms, {@code x^2 + 1},
 * {@code x + (y - 2) + 3}. Nested sums are flattened one level (canonical sums are flat) and
 * the numbers added, as {@link SumBuilder} does. When then no product carries the coefficient
 * 0 or 1, no two terms have one rest ({@code 2*x} and {@code -x} do), and no term is the square
 * of a sine or cosine (which {@link PythagoreanIdentity} may fold), collecting changes nothing:
 * the canonical sum is the terms themselves in {@link ExprOrder#TERMS} order, then the sum of
 * the numbers unless it is 0, which is what {@link SumBuilder} builds, without its tables.
 */
final class DistinctTerms {
  /** Past this many terms the pairwise comparison of rests costs more than the tables. */
  private static final int MAX_TERMS = 8;

  private DistinctTerms() {}

  /** The canonical sum of {@code input}, or null when some term needs collecting. */
  static Expr sum(List<Expr> input) {
    int size = input.size();
    if (size < 2 || size > MAX_TERMS) return null;
    // One slot per input term: exactly the sum's own when no term is a sum and at most one a
    // number (the constant takes that number's slot); a nested sum makes room for the most.
    Expr[] terms = new Expr[size];
    int n = 0;
    Rational constant = Rational.ZERO;
    for (int i = 0; i < size; i++) {
      Expr t = input.get(i);
      if (t instanceof Num c) {
        constant = constant.add(c.value());
      } else if (t instanceof Sum s) {
        // A raw sum's terms may be raw themselves: SumBuilder rebuilds them.
        if (!Compound.isCanonical(s)) return null;
        if (terms.length <= MAX_TERMS) terms = Arrays.copyOf(terms, MAX_TERMS + 1);
        // One level, as SumBuilder: a term of a sum that is itself a sum goes to it.
        for (int k = 0, m = s.termCount(); k < m; k++) {
          Expr u = s.term(k);
          if (u instanceof Num c) {
            constant = constant.add(c.value());
          } else if (u instanceof Sum || (n = add(terms, n, u)) < 0) {
            return null;
          }
        }
      } else if ((n = add(terms, n, t)) < 0) {
        return null;
      }
    }
    if (n == 0) return Num.of(constant);
    if (n == 1 && constant.isZero()) return terms[0];
    OperandSort.terms(terms, 0, n);
    if (!constant.isZero()) terms[n++] = Num.of(constant);
    // The operands are the input's own: canonical exactly when every one is.
    return Sum.built(Operands.owning(n == terms.length ? terms : Arrays.copyOf(terms, n)), true);
  }

  /**
   * Appends the term {@code t}, not a number, at {@code n} and returns the new count, or -1
   * when there is no room, t is not {@link #plain} or a term already there has its rest.
   */
  private static int add(Expr[] terms, int n, Expr t) {
    if (n == MAX_TERMS || !plain(t)) return -1;
    for (int j = 0; j < n; j++) if (sameRest(terms[j], t)) return -1;
    terms[n] = t;
    return n + 1;
  }

  /** A coefficient other than 0 and 1, and a rest other than {@code sin(u)^2}, {@code cos(u)^2}. */
  private static boolean plain(Expr t) {
    if (t instanceof Product p) {
      Operands f = p.operands();
      if (f.get(0) instanceof Num c) {
        if (c.isZero() || c.isOne()) return false;
        return f.size() > 2 || !trigSquare(f.get(1));
      }
      return true;
    }
    return !trigSquare(t);
  }

  private static boolean trigSquare(Expr e) {
    return e instanceof Power p && p.base() instanceof Call c
        && (c.function() == MathFunction.SIN || c.function() == MathFunction.COS)
        && p.exponent() instanceof Num k && k.value().equals(Rational.TWO);
  }

  /** True if {@code a = c*r} and {@code b = d*r} for numbers c, d and one rest r. */
  private static boolean sameRest(Expr a, Expr b) {
    int fromA = Product.afterCoefficient(a);
    int fromB = Product.afterCoefficient(b);
    int length = restLength(a, fromA);
    if (length != restLength(b, fromB)) return false;
    for (int k = 0; k < length; k++) {
      Expr x = restFactor(a, fromA + k);
      Expr y = restFactor(b, fromB + k);
      if (!Compound.same(x, y)) return false;
    }
    return true;
  }

  private static int restLength(Expr t, int start) {
    return t instanceof Product p ? p.factorCount() - start : 1;
  }

  private static Expr restFactor(Expr t, int i) {
    return t instanceof Product p ? p.factor(i) : t;
  }
}

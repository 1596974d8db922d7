package dev.leibniz.expr;

import java.util.Arrays;
import java.util.List;

/**
 * The common sum that needs no collecting, built without {@link SumBuilder}'s tables: the
 * product rule's {@code f'*g + f*g'}, a sum rule over unlike terms, {@code x^2 + 1}. When no
 * term is a sum or a zero, at most one is a number, no product carries the coefficient 0 or 1,
 * no two terms have one rest ({@code 2*x} and {@code -x} do), and no term is the square of a
 * sine or cosine (which {@link PythagoreanIdentity} may fold), collecting changes nothing: the
 * canonical sum is the terms themselves in {@link ExprOrder#TERMS} order, which is what
 * {@link SumBuilder} builds, without its tables.
 */
final class DistinctTerms {
  /** Past this many terms the pairwise comparison of rests costs more than the tables. */
  private static final int MAX_TERMS = 8;

  private DistinctTerms() {}

  /** The canonical sum of {@code input}, or null when some term needs collecting. */
  static Expr sum(List<Expr> input) {
    int n = input.size();
    if (n < 2 || n > MAX_TERMS) return null;
    Expr[] terms = new Expr[n];
    boolean number = false;
    for (int i = 0; i < n; i++) {
      Expr t = input.get(i);
      if (t instanceof Num c) {
        if (number || c.isZero()) return null;
        number = true;
      } else if (t instanceof Sum || !plain(t)) {
        return null;
      } else {
        for (int j = 0; j < i; j++) {
          if (!(terms[j] instanceof Num) && sameRest(terms[j], t)) return null;
        }
      }
      terms[i] = t;
    }
    Arrays.sort(terms, ExprOrder.TERMS);
    // The operands are the input itself: canonical exactly when every term is.
    return Sum.built(Operands.owning(terms), true);
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
      if (x != y && !x.equals(y)) return false;
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

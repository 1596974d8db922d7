package dev.leibniz.expr;

import java.util.Comparator;

/**
 * The total order on expressions that makes canonical forms unique and printing stable.
 *
 * <p>{@link #FACTORS} orders the factors of a product: the number first, then constants,
 * variables, exponentials ({@code e^u}, {@code 2^u}), functions and sums; factors with one base
 * are ordered by the size of their exponent, so {@code x} comes before {@code x^2} and
 * {@code 1/x} before {@code 1/x^2}. It is a total order consistent with {@code equals} and never
 * looks at printed text.
 *
 * <p>{@link #TERMS} orders the terms of a sum the way people write polynomials: higher total
 * degree first, ties by {@link #FACTORS}, and the constant term last: {@code x^2 + 3*x + 1}.
 */
public final class ExprOrder {
  /** Order of factors in a product; also the general total order. */
  public static final Comparator<Expr> FACTORS = ExprOrder::compare;

  /** Order of terms in a sum. */
  public static final Comparator<Expr> TERMS = ExprOrder::compareTerms;

  private ExprOrder() {}

  /** The general total order: negative, zero or positive as {@code a} sorts before {@code b}. */
  public static int compare(Expr a, Expr b) {
    if (a == b) return 0;
    if (a instanceof Product pa) {
      return b instanceof Product pb ? compareFactorLists(pa.operands(), pb.operands())
          : compareWithSingle(pa.operands(), b);
    }
    if (b instanceof Product pb) return -compareWithSingle(pb.operands(), a);
    // A power that is not an exponential is ranked by its base, then its exponent; anything
    // else is its own base with the exponent 1 (null below, each decided once).
    Expr ea = a instanceof Power p && !isExponential(p) ? p.exponent() : null;
    Expr eb = b instanceof Power p && !isExponential(p) ? p.exponent() : null;
    int c = (ea == null && eb == null) ? compareAtoms(a, b)
        : compare(ea == null ? a : ((Power) a).base(), eb == null ? b : ((Power) b).base());
    if (c != 0) return c;
    if (ea == null && eb == null) return 0;
    if (ea == null) ea = Num.ONE;
    if (eb == null) eb = Num.ONE;
    if (ea instanceof Num x && eb instanceof Num y) {
      c = x.value().abs().compareTo(y.value().abs());
      return c != 0 ? c : x.value().compareTo(y.value());
    }
    return compare(ea, eb);
  }

  private static int compareTerms(Expr a, Expr b) {
    return compareTerms(a, degree(a), b, degree(b));
  }

  /**
   * {@link #TERMS} given the terms' {@link #degree degrees}, for a sort that computes each
   * term's degree once: the number last, higher degree first, ties by {@link #compare}.
   */
  static int compareTerms(Expr a, double degreeA, Expr b, double degreeB) {
    boolean na = a instanceof Num;
    boolean nb = b instanceof Num;
    if (na != nb) return na ? 1 : -1;
    int c = Double.compare(degreeB, degreeA);
    return c != 0 ? c : compare(a, b);
  }

  /** Total degree in the variables: the sum of numeric exponents of variable factors. */
  static double degree(Expr e) {
    if (e instanceof Var) return 1;
    if (e instanceof Power p && p.base() instanceof Var && p.exponent() instanceof Num n) {
      return n.value().doubleValue();
    }
    if (e instanceof Product p) {
      double d = 0;
      for (int i = 0, n = p.factorCount(); i < n; i++) d += degree(p.factor(i));
      return d;
    }
    return 0;
  }

  /** A product against a lone factor, as {@link #compareFactorLists} with a one-element list. */
  private static int compareWithSingle(Operands factors, Expr single) {
    int c = compare(factors.get(factors.size() - 1), single);
    return c != 0 ? c : Integer.compare(factors.size(), 1);
  }

  /** Products compare from their last (most significant) factor, then by length. */
  private static int compareFactorLists(Operands a, Operands b) {
    int i = a.size() - 1;
    int j = b.size() - 1;
    for (; i >= 0 && j >= 0; i--, j--) {
      int c = compare(a.get(i), b.get(j));
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

  /** {@code e^u} or {@code a^u}: a constant raised to a non-numeric power, ranked as a whole. */
  private static boolean isExponential(Expr e) {
    return e instanceof Power p && (p.base() instanceof Constant || p.base() instanceof Num)
        && !(p.exponent() instanceof Num);
  }

  private static int rank(Expr e) {
    if (e instanceof Num) return 0;
    if (e instanceof Constant) return 1;
    if (e instanceof Var) return 2;
    if (isExponential(e)) return 3;
    if (e instanceof Call) return 4;
    if (e instanceof Sum) return 5;
    throw new IllegalStateException("unhandled " + e);
  }

  private static int compareAtoms(Expr a, Expr b) {
    // Two variables, the commonest pair, before the ranks (both rank 2).
    if (a instanceof Var x && b instanceof Var y) return compareNames(x.name(), y.name());
    int c = Integer.compare(rank(a), rank(b));
    if (c != 0) return c;
    if (a instanceof Num x && b instanceof Num y) return x.value().compareTo(y.value());
    if (a instanceof Constant x && b instanceof Constant y) return x.compareTo(y);
    if (a instanceof Sum x && b instanceof Sum y) {
      return compareTermLists(x.operands(), y.operands());
    }
    if (a instanceof Call x && b instanceof Call y) {
      c = x.function().canonicalName().compareTo(y.function().canonicalName());
      return c != 0 ? c : compare(x.argument(), y.argument());
    }
    if (a instanceof Power x && b instanceof Power y) {
      c = compare(x.base(), y.base());
      return c != 0 ? c : compare(x.exponent(), y.exponent());
    }
    throw new IllegalStateException("unhandled " + a + " and " + b);
  }

  private static int compareTermLists(Operands a, Operands b) {
    for (int i = 0; i < a.size() && i < b.size(); i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

  /** Names compare letters first, then by the number in their digits: x2 before x10. */
  public static int compareNames(String a, String b) {
    if (a.length() == 1 && b.length() == 1) {
      // One letter each (x, y): their stems are the names.
      char x = a.charAt(0);
      char y = b.charAt(0);
      if (Character.isLetter(x) && Character.isLetter(y)) return x - y;
    }
    if (a.equals(b)) return 0;
    int c = compareStems(a, stemLength(a), b, stemLength(b));
    if (c != 0) return c;
    c = Integer.compare(a.length(), b.length());
    return c != 0 ? c : a.compareTo(b);
  }

  /** The letters a name starts with, as {@link String#compareTo} orders them, with no copy. */
  private static int compareStems(String a, int lengthA, String b, int lengthB) {
    int n = Math.min(lengthA, lengthB);
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) return x - y;
    }
    return lengthA - lengthB;
  }

  private static int stemLength(String name) {
    int i = 0;
    while (i < name.length() && Character.isLetter(name.charAt(i))) i++;
    return i;
  }
}

package dev.leibniz.matrix;

import dev.leibniz.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The last pass over a derivative: a sum whose terms share their last (or first) matrix factor
 * is written with it factored out when that is shorter: {@code A*x + A'*x} is
 * {@code (A + A')*x}, {@code 2*u*x' + 2*v*x'} is {@code 2*(u + v)*x'}, and a number or scalar
 * factor common to the terms is taken out, {@code 2*x - 2*y} as {@code 2*(x - y)}. Sound
 * everywhere: it is the distributive law.
 */
final class Tidy {
  private Tidy() {}

  static MatrixExpr tidy(MatrixExpr e) {
    return tidy(e, true);
  }

  /**
   * {@code e} tidied; its entry-by-entry part simplified as a whole when {@code outermost} (it
   * is not inside another such part, which simplifies it with the rest).
   */
  private static MatrixExpr tidy(MatrixExpr e, boolean outermost) {
    if (e.children().isEmpty()) return e;
    boolean entrywise = EntrywiseAlgebra.isEntrywise(e);
    List<MatrixExpr> children = new ArrayList<>();
    for (MatrixExpr c : e.children()) children.add(tidy(c, !entrywise));
    MatrixExpr rebuilt = Rebuild.with(e, children);
    if (entrywise && outermost) rebuilt = EntrywiseAlgebra.simplified(rebuilt);
    if (!(rebuilt instanceof MatrixExpr.Sum s)) return rebuilt;
    MatrixExpr best = rebuilt;
    for (boolean last : new boolean[] {true, false}) {
      MatrixExpr factored = factorOut(s, last);
      if (factored != null && MatrixSize.of(factored) < MatrixSize.of(best)) best = factored;
    }
    MatrixExpr content = contentOut(s);
    if (content != null && MatrixSize.of(content) < MatrixSize.of(best)) best = content;
    return best;
  }

  /**
   * {@code c*s*(t1/(c*s) + t2/(c*s) + ...)} for the numbers' common factor c of the terms and
   * the scalar factors s that every term has: {@code 2*x - 2*y} is {@code 2*(x - y)}, as the
   * derivative of {@code norm2(x - y)^2} is written, and {@code 2*x'*A*x*A + 2*x'*A*x*A'} is
   * {@code 2*x'*A*x*(A + A')}. Null when the terms share neither.
   */
  private static MatrixExpr contentOut(MatrixExpr.Sum s) {
    BigInteger numerators = BigInteger.ZERO;
    BigInteger denominators = BigInteger.ONE;
    List<MatrixExpr> shared = null;
    for (MatrixExpr t : s.terms()) {
      Rational c = t instanceof MatrixExpr.Product p ? p.coefficient()
          : t instanceof MatrixExpr.Literal l ? l.value() : Rational.ONE;
      numerators = numerators.gcd(c.numerator());
      BigInteger d = c.denominator();
      denominators = denominators.divide(denominators.gcd(d)).multiply(d);
      List<MatrixExpr> scalars = t instanceof MatrixExpr.Product p ? p.scalars() : List.of();
      shared = shared == null ? new ArrayList<>(scalars) : common(shared, scalars);
    }
    Rational content = Rational.of(numerators, denominators);
    if (content.isOne() && shared.isEmpty()) return null;
    List<MatrixExpr> terms = new ArrayList<>();
    for (MatrixExpr t : s.terms()) terms.add(without(t, content, shared));
    List<MatrixExpr> factors = new ArrayList<>();
    factors.add(MatrixBuild.number(content));
    factors.addAll(shared);
    factors.add(tidy(MatrixBuild.sum(terms)));
    return MatrixBuild.product(factors);
  }

  /** The factors both lists have, each as often as both have it. */
  private static List<MatrixExpr> common(List<MatrixExpr> a, List<MatrixExpr> b) {
    List<MatrixExpr> rest = new ArrayList<>(b);
    List<MatrixExpr> both = new ArrayList<>();
    for (MatrixExpr f : a) {
      if (rest.remove(f)) both.add(f);
    }
    return both;
  }

  /** The term divided by {@code content} and by each of {@code scalars}, one of its factors. */
  private static MatrixExpr without(MatrixExpr t, Rational content, List<MatrixExpr> scalars) {
    MatrixExpr inverse = MatrixBuild.number(Rational.ONE.divide(content));
    if (!(t instanceof MatrixExpr.Product p)) return MatrixBuild.product(inverse, t);
    List<MatrixExpr> kept = new ArrayList<>(p.scalars());
    for (MatrixExpr factor : scalars) kept.remove(factor);
    List<MatrixExpr> factors = new ArrayList<>();
    factors.add(MatrixBuild.number(p.coefficient().divide(content)));
    factors.addAll(kept);
    factors.addAll(p.chain());
    return MatrixBuild.product(factors);
  }

  /** {@code (t1/f + t2/f + ...)*f} for the common last factor f (or first), or null. */
  private static MatrixExpr factorOut(MatrixExpr.Sum s, boolean last) {
    MatrixExpr common = null;
    List<MatrixExpr> rests = new ArrayList<>();
    for (MatrixExpr t : s.terms()) {
      if (!(t instanceof MatrixExpr.Product p) || p.chain().size() < 2 && p.scalars().isEmpty()
          && p.coefficient().isOne()) {
        return null;
      }
      List<MatrixExpr> chain = p.chain();
      if (chain.isEmpty()) return null;
      MatrixExpr f = last ? chain.get(chain.size() - 1) : chain.get(0);
      if (common == null) common = f;
      if (!common.equals(f)) return null;
      List<MatrixExpr> rest = new ArrayList<>();
      rest.add(MatrixBuild.number(p.coefficient()));
      rest.addAll(p.scalars());
      rest.addAll(last ? chain.subList(0, chain.size() - 1) : chain.subList(1, chain.size()));
      rests.add(MatrixBuild.product(rest));
    }
    Shape shape = rests.get(0).shape();
    for (MatrixExpr r : rests) if (!r.shape().equals(shape)) return null;
    MatrixExpr inner = tidy(MatrixBuild.sum(rests));
    return last ? MatrixBuild.product(inner, common) : MatrixBuild.product(common, inner);
  }
}

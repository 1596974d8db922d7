package dev.leibniz.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * The last pass over a derivative: a sum whose terms share their last (or first) matrix factor
 * is written with it factored out when that is shorter: {@code A*x + A'*x} is
 * {@code (A + A')*x}, {@code 2*u*x' + 2*v*x'} is {@code 2*(u + v)*x'}. Sound everywhere: it is
 * the distributive law.
 */
final class Tidy {
  private Tidy() {}

  static MatrixExpr tidy(MatrixExpr e) {
    if (e.children().isEmpty()) return e;
    List<MatrixExpr> children = new ArrayList<>();
    for (MatrixExpr c : e.children()) children.add(tidy(c));
    MatrixExpr rebuilt = Rebuild.with(e, children);
    if (!(rebuilt instanceof MatrixExpr.Sum s)) return rebuilt;
    MatrixExpr best = rebuilt;
    for (boolean last : new boolean[] {true, false}) {
      MatrixExpr factored = factorOut(s, last);
      if (factored != null && MatrixSize.of(factored) < MatrixSize.of(best)) best = factored;
    }
    return best;
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

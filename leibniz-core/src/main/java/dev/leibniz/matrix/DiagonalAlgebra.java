package dev.leibniz.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Diagonal matrices multiply and add entry by entry along their diagonals:
 * {@code diag(a)*diag(b) = diag(a .* b)} and {@code s*diag(a) + t*diag(b) = diag(s*a + t*b)}, for
 * vectors of one length and scalars s, t. Both are exact wherever either side is defined (each
 * entry of the product is {@code a_i*b_i}, off the diagonal 0 on both sides), so the Jacobian of
 * {@code exp(x) .* sin(x)}, {@code diag(sin(x))*diag(exp(x)) + diag(exp(x))*diag(cos(x))} by the
 * product rule, is {@code diag(exp(x) .* (sin(x) + cos(x)))} once the entry-by-entry algebra
 * has gathered the diagonal, as a person writes it; and a diagonal of equal entries is the
 * identity scaled, {@code diag(ones(n)) = eye(n)}. A row and a column of one length have one
 * diagonal matrix; when the vectors differ so, the rows are transposed to columns.
 */
final class DiagonalAlgebra {
  private DiagonalAlgebra() {}

  /** {@code diag(a .* b)} for {@code diag(a)*diag(b)}, two factors side by side; else null. */
  static MatrixExpr product(MatrixExpr left, MatrixExpr right) {
    MatrixExpr a = argument(left);
    MatrixExpr b = argument(right);
    if (a == null || b == null) return null;
    List<MatrixExpr> vectors = aligned(List.of(a, b));
    MatrixExpr merged = MatrixBuild.reduce(Reduction.DIAG,
        MatrixBuild.entrywise(MatrixExpr.EntrywiseOp.TIMES, vectors.get(0), vectors.get(1)));
    // One chain factor in the place of two: a diagonal, or eye(n) when a .* b is ones.
    return argument(merged) != null || MatrixBuild.isEye(merged) ? merged : null;
  }

  /**
   * The terms with the diagonal ones, scaled by numbers and scalars, gathered into one
   * {@code diag(s*a + t*b)}, in the place of the first; {@code terms} itself when fewer than two
   * terms are diagonal.
   */
  static List<MatrixExpr> summed(List<MatrixExpr> terms) {
    if (terms.stream().filter(DiagonalAlgebra::isScaledDiagonal).count() < 2) return terms;
    List<MatrixExpr> scales = new ArrayList<>();
    List<MatrixExpr> vectors = new ArrayList<>();
    for (MatrixExpr t : terms) {
      MatrixExpr v = scaledArgument(t, scales);
      if (v != null) vectors.add(v);
    }
    vectors = aligned(vectors);
    List<MatrixExpr> diagonal = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      diagonal.add(MatrixBuild.product(scales.get(i), vectors.get(i)));
    }
    MatrixExpr merged = MatrixBuild.reduce(Reduction.DIAG, MatrixBuild.sum(diagonal));
    List<MatrixExpr> out = new ArrayList<>();
    boolean placed = false;
    for (MatrixExpr t : terms) {
      if (!isScaledDiagonal(t)) {
        out.add(t);
      } else if (!placed) {
        out.add(merged);
        placed = true;
      }
    }
    return out;
  }

  /** True for {@code diag(u)} and for a number and scalars times one. */
  private static boolean isScaledDiagonal(MatrixExpr t) {
    if (argument(t) != null) return true;
    return t instanceof MatrixExpr.Product p && p.chain().size() == 1
        && argument(p.chain().get(0)) != null;
  }

  /** The vector u of {@code diag(u)}; else null. */
  private static MatrixExpr argument(MatrixExpr e) {
    return e instanceof MatrixExpr.Reduce r && r.op() == Reduction.DIAG ? r.args().get(0) : null;
  }

  /**
   * The vector u of a term {@code c*s*diag(u)} (a number and scalars times one diagonal), its
   * scale {@code c*s} added to {@code scales}; else null.
   */
  private static MatrixExpr scaledArgument(MatrixExpr t, List<MatrixExpr> scales) {
    if (!isScaledDiagonal(t)) return null;
    MatrixExpr u = argument(t);
    if (u != null) {
      scales.add(MatrixBuild.ONE);
      return u;
    }
    MatrixExpr.Product p = (MatrixExpr.Product) t;
    u = argument(p.chain().get(0));
    List<MatrixExpr> scale = new ArrayList<>();
    scale.add(MatrixBuild.number(p.coefficient()));
    scale.addAll(p.scalars());
    scales.add(MatrixBuild.product(scale));
    return u;
  }

  /** The vectors as they are when of one shape; else each row as a column. */
  private static List<MatrixExpr> aligned(List<MatrixExpr> vectors) {
    Shape shape = vectors.get(0).shape();
    if (vectors.stream().allMatch(v -> v.shape().equals(shape))) return vectors;
    List<MatrixExpr> columns = new ArrayList<>();
    for (MatrixExpr v : vectors) {
      columns.add(v.shape().rows() == 1 ? MatrixBuild.transpose(v) : v);
    }
    return columns;
  }

  /**
   * {@code c*eye(n)} for {@code diag(c*ones(n))}, c a number and scalars or none
   * ({@code diag(ones(3))} is {@code eye(3)}, {@code diag(2*s*ones(3))} is {@code 2*s*eye(3)});
   * else null.
   */
  static MatrixExpr ofConstant(MatrixExpr u) {
    int n = u.shape().size();
    if (MatrixBuild.isOnes(u)) return MatrixBuild.eye(n);
    if (u instanceof MatrixExpr.Product p && p.chain().size() == 1
        && MatrixBuild.isOnes(p.chain().get(0))) {
      List<MatrixExpr> factors = new ArrayList<>();
      factors.add(MatrixBuild.number(p.coefficient()));
      factors.addAll(p.scalars());
      factors.add(MatrixBuild.eye(n));
      return MatrixBuild.product(factors);
    }
    return null;
  }
}

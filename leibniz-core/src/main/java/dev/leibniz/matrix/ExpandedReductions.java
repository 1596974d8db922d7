package dev.leibniz.matrix;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * The reductions entry by entry ({@link MatrixExpansion}): {@code det} by Laplace expansion
 * along the first row, {@code inv(U)[i][j] = (-1)^(i+j) M[j][i] / det(U)} with M the minors.
 */
final class ExpandedReductions {
  private ExpandedReductions() {}

  static Expr[][] of(MatrixExpr.Reduce r) {
    Shape s = r.shape();
    if (r.op() == Reduction.ONES || r.op() == Reduction.EYE) {
      Expr[][] out = new Expr[s.rows()][s.columns()];
      for (int i = 0; i < s.rows(); i++) {
        for (int j = 0; j < s.columns(); j++) {
          out[i][j] = r.op() == Reduction.ONES || i == j ? Num.ONE : Num.ZERO;
        }
      }
      return out;
    }
    Expr[][] u = MatrixExpansion.of(r.args().get(0));
    List<Expr> all = new ArrayList<>();
    for (Expr[] row : u) all.addAll(List.of(row));
    switch (r.op()) {
      case SUM:
        return MatrixExpansion.one(Expr.sum(all));
      case NORM2: {
        List<Expr> squares = new ArrayList<>();
        for (Expr x : all) squares.add(Expr.power(x, 2));
        return MatrixExpansion.one(Expr.sqrt(Expr.sum(squares)));
      }
      case TR: {
        List<Expr> diagonal = new ArrayList<>();
        for (int i = 0; i < u.length; i++) diagonal.add(u[i][i]);
        return MatrixExpansion.one(Expr.sum(diagonal));
      }
      case DET:
        return MatrixExpansion.one(det(u));
      case INV: {
        Expr det = det(u);
        int n = u.length;
        Expr[][] out = new Expr[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            Expr cofactor = det(minor(u, j, i));
            if ((i + j) % 2 == 1) cofactor = Expr.negate(cofactor);
            out[i][j] = Expr.quotient(cofactor, det);
          }
        }
        return out;
      }
      case DIAG: {
        int n = all.size();
        Expr[][] out = new Expr[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) out[i][j] = i == j ? all.get(i) : Num.ZERO;
        return out;
      }
      case DOT: {
        Expr[][] v = MatrixExpansion.of(r.args().get(1));
        List<Expr> terms = new ArrayList<>();
        int k = 0;
        for (Expr[] row : v) for (Expr y : row) terms.add(Expr.product(all.get(k++), y));
        return MatrixExpansion.one(Expr.sum(terms));
      }
      case SOFTMAX: {
        List<Expr> exps = new ArrayList<>();
        for (Expr x : all) exps.add(Expr.exp(x));
        Expr total = Expr.sum(exps);
        return MatrixExpansion.map(u, x -> Expr.quotient(Expr.exp(x), total));
      }
      case LOGSUMEXP: {
        List<Expr> exps = new ArrayList<>();
        for (Expr x : all) exps.add(Expr.exp(x));
        return MatrixExpansion.one(Expr.call(MathFunction.LN, Expr.sum(exps)));
      }
      default:
        throw new IllegalStateException("unhandled " + r.op());
    }
  }

  static Expr det(Expr[][] m) {
    int n = m.length;
    if (n == 1) return m[0][0];
    List<Expr> terms = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Expr term = Expr.product(m[0][j], det(minor(m, 0, j)));
      terms.add(j % 2 == 0 ? term : Expr.negate(term));
    }
    return Expr.sum(terms);
  }

  static Expr[][] minor(Expr[][] m, int row, int column) {
    int n = m.length;
    Expr[][] out = new Expr[n - 1][n - 1];
    for (int i = 0, a = 0; i < n; i++) {
      if (i == row) continue;
      for (int j = 0, b = 0; j < n; j++) {
        if (j == column) continue;
        out[a][b++] = m[i][j];
      }
      a++;
    }
    return out;
  }
}

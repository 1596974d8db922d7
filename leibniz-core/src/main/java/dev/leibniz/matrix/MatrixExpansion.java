package dev.leibniz.matrix;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix tree written out entry by entry as scalar expressions, for the reverse-mode tape,
 * which works on scalars: entry (i, j) of a name W is the variable {@code W[i,j]} (1-based), a
 * product is sums of products, {@code det} the Laplace expansion and {@code inv} the adjugate
 * over the determinant. Only for the numeric proof, and only for sizes up to
 * {@link #MAX_SIZE}: the expansion grows fast.
 */
public final class MatrixExpansion {
  /** Largest size expanded. */
  public static final int MAX_SIZE = 6;

  private MatrixExpansion() {}

  /** The scalar variable of entry (i, j), 0-based, of {@code name} of {@code shape}. */
  public static String entry(String name, Shape shape, int i, int j) {
    return shape.isScalar() ? name : name + "[" + (i + 1) + "," + (j + 1) + "]";
  }

  public static Expr[][] of(MatrixExpr e) {
    Shape s = e.shape();
    if (s.rows() > MAX_SIZE || s.columns() > MAX_SIZE) {
      throw new LeibnizException("too large to expand for reverse mode: " + s);
    }
    if (e instanceof MatrixExpr.Literal l) return one(Expr.num(l.value()));
    if (e instanceof MatrixExpr.Const c) return one(c.constant());
    if (e instanceof MatrixExpr.Name n) {
      Expr[][] out = new Expr[s.rows()][s.columns()];
      for (int i = 0; i < s.rows(); i++) {
        for (int j = 0; j < s.columns(); j++) out[i][j] = Expr.var(entry(n.name(), s, i, j));
      }
      return out;
    }
    if (e instanceof MatrixExpr.Sum sum) {
      Expr[][] total = of(sum.terms().get(0));
      for (MatrixExpr t : sum.terms().subList(1, sum.terms().size())) {
        total = zip(total, of(t), (a, b) -> Expr.sum(a, b));
      }
      return total;
    }
    if (e instanceof MatrixExpr.Product p) {
      Expr scale = Expr.num(p.coefficient());
      for (MatrixExpr f : p.scalars()) scale = Expr.product(scale, of(f)[0][0]);
      Expr[][] chain = null;
      for (MatrixExpr m : p.chain()) chain = chain == null ? of(m) : multiply(chain, of(m));
      if (chain == null) return one(scale);
      final Expr k = scale;
      return map(chain, x -> Expr.product(k, x));
    }
    if (e instanceof MatrixExpr.Power p) return one(Expr.power(of(p.base())[0][0],
        of(p.exponent())[0][0]));
    if (e instanceof MatrixExpr.Transpose t) return transpose(of(t.arg()));
    if (e instanceof MatrixExpr.Entrywise w) {
      Expr[][] a = broadcast(of(w.left()), s);
      Expr[][] b = broadcast(of(w.right()), s);
      switch (w.op()) {
        case TIMES:
          return zip(a, b, (x, y) -> Expr.product(x, y));
        case DIVIDE:
          return zip(a, b, Expr::quotient);
        default:
          return zip(a, b, Expr::power);
      }
    }
    if (e instanceof MatrixExpr.Apply a) return map(of(a.arg()), x -> Expr.call(a.function(), x));
    if (e instanceof MatrixExpr.Reduce r) return ExpandedReductions.of(r);
    throw new IllegalStateException("unhandled " + e);
  }

  static Expr[][] one(Expr e) {
    return new Expr[][] {{e}};
  }

  static Expr[][] multiply(Expr[][] a, Expr[][] b) {
    Expr[][] out = new Expr[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        List<Expr> terms = new ArrayList<>();
        for (int k = 0; k < b.length; k++) terms.add(Expr.product(a[i][k], b[k][j]));
        out[i][j] = Expr.sum(terms);
      }
    }
    return out;
  }

  static Expr[][] transpose(Expr[][] a) {
    Expr[][] out = new Expr[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) out[j][i] = a[i][j];
    return out;
  }

  static Expr[][] map(Expr[][] a, java.util.function.UnaryOperator<Expr> f) {
    Expr[][] out = new Expr[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) out[i][j] = f.apply(a[i][j]);
    return out;
  }

  static Expr[][] zip(Expr[][] a, Expr[][] b, java.util.function.BinaryOperator<Expr> f) {
    Expr[][] out = new Expr[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) out[i][j] = f.apply(a[i][j], b[i][j]);
    }
    return out;
  }

  private static Expr[][] broadcast(Expr[][] a, Shape s) {
    if (a.length == s.rows() && a[0].length == s.columns()) return a;
    Expr[][] out = new Expr[s.rows()][s.columns()];
    for (Expr[] row : out) java.util.Arrays.fill(row, a[0][0]);
    return out;
  }

  static Expr ln(Expr x) {
    return Expr.call(MathFunction.LN, x);
  }

  static Expr zero() {
    return Num.ZERO;
  }
}

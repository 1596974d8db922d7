package dev.leibniz.matrix;

import java.util.Comparator;
import java.util.List;

/**
 * The total order of terms in a sum and of scalar factors in a product: by kind (numbers,
 * constants, names, transposes, functions, reductions, powers, entry-wise operations,
 * products, sums), then names alphabetically and numbers by value, then operands left to right,
 * then size. Never by printed text.
 */
final class MatrixOrder implements Comparator<MatrixExpr> {
  static final MatrixOrder INSTANCE = new MatrixOrder();

  private MatrixOrder() {}

  @Override
  public int compare(MatrixExpr a, MatrixExpr b) {
    int byKind = Integer.compare(rank(a), rank(b));
    if (byKind != 0) return byKind;
    if (a instanceof MatrixExpr.Name x && b instanceof MatrixExpr.Name y) {
      return x.name().compareTo(y.name());
    }
    if (a instanceof MatrixExpr.Literal x && b instanceof MatrixExpr.Literal y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof MatrixExpr.Const x && b instanceof MatrixExpr.Const y) {
      return x.constant().compareTo(y.constant());
    }
    int byLabel = label(a).compareTo(label(b));
    if (byLabel != 0) return byLabel;
    List<MatrixExpr> as = a.children();
    List<MatrixExpr> bs = b.children();
    for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
      int c = compare(as.get(i), bs.get(i));
      if (c != 0) return c;
    }
    int bySize = Integer.compare(as.size(), bs.size());
    if (bySize != 0) return bySize;
    if (a instanceof MatrixExpr.Product x && b instanceof MatrixExpr.Product y) {
      return x.coefficient().compareTo(y.coefficient());
    }
    return 0;
  }

  private static int rank(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal) return 0;
    if (e instanceof MatrixExpr.Const) return 1;
    if (e instanceof MatrixExpr.Name) return 2;
    if (e instanceof MatrixExpr.Transpose) return 3;
    if (e instanceof MatrixExpr.Apply) return 4;
    if (e instanceof MatrixExpr.Reduce) return 5;
    if (e instanceof MatrixExpr.Power) return 6;
    if (e instanceof MatrixExpr.Entrywise) return 7;
    if (e instanceof MatrixExpr.Product) return 8;
    if (e instanceof MatrixExpr.Sum) return 9;
    throw new IllegalStateException("unhandled " + e);
  }

  /** The operator's own name within a kind: the function, reduction or entry-wise operator. */
  private static String label(MatrixExpr e) {
    if (e instanceof MatrixExpr.Apply f) return f.function().canonicalName();
    if (e instanceof MatrixExpr.Reduce r) return r.op().word();
    if (e instanceof MatrixExpr.Entrywise w) return w.op().symbol();
    return "";
  }
}

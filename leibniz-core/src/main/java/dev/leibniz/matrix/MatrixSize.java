package dev.leibniz.matrix;

/**
 * The size of a tree as printed: its leaves and binary operations, the measure by which
 * {@code 2*(W*x - y)*x'} (nine nodes) is compared with the textbook's form. A product of k
 * factors counts k - 1 operations, its coefficient as a factor unless it is 1 or -1 (written as
 * a sign); a sum of n terms n - 1.
 */
public final class MatrixSize {
  private MatrixSize() {}

  public static int of(MatrixExpr e) {
    if (e instanceof MatrixExpr.Literal l) return l.value().signum() < 0 ? 2 : 1;
    if (e instanceof MatrixExpr.Name || e instanceof MatrixExpr.Const) return 1;
    int size = 0;
    for (MatrixExpr c : e.children()) size += of(c);
    if (e instanceof MatrixExpr.Sum s) return size + s.terms().size() - 1;
    if (e instanceof MatrixExpr.Product p) {
      int factors = p.scalars().size() + p.chain().size();
      boolean signOnly = p.coefficient().abs().isOne();
      if (!signOnly) {
        factors++;
        size++;
      }
      return size + factors - 1 + (p.coefficient().signum() < 0 && signOnly ? 1 : 0);
    }
    if (e instanceof MatrixExpr.Reduce r && r.op().isConstantArray()) return 1 + size;
    return size + 1;
  }
}

package dev.leibniz.matrix;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces names by trees in a matrix expression, rebuilding every node above a replacement
 * through the smart constructors ({@link Rebuild}), so the result is canonical: {@code 2*f}
 * with {@code f = sum(v)} is {@code 2*sum(v)}. Each shared subtree is rebuilt once. A
 * replacement must have its name's shape; the caller checks that.
 */
public final class MatrixSubstitution {
  private final Map<String, MatrixExpr> replacements;
  private final Map<MatrixExpr, MatrixExpr> done = new IdentityHashMap<>();

  private MatrixSubstitution(Map<String, MatrixExpr> replacements) {
    this.replacements = replacements;
  }

  /** {@code e} with each name that is a key of {@code replacements} replaced by its tree. */
  public static MatrixExpr apply(MatrixExpr e, Map<String, MatrixExpr> replacements) {
    return replacements.isEmpty() ? e : new MatrixSubstitution(replacements).walk(e);
  }

  private MatrixExpr walk(MatrixExpr e) {
    MatrixExpr known = done.get(e);
    if (known != null) return known;
    MatrixExpr out;
    if (e instanceof MatrixExpr.Name n) {
      out = replacements.getOrDefault(n.name(), e);
    } else if (e.children().isEmpty()) {
      out = e;
    } else {
      List<MatrixExpr> children = new ArrayList<>(e.children().size());
      boolean changed = false;
      for (MatrixExpr c : e.children()) {
        MatrixExpr d = walk(c);
        changed |= d != c;
        children.add(d);
      }
      out = changed ? Rebuild.with(e, children) : e;
    }
    done.put(e, out);
    return out;
  }
}

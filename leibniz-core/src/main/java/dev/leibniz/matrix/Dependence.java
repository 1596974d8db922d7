package dev.leibniz.matrix;

import java.util.IdentityHashMap;
import java.util.Map;

/** Whether a subtree mentions a variable, remembered per node (shared subtrees are asked often). */
final class Dependence {
  private final String variable;
  private final Map<MatrixExpr, Boolean> memo = new IdentityHashMap<>();

  Dependence(String variable) {
    this.variable = variable;
  }

  boolean on(MatrixExpr e) {
    if (e instanceof MatrixExpr.Name n) return n.name().equals(variable);
    if (e.children().isEmpty()) return false;
    Boolean known = memo.get(e);
    if (known != null) return known;
    boolean found = false;
    for (MatrixExpr c : e.children()) {
      if (on(c)) {
        found = true;
        break;
      }
    }
    memo.put(e, found);
    return found;
  }
}

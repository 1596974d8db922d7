package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ExprOrder#FACTORS} is the documented order (numbers, constants, variables,
 * exponentials, functions, sums; one base by the size of its exponent, then its sign:
 * {@code 1/x, x, x^2, 1/x^3}) and a total order
 * consistent with {@code equals} on random canonical expressions: antisymmetric, zero exactly
 * for equal trees, transitive.
 */
class ExprOrderTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Y = Expr.var("y");

  @Test
  void factorsComeInTheDocumentedOrder() {
    List<Expr> ascending = List.of(Expr.num(-3), Expr.num(2), Constant.E, Constant.PI, 
        Expr.power(X, -1), X, Expr.power(X, 2), Expr.power(X, -3), Y, Expr.exp(X),
        Expr.call(MathFunction.SIN, X), Expr.sum(X, Num.ONE));
    for (int i = 0; i < ascending.size(); i++) {
      for (int j = 0; j < ascending.size(); j++) {
        int c = Integer.signum(ExprOrder.compare(ascending.get(i), ascending.get(j)));
        assertEquals(Integer.compare(i, j), c, ascending.get(i) + " against " + ascending.get(j));
      }
    }
  }

  @Test
  void isATotalOrderConsistentWithEqualsOnRandomExpressions() {
    List<Expr> items = new ArrayList<>();
    for (long seed : ExprGenerator.seeds(120).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      items.add(g.expression(2));
      items.add(g.leaf());
      items.add(ExprGenerator.rawCopy(items.get(items.size() - 2)));
    }
    int n = items.size();
    int[][] sign = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sign[i][j] = Integer.signum(ExprOrder.compare(items.get(i), items.get(j)));
        assertEquals(items.get(i).equals(items.get(j)), sign[i][j] == 0, i + " " + j);
      }
    }
    int checked = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        assertEquals(-sign[j][i], sign[i][j]);
        if (sign[i][j] > 0) continue;
        for (int k = 0; k < n; k++) {
          if (sign[j][k] <= 0) {
            assertTrue(sign[i][k] <= 0, "not transitive: " + i + " " + j + " " + k);
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1_000_000, checked + " triples");
  }
}

package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What each compound node keeps from its construction equals what a walk of its tree computes:
 * the hash is TreeEquality's pre-order fold (kind, operand count, function; leaves by their own
 * hash), the size is the node count, and the mask holds the bit of every variable in the tree.
 */
class CompoundTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Y = Expr.var("y");

  /** The pre-order fold {@code h = 31*h + tag}, started at 1, by an explicit walk. */
  private static int walkedHash(Expr e) {
    int[] h = {1};
    fold(e, h);
    return h[0];
  }

  private static void fold(Expr e, int[] h) {
    List<Expr> operands = e.children();
    if (operands.isEmpty()) {
      h[0] = 31 * h[0] + e.hashCode();
      return;
    }
    int kind = e instanceof Sum ? 1 : e instanceof Product ? 2 : e instanceof Power ? 3 : 4;
    int function = e instanceof Call c ? c.function().hashCode() : 0;
    h[0] = 31 * h[0] + (kind * 1_000_003 + operands.size()) * 31 + function;
    for (Expr o : operands) fold(o, h);
  }

  private static long walkedSize(Expr e) {
    long n = 1;
    for (Expr o : e.children()) n += walkedSize(o);
    return n;
  }

  @Test
  void keptHashSizeAndVariablesAgreeWithAWalkOnRandomTrees() {
    int compounds = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      Expr e = new ExprGenerator(seed).expression();
      if (e.children().isEmpty()) continue;
      assertEquals(walkedHash(e), e.hashCode(), "seed " + seed);
      assertEquals(walkedSize(e), ExprSize.treeSize(e), "seed " + seed);
      Set<String> names = Variables.of(e);
      for (String v : List.of("x", "y", "z")) {
        if (names.contains(v)) assertTrue(Variables.mayContain(e, v), v + ", seed " + seed);
      }
      compounds++;
    }
    assertTrue(compounds > 2000, "compound trees drawn: " + compounds);
  }

  @Test
  void sameAgreesWithEqualsOnRandomPairs() {
    int equalPairs = 0;
    for (long seed : ExprGenerator.seeds(1500).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      Expr a = seed % 2 == 0 ? g.expression() : g.leaf();
      Expr b = seed % 3 == 0 ? ExprGenerator.rawCopy(a) : seed % 2 == 0 ? g.expression() : g.leaf();
      assertEquals(a.equals(b), Compound.same(a, b), "seed " + seed);
      assertEquals(b.equals(a), Compound.same(b, a), "seed " + seed);
      if (a.equals(b)) equalPairs++;
    }
    assertTrue(equalPairs >= 500, equalPairs + " equal pairs");
    assertTrue(Compound.same(Expr.var("x1"), new Var(new String("x1"))));
    assertTrue(Compound.same(Num.of(Rational.of(3, 4)), new Num(Rational.of(3, 4))));
    assertFalse(Compound.same(X, Y));
    assertFalse(Compound.same(Constant.E, Constant.PI));
  }

  @Test
  void aVariableAbsentFromTheMaskIsAbsentFromTheTree() {
    Expr e = Expr.product(Expr.call(MathFunction.SIN, Y), Expr.power(Y, 3));
    assertFalse(Variables.mayContain(e, "x"));
    assertTrue(Variables.mayContain(e, "y"));
    assertTrue(Variables.mayContain(Expr.sum(e, X), "x"));
    assertFalse(Variables.mayContain(Expr.num(3), "x"));
  }

  @Test
  void treesThatDifferOnlyDeepDownAreUnequalAndEqualTreesHashAlike() {
    Expr a = X;
    Expr b = X;
    for (int i = 0; i < 200; i++) {
      a = Expr.call(MathFunction.SIN, Expr.sum(a, Expr.num(i)));
      b = Expr.call(MathFunction.SIN, Expr.sum(b, Expr.num(i)));
    }
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(599, ExprSize.treeSize(a));
    Expr c = Expr.call(MathFunction.COS, Expr.sum(a, Y));
    Expr d = Expr.call(MathFunction.COS, Expr.sum(b, Expr.var("z")));
    assertNotEquals(c, d);
  }
}

package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The canonical bit ({@link Expr#isCanonical}): set on what the smart constructors make from
 * canonical operands, clear on the raw constructors' nodes and on everything above them; and a
 * tree with the bit set is a fixed point of the canonical rebuild, which therefore returns it as
 * it is. The rebuild of a raw copy, which walks every node, checks that the bit never lies.
 */
class CanonicalBitTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Y = Expr.var("y");

  @Test
  void leavesAndSmartConstructorTreesAreCanonical() {
    assertTrue(Expr.isCanonical(X));
    assertTrue(Expr.isCanonical(Constant.PI));
    assertTrue(Expr.isCanonical(new Num(dev.leibniz.expr.Rational.of(3, 4))));
    assertTrue(Expr.isCanonical(Expr.sum(X, Y)));
    assertTrue(Expr.isCanonical(Expr.product(Expr.num(3), X, Expr.call(MathFunction.SIN, Y))));
    assertTrue(Expr.isCanonical(Expr.quotient(X, Expr.sum(X, Expr.num(1)))));
    assertTrue(Expr.isCanonical(Expr.sqrt(Expr.exp(Expr.product(X, Y)))));
  }

  @Test
  void rawNodesAreNotCanonicalEvenWhenTheyLookIt() {
    Expr sum = new Sum(List.of(X, Y));
    assertEquals(Expr.sum(X, Y), sum);
    assertFalse(Expr.isCanonical(sum));
    assertFalse(Expr.isCanonical(new Product(List.of(Expr.num(2), X))));
    assertFalse(Expr.isCanonical(new Power(X, Num.TWO)));
    assertFalse(Expr.isCanonical(new dev.leibniz.expr.Call(MathFunction.SIN, X)));
  }

  @Test
  void aRawNodeAnywhereBelowClearsTheBitAllTheWayUp() {
    Expr raw = new Power(X, Num.TWO);
    Expr deep = Expr.call(MathFunction.COS,
        Expr.sum(Expr.product(Y, Expr.call(MathFunction.SIN, raw)), Expr.num(1)));
    assertFalse(Expr.isCanonical(deep));
    assertEquals("cos(y*sin(x^2) + 1)", PlainPrinter.print(Simplifier.simplify(deep)));
    assertTrue(Expr.isCanonical(Simplifier.simplify(deep)));
  }

  /**
   * A builder fed a raw node can assemble canonical operands into a node that is not canonical:
   * here the raw {@code 2*(x + 1)} keeps its lone sum through like-term collection, and the raw
   * nested sum is flattened only one level. The bit follows the builder's input, not only the
   * new node's operands, so the rebuild still finds {@code 3*x + 3} and {@code x + y + z + 1}.
   */
  @Test
  void aBuilderFedARawNodeMakesNothingCanonical() {
    Expr xPlusOne = Expr.sum(X, Expr.num(1));
    Expr twice = Expr.sum(new Product(List.of(Num.TWO, xPlusOne)), xPlusOne);
    assertFalse(Expr.isCanonical(twice));
    assertEquals("3*x + 3", PlainPrinter.print(Simplifier.simplify(twice)));

    Expr nested = Expr.sum(new Sum(List.of(xPlusOne, Expr.var("z"))), Y);
    assertFalse(Expr.isCanonical(nested));
    assertEquals(Expr.sum(X, Y, Expr.var("z"), Expr.num(1)), Simplifier.simplify(nested));

    Expr product = Expr.product(new Product(List.of(Expr.product(X, Y), X)), Y);
    assertFalse(Expr.isCanonical(product));
    assertEquals("x^2*y^2", PlainPrinter.print(Simplifier.simplify(product)));
  }

  @Test
  void theLectureDerivativeIsCanonicalAndItsRebuildIsItself() {
    Expr f = ExprParser.parse("e^(x*z) + x*z/ln(x) + sin(ln(x))/(x*z)");
    Expr d = Differentiator.derivative(f, "x");
    assertTrue(Expr.isCanonical(d));
    assertSame(d, Simplifier.simplify(d));
    assertEquals(d, Simplifier.simplify(ExprGenerator.rawCopy(d)));
  }

  /** On random smart-constructor trees: the bit is set, and rebuilding a raw copy gives the tree. */
  @Test
  void randomCanonicalTreesAreFixedPointsOfTheWalkingRebuild() {
    int compounds = 0;
    for (long seed : ExprGenerator.seeds(4000).toArray()) {
      Expr e = new ExprGenerator(seed).expression();
      assertTrue(Expr.isCanonical(e), "seed " + seed);
      assertSame(e, Simplifier.simplify(e), "seed " + seed);
      Expr raw = ExprGenerator.rawCopy(e);
      if (raw.children().isEmpty()) continue;
      compounds++;
      assertFalse(Expr.isCanonical(raw), "seed " + seed);
      assertEquals(e, Simplifier.simplify(raw), () -> "seed " + seed + ": " + PlainPrinter.print(e));
    }
    assertTrue(compounds > 3000, "compound trees drawn: " + compounds);
  }

  /**
   * On random raw trees: the rebuild is canonical by the bit, and rebuilding it again node by
   * node (from a raw copy) changes nothing, so returning it unwalked gives the same answer.
   */
  @Test
  void rebuildsOfRandomRawTreesAreCanonicalFixedPoints() {
    int rebuilt = 0;
    for (long seed : ExprGenerator.seeds(4000).toArray()) {
      Expr raw = new ExprGenerator(seed).rawTree(4);
      Expr once;
      try {
        once = Simplifier.simplify(raw);
      } catch (UndefinedException undefinedEverywhere) {
        continue; // 1/(x - x): no canonical form
      }
      rebuilt++;
      assertTrue(Expr.isCanonical(once), "seed " + seed);
      assertEquals(once, Simplifier.simplify(ExprGenerator.rawCopy(once)),
          () -> "seed " + seed + ": " + PlainPrinter.print(once));
      if (!raw.children().isEmpty()) assertFalse(Expr.isCanonical(raw), "seed " + seed);
    }
    assertTrue(rebuilt > 3000, "raw trees rebuilt: " + rebuilt);
  }

  @Test
  void fullSimplifierAnswersAreCanonical() {
    Expr d = Differentiator.derivative(ExprParser.parse("x/(x + 1)"), "x");
    Expr simplified = FullSimplifier.simplify(d);
    assertEquals("1/(x + 1)^2", PlainPrinter.print(simplified));
    assertNotEquals(d, simplified);
    assertEquals(simplified, Simplifier.simplify(ExprGenerator.rawCopy(simplified)));
  }
}

package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The merge of two canonical factor lists builds exactly the product the general builder
 * builds from the same factors, including when the operands share bases (x*x), multiply a lone
 * sum by a number (2*(x + 1)) or cancel (x * 1/x), and for the product rule's terms.
 */
class ProductMergeTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Y = Expr.var("y");

  /** The outcome of a construction: its expression, or the name of what it threw. */
  private static Object outcome(Supplier<Expr> build) {
    try {
      return build.get();
    } catch (UndefinedException e) {
      return "undefined: " + e.getMessage();
    }
  }

  @Test
  void multiplyingAgreesWithTheBuilderOnRandomCanonicalOperands() {
    int merged = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      Expr a = g.expression();
      Expr b = g.expression();
      Expr c = seed % 3 == 0 ? Expr.product(List.of(a, b, g.leaf())) : g.expression();
      Expr n = Expr.num(g.rational());
      for (Expr[] pair : new Expr[][] {{a, b}, {b, a}, {a, c}, {c, a}, {a, a}, {n, a}, {b, n}}) {
        assertEquals(outcome(() -> ProductBuilder.build(List.of(pair[0], pair[1]))),
            outcome(() -> ProductMerge.multiply(pair[0], pair[1])), "seed " + seed);
        merged++;
      }
    }
    assertEquals(21_000, merged);
  }

  @Test
  void productRuleTermsAgreeWithTheBuilder() {
    int terms = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      Expr e = Expr.product(List.of(g.expression(), g.expression(), g.leaf()));
      Expr r = g.expression();
      if (!(e instanceof Product p)) continue;
      for (int i = 0; i < p.factors().size(); i++) {
        List<Expr> replaced = new ArrayList<>(p.factors());
        replaced.set(i, r);
        int index = i;
        assertEquals(outcome(() -> ProductBuilder.build(replaced)),
            outcome(() -> ProductMerge.replaceFactor(p, index, r)), "seed " + seed);
        terms++;
      }
    }
    assertEquals(true, terms > 3000, terms + " terms");
  }

  @Test
  void casesThatGatherOrDistributeAreTheBuildersToo() {
    Expr twoX = Expr.product(Expr.num(2), X);
    Expr sum = Expr.sum(X, Expr.num(1));
    assertEquals(new Power(X, Expr.num(2)), Expr.product(X, X));
    assertEquals(Expr.sum(twoX, Expr.num(2)), Expr.product(Expr.num(2), sum));
    assertEquals(Expr.num(1), Expr.product(X, Expr.power(X, -1)));
    assertEquals(Expr.num(0), Expr.product(Expr.num(0), sum));
    // A number times a sum distributes at once, in either order; 1 keeps the very sum.
    assertEquals(Expr.sum(twoX, Expr.num(2)), ProductMerge.multiply(sum, Expr.num(2)));
    assertSame(sum, ProductMerge.multiply(Expr.num(1), sum));
    Expr rawSum = new Sum(List.of(new Product(List.of(X, Expr.num(3))), Expr.num(1)));
    assertEquals(ProductBuilder.build(List.of(Expr.num(2), rawSum)),
        ProductMerge.multiply(Expr.num(2), rawSum));
    assertEquals(Expr.sum(Expr.product(Expr.num(6), X), Expr.num(2)),
        ProductMerge.multiply(Expr.num(2), rawSum));
    Expr xy = Expr.product(X, Y);
    assertEquals(List.of(Expr.num(3), X, Y),
        ((Product) Expr.product(Expr.num(3), xy)).factors());
    assertEquals(Expr.sum(Expr.product(Expr.num(-2), X), Expr.num(-2)),
        Expr.product(Expr.num(-2), sum));
    Expr minusTwoXSum = Expr.product(List.of(Expr.num(-2), X, sum));
    assertEquals(List.of(Expr.num(-2), X, Y, sum),
        ((Product) Expr.product(minusTwoXSum, Y)).factors());
    assertEquals(List.of(Expr.num(-2), Expr.power(X, 2), Y, sum),
        ((Product) Expr.product(minusTwoXSum, xy)).factors());
  }
  /**
   * Operands that share bases on purpose (a product times its own factors raised, inverted or
   * cancelled) gather exactly as the builder gathers them, in both orders.
   */
  @Test
  void sharedBasesGatherAsTheBuilderGathersThem() {
    int gathered = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      Expr a = Expr.product(List.of(g.leaf(), g.expression(), g.leaf()));
      Expr u = g.expression();
      Expr inverse = outcomeOrNull(() -> Expr.power(a, -1));
      Expr partner = outcomeOrNull(() -> Expr.product(List.of(Expr.power(u, 2), g.leaf(),
          Expr.num(g.rational()))));
      for (Expr b : new Expr[] {inverse, partner, u, Expr.power(Constant.E, u), Constant.PI}) {
        if (b == null) continue;
        for (Expr[] pair : new Expr[][] {{a, b}, {b, a}, {b, b}}) {
          assertEquals(outcome(() -> ProductBuilder.gathered(List.of(pair[0], pair[1]))),
              outcome(() -> ProductMerge.multiply(pair[0], pair[1])), "seed " + seed);
          gathered++;
        }
      }
    }
    assertEquals(true, gathered > 30_000, gathered + " products");
  }

  /** An integer power of a product is each factor raised, as the builder raises it. */
  @Test
  void integerPowersOfProductsAgreeWithTheBuilder() {
    int raised = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      if (!(Expr.product(List.of(g.leaf(), g.expression(), g.leaf())) instanceof Product p)) {
        continue;
      }
      for (int n : new int[] {-3, -2, -1, 2, 3}) {
        Expr[] factors = new Expr[p.factorCount()];
        Num exponent = (Num) Expr.num(n);
        Object expected = outcome(() -> {
          for (int i = 0; i < factors.length; i++) {
            factors[i] = PowerBuilder.build(p.factor(i), exponent);
          }
          return ProductBuilder.build(List.of(factors));
        });
        assertEquals(expected, outcome(() -> PowerBuilder.build(p, exponent)), "seed " + seed);
        raised++;
      }
    }
    assertEquals(true, raised > 10_000, raised + " powers");
  }

  @Test
  void productsThatCancelOrDistributeAndPowersOfProducts() {
    Expr sum = Expr.sum(X, Expr.num(1));
    Expr twoOverSum = Expr.product(Expr.num(2), Expr.power(sum, -1));
    assertEquals(Expr.num(2), ProductMerge.multiply(twoOverSum, sum));
    assertEquals(Expr.sum(Expr.product(Expr.num(2), X), Expr.num(2)),
        ProductMerge.multiply(twoOverSum, Expr.power(sum, 2)));
    assertEquals(Expr.product(Expr.num(3), Expr.power(X, 3), Y),
        ProductMerge.multiply(Expr.product(Expr.num(3), X, Y), Expr.power(X, 2)));
    assertEquals(Expr.product(Expr.power(X, Expr.num(Rational.of(1, 2))), Y),
        ProductMerge.multiply(Expr.product(Expr.power(X, Expr.num(Rational.of(-1, 2))), Y), X));
    assertEquals(Expr.sum(Expr.product(Expr.num(Rational.of(1, 2)), X), Expr.num(Rational.of(1, 2))),
        Expr.power(twoOverSum, -1));
    assertEquals(Expr.product(Expr.num(Rational.of(1, 4)), Expr.power(X, -2), Expr.power(Y, -2)),
        Expr.power(Expr.product(Expr.num(2), X, Y), -2));
  }

  private static Expr outcomeOrNull(Supplier<Expr> build) {
    Object o = outcome(build);
    return o instanceof Expr e ? e : null;
  }
}

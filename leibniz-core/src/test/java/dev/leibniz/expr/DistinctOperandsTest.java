package dev.leibniz.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The sums and products built without tables ({@link DistinctTerms}, {@link DistinctFactors})
 * are exactly what the general builders build from the same operands, on random canonical
 * operands; and what must collect, gather, fold or distribute is left to the general builders.
 */
class DistinctOperandsTest {
  private static final Expr X = Expr.var("x");
  private static final Expr Z = Expr.var("zz");

  @Test
  void unlikeTermsSumAsTheGeneralBuilderSumsThem() {
    int fast = agreeOnRandomOperands(DistinctTerms::sum, DistinctOperandsTest::generalSum);
    assertTrue(fast > 500, "sums built without tables: " + fast);
  }

  @Test
  void termsThatCollectOrFoldAreLeftToTheGeneralBuilder() {
    Expr sin2 = Expr.power(Expr.call(MathFunction.SIN, X), 2);
    Expr cos2 = Expr.power(Expr.call(MathFunction.COS, X), 2);
    assertEquals(null, DistinctTerms.sum(List.of(Expr.product(Expr.num(2), X), X)));
    assertEquals(null, DistinctTerms.sum(List.of(sin2, cos2)));
    assertEquals(null, DistinctTerms.sum(List.of(X, Expr.sum(Expr.product(Expr.num(2), X), Z))));
    assertEquals(Expr.num(1), Expr.sum(sin2, cos2));
    assertEquals("Sum[terms=[Product[factors=[3, x]], 5]]", Expr.sum(Expr.num(5),
        Expr.product(Expr.num(3), X)).toString());
  }

  @Test
  void numbersAddAndNestedSumsFlattenWithoutTables() {
    // 2 + x + 3 = x + 5; x + (zz - 2) + 2 = x + zz; 1 + (-1) = 0; (x + 1) + (-1) = x.
    assertEquals("Sum[terms=[x, 5]]",
        DistinctTerms.sum(List.of(Expr.num(2), X, Expr.num(3))).toString());
    List<Expr> nested = List.of(X, Expr.sum(Z, Expr.num(-2)), Expr.num(2));
    assertEquals("Sum[terms=[x, zz]]", DistinctTerms.sum(nested).toString());
    assertEquals(generalSum(nested), DistinctTerms.sum(nested));
    assertEquals(Num.ZERO, DistinctTerms.sum(List.of(Num.ONE, Num.MINUS_ONE)));
    assertEquals(X, DistinctTerms.sum(List.of(Expr.sum(X, Num.ONE), Num.MINUS_ONE)));
    // A sum of a raw sum that nests a sum is left to the general builder, which keeps it.
    Expr deep = new Sum(List.of(new Sum(List.of(X, Z)), Expr.num(3)));
    assertEquals(null, DistinctTerms.sum(List.of(deep, Expr.var("y"))));
  }

  @Test
  void factorsWithoutACommonBaseMultiplyAsTheGeneralBuilderMultipliesThem() {
    int fast = agreeOnRandomOperands(DistinctFactors::product,
        DistinctOperandsTest::generalProduct);
    assertTrue(fast > 500, "products built without tables: " + fast);
  }

  /**
   * Builds 3,000 random lists of two to five operands both ways and asserts the same tree
   * wherever the quick builder answers; returns how often it answered.
   */
  private static int agreeOnRandomOperands(Function<List<Expr>, Expr> quickBuilder,
      Function<List<Expr>, Expr> generalBuilder) {
    int fast = 0;
    for (long seed : ExprGenerator.seeds(3000).toArray()) {
      ExprGenerator g = new ExprGenerator(seed);
      List<Expr> operands = new ArrayList<>();
      int n = 2 + (int) (seed & 3);
      for (int i = 0; i < n; i++) {
        operands.add(i == 1 && seed % 5 == 0 ? g.leaf() : g.expression());
      }
      Expr quick = quickBuilder.apply(operands);
      if (quick == null) continue;
      assertEquals(generalBuilder.apply(operands).toString(), quick.toString(), "seed " + seed);
      fast++;
    }
    return fast;
  }

  @Test
  void factorsThatGatherOrDistributeAreLeftToTheGeneralBuilder() {
    assertEquals(null, DistinctFactors.product(List.of(X, Expr.power(X, 2))));
    assertEquals(null, DistinctFactors.product(List.of(Expr.exp(X), Expr.exp(Z))));
    assertEquals(null, DistinctFactors.product(List.of(Expr.num(2), Expr.sum(X, Z))));
    assertEquals("Sum[terms=[Product[factors=[2, x]], Product[factors=[2, zz]]]]",
        Expr.product(List.of(Expr.num(2), Expr.sum(X, Z))).toString());
    assertEquals("Product[factors=[6, x, zz]]", DistinctFactors.product(
        List.of(Expr.num(2), Z, Expr.product(Expr.num(3), X))).toString());
    assertEquals(Num.ZERO, DistinctFactors.product(List.of(Expr.num(0), X)));
  }

  /** The sum as the tables build it: the general path, reached through a nested sum. */
  private static Expr generalSum(List<Expr> terms) {
    List<Expr> withNested = new ArrayList<>(terms);
    withNested.add(new Sum(List.of(Z, Expr.negate(Z))));
    return SumBuilder.build(withNested);
  }

  /** The product as the tables build it: the general path, reached through zz/zz. */
  private static Expr generalProduct(List<Expr> factors) {
    List<Expr> withCancelling = new ArrayList<>(factors);
    withCancelling.add(Z);
    withCancelling.add(new Power(Z, Num.MINUS_ONE));
    return ProductBuilder.build(withCancelling);
  }
}

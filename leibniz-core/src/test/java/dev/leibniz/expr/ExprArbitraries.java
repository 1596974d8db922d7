package dev.leibniz.expr;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Random canonical expression trees for property tests, built only through the smart
 * constructors of {@link Expr}: variables x, y, z, small rationals, e and pi at the leaves;
 * sums, products, differences, quotients, negations, powers with small integer and rational
 * exponents, general powers, {@code e^u}, square roots and every {@link MathFunction} above.
 *
 * <pre>{@code
 * @Property
 * void printsWithoutThrowing(@ForAll("expressions") Expr e) { ... }
 *
 * @Provide
 * Arbitrary<Expr> expressions() { return ExprArbitraries.expressions(); }
 * }</pre>
 */
public final class ExprArbitraries {
  /** Depth of the generated trees, counting smart-constructor applications. */
  public static final int DEPTH = 4;

  private ExprArbitraries() {}

  /** Canonical expressions of depth up to {@link #DEPTH}. */
  public static Arbitrary<Expr> expressions() {
    return expressions(DEPTH);
  }

  /** Canonical expressions of depth up to {@code depth}. */
  public static Arbitrary<Expr> expressions(int depth) {
    if (depth <= 0) return leaves();
    Arbitrary<Expr> sub = Arbitraries.lazy(() -> expressions(depth - 1));
    return Arbitraries.frequencyOf(
        weighted(2, leaves()),
        weighted(3, Combinators.combine(sub, sub).as(Expr::sum)),
        weighted(1, Combinators.combine(sub, sub, sub).as(Expr::sum)),
        weighted(2, Combinators.combine(sub, sub).as(Expr::difference)),
        weighted(3, Combinators.combine(sub, sub).as(Expr::product)),
        weighted(1, Combinators.combine(sub, sub, sub).as(Expr::product)),
        weighted(3, Combinators.combine(sub, sub).as(Expr::quotient)),
        weighted(1, sub.map(Expr::negate)),
        weighted(2, Combinators.combine(sub, exponents()).as(Expr::power)),
        weighted(1, Combinators.combine(sub, sub).as(Expr::power)),
        weighted(2, sub.map(Expr::exp)),
        weighted(1, sub.map(Expr::sqrt)),
        weighted(3, Combinators.combine(Arbitraries.of(MathFunction.class), sub).as(Expr::call)));
  }

  /** Variables, small rationals and the constants e and pi. */
  public static Arbitrary<Expr> leaves() {
    return Arbitraries.frequencyOf(
        weighted(6, Arbitraries.of("x", "y", "z").map(Expr::var)),
        weighted(3, rationals().map(Expr::num)),
        weighted(1, Arbitraries.of(Constant.E, Constant.PI).map(c -> (Expr) c)));
  }

  /** Small rationals: integers from -5 to 5 and fractions with denominators up to 4. */
  public static Arbitrary<Rational> rationals() {
    return Combinators.combine(Arbitraries.longs().between(-5, 5),
        Arbitraries.longs().between(1, 4)).as(Rational::of);
  }

  /** Exponents: small integers, halves and thirds, positive and negative. */
  public static Arbitrary<Expr> exponents() {
    return Combinators.combine(Arbitraries.longs().between(-4, 4),
        Arbitraries.longs().between(1, 3)).as((n, d) -> Expr.num(Rational.of(n, d)));
  }

  private static Tuple2<Integer, Arbitrary<? extends Expr>> weighted(int weight,
      Arbitrary<? extends Expr> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }

  /** The variables the generated trees use, for evaluating them. */
  public static List<String> variables() {
    return List.of("x", "y", "z");
  }
}

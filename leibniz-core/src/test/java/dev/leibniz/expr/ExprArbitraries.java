package dev.leibniz.expr;

import java.util.List;
import java.util.function.Supplier;
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
 * Where a constructor finds the combination undefined ({@code 1/0}, {@code ln(-2)}: an
 * {@link UndefinedException}), the first operand stands in for it.
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
        weighted(3, Combinators.combine(sub, sub).as((a, b) -> defined(() -> Expr.quotient(a, b), a))),
        weighted(1, sub.map(Expr::negate)),
        weighted(2, Combinators.combine(sub, exponents()).as((a, k) -> defined(() -> Expr.power(a, k), a))),
        weighted(1, Combinators.combine(sub, sub).as(ExprArbitraries::generalPower)),
        weighted(2, sub.map(Expr::exp)),
        weighted(1, sub.map(a -> defined(() -> Expr.sqrt(a), a))),
        weighted(3, Combinators.combine(Arbitraries.of(MathFunction.class), sub)
            .as((f, a) -> defined(() -> Expr.call(f, a), a))));
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

  /**
   * {@code a^b}, with a negative number as base made positive: {@code (-2)^x} has no real
   * derivative, and differentiating it would build the undefined {@code ln(-2)}.
   */
  private static Expr generalPower(Expr a, Expr b) {
    Expr base = a instanceof Num n && n.value().signum() < 0 ? Expr.negate(a) : a;
    return defined(() -> Expr.power(base, b), a);
  }

  /** {@code build}'s expression, or {@code fallback} where it is undefined. */
  private static Expr defined(Supplier<Expr> build, Expr fallback) {
    try {
      return build.get();
    } catch (UndefinedException e) {
      return fallback;
    }
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

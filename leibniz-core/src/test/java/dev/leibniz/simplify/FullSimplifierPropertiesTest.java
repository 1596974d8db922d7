package dev.leibniz.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.leibniz.eval.ConstantDomain;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.reliability.RandomExpressions;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simplifier's three promises over thousands of seeded random expressions in x, y and z:
 * the simplified form has the input's value wherever the input is defined, it is never longer,
 * and simplifying it again changes nothing. A failure names the seed and both forms.
 */
class FullSimplifierPropertiesTest {
  private static final int CASES = 40;
  private static final int PER_CASE = 100;

  static Stream<Long> seeds() {
    return IntStream.range(0, CASES).mapToObj(i -> 20261129L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void simplifiedFormsAgreeAreNoLongerAndAreFixedPoints(long seed) {
    RandomExpressions source = new RandomExpressions(seed);
    assertPromises(seed, () -> source.next(4));
  }

  /**
   * The same for the shapes the rules applied to a result rewrite (AbsoluteValues, LogBases,
   * cube roots), which random expressions seldom make: roots of even powers, absolute values
   * beside powers and signs, logarithms to two bases, cubes of cube roots.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void absoluteValuesRootsAndLogarithmsKeepThePromises(long seed) {
    RandomExpressions source = new RandomExpressions(seed);
    Random shapes = new Random(-seed);
    assertPromises(seed, () -> {
      Expr u = source.next(2);
      Expr v = source.next(2);
      Expr abs = Expr.call(MathFunction.ABS, u);
      int k = shapes.nextInt(7) - 3;
      switch (shapes.nextInt(8)) {
        case 0: return Expr.power(Expr.power(u, 2 * (1 + shapes.nextInt(2))),
            Expr.num(Rational.of(1 + shapes.nextInt(5), 2 + shapes.nextInt(3))));
        case 1: return Expr.product(Expr.power(abs, k), Expr.power(u, 2 * shapes.nextInt(3) - 1));
        case 2: return Expr.product(Expr.call(MathFunction.SIGN, u), Expr.power(u, k), v);
        case 3: return Expr.call(MathFunction.ABS, Expr.product(u, Expr.power(v, 2), v));
        case 4: return Expr.sum(Expr.product(Expr.call(MathFunction.LOG10, u), v),
            Expr.product(Expr.call(MathFunction.LN, u), Expr.call(MathFunction.LOG2, v)));
        case 5: return Expr.product(Expr.power(Expr.call(MathFunction.CBRT, u), 3 + k), v);
        case 6: return Expr.power(Expr.product(Expr.num(4), Expr.power(u, 2), v), Num.HALF);
        default: return Expr.sum(Expr.power(Expr.power(u, 2), Num.HALF), Expr.product(abs, v));
      }
    });
  }

  private static void assertPromises(long seed, Supplier<Expr> inputs) {
    Random points = new Random(seed);
    for (int i = 0; i < PER_CASE; i++) {
      Expr input;
      try {
        input = inputs.get();
      } catch (UndefinedException everywhere) {
        continue; // a shape of numbers that is undefined, such as log10(0)
      }
      // Undefined everywhere too, such as log2(-2*e/abs(e)), which the reader refuses.
      if (ConstantDomain.outsideAnywhere(input)) continue;
      Expr simplified = FullSimplifier.simplify(input);
      String shown = "seed " + seed + " #" + i + ": " + PlainPrinter.print(input) + " -> "
          + PlainPrinter.print(simplified);
      assertTrue(OperationCount.of(simplified) <= OperationCount.of(input), "longer: " + shown);
      assertEquals(simplified, FullSimplifier.simplify(simplified), "not a fixed point: " + shown);
      for (int k = 0; k < 3; k++) {
        Map<String, Double> at = Map.of("x", point(points), "y", point(points), "z", point(points));
        agreeWhereDefined(input, simplified, at, shown);
      }
    }
  }

  private static double point(Random random) {
    return Math.round((random.nextDouble() * 6 - 3) * 1000) / 1000.0;
  }

  private static void agreeWhereDefined(Expr input, Expr simplified, Map<String, Double> at,
      String shown) {
    double want;
    try {
      want = Evaluator.evaluate(input, at);
    } catch (RuntimeException undefined) {
      return;
    }
    if (!Double.isFinite(want) || Math.abs(want) > 1e8) return;
    double got;
    try {
      got = Evaluator.evaluate(simplified, at);
    } catch (RuntimeException e) {
      fail("undefined where the input is defined (" + want + ") at " + at + ": " + shown);
      return;
    }
    double tolerance = 1e-7 * Math.max(1, Math.abs(want));
    assertTrue(Math.abs(got - want) <= tolerance,
        "value " + got + " where the input has " + want + " at " + at + ": " + shown);
  }
}

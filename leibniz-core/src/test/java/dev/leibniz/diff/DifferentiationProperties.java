package dev.leibniz.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprGenerator;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Variables;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differentiator against independent witnesses, over random expressions: finite differences
 * for values, the simplifier and the parser for structure. Each case is drawn from its own seed
 * of {@link ExprGenerator}: a differentiable canonical tree (trigamma and any other function
 * without a symbolic derivative left out), a variable, and a point of {@code [-3, 3]^3} with four
 * decimal places.
 */
class DifferentiationProperties {
  private static final String CHECKED = "checked";
  /** Decimal places of the coordinates. */
  private static final int SCALE = 4;
  private static final int FINITE_DIFFERENCE_TRIES = 3000;
  /** Depth of the raw, non-canonical trees the simplifier is given. */
  private static final int RAW_DEPTH = 3;

  static LongStream thousandSeeds() {
    return ExprGenerator.seeds(1000);
  }

  static LongStream twoThousandSeeds() {
    return ExprGenerator.seeds(2000);
  }

  static LongStream finiteDifferenceSeeds() {
    return ExprGenerator.seeds(FINITE_DIFFERENCE_TRIES);
  }

  /** A differentiable tree, a variable and a point, drawn in that order from one seed. */
  private record Case(Expr f, String variable, Map<String, Double> point) {
    static Case draw(long seed) {
      ExprGenerator generator = new ExprGenerator(seed);
      Expr f = generator.differentiableExpression();
      String variable = generator.variable();
      return new Case(f, variable, randomPoint(generator));
    }
  }

  private static Map<String, Double> randomPoint(ExprGenerator generator) {
    return Map.of("x", generator.coordinate(SCALE), "y", generator.coordinate(SCALE),
        "z", generator.coordinate(SCALE));
  }

  /**
   * Where the function is smooth and finite differences are trustworthy, the symbolic
   * derivative agrees with them to 1e-6. Points where the function or the derivative is not
   * finite, where the one-sided differences disagree (a kink, a jump or a pole nearby), or where
   * the difference estimate itself is unstable are skipped; the next test counts them.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("finiteDifferenceSeeds")
  void derivativeAgreesWithFiniteDifferences(long seed) {
    Case c = Case.draw(seed);
    compareWithFiniteDifferences(c.f(), c.variable(), c.point());
  }

  /**
   * The comparison above is not vacuous: at least a third of its cases are checked, not
   * skipped as not finite, ill-conditioned or near a kink. (Drawn from the same seeds; at the
   * time of writing 58% are checked, 38% not finite, 2% ill-conditioned, 1% near a kink.)
   */
  @Test
  void atLeastAThirdOfTheFiniteDifferenceCasesAreChecked() {
    Map<String, Integer> outcomes = new TreeMap<>();
    finiteDifferenceSeeds().forEach(seed -> {
      Case c = Case.draw(seed);
      outcomes.merge(compareWithFiniteDifferences(c.f(), c.variable(), c.point()), 1,
          Integer::sum);
    });
    int checked = outcomes.getOrDefault(CHECKED, 0);
    assertTrue(3 * checked >= FINITE_DIFFERENCE_TRIES,
        () -> "only " + checked + " of " + FINITE_DIFFERENCE_TRIES + " checked: " + outcomes);
  }

  private static String compareWithFiniteDifferences(Expr f, String variable,
      Map<String, Double> point) {
    DoubleUnaryOperator g = NumericDifferentiator.along(f, variable, point);
    double t = point.get(variable);
    double h = NumericDifferentiator.step(t);
    double largest = 0;
    for (int k = -4; k <= 4; k++) {
      double v = g.applyAsDouble(t + k * h / 2);
      if (!Double.isFinite(v)) return "not finite";
      largest = Math.max(largest, Math.abs(v));
    }
    double symbolic = Evaluator.evaluate(Differentiator.derivative(f, variable), point);
    if (!Double.isFinite(symbolic)) return "derivative not finite";
    double[] sides = NumericDifferentiator.oneSided(g, t, 2 * h);
    if (Math.abs(sides[0] - sides[1]) > 0.1 * (Math.abs(sides[0]) + Math.abs(sides[1])) + 1e-6) {
      return "kink, jump or pole";
    }
    double coarse = NumericDifferentiator.stencil(g, t, h);
    double fine = NumericDifferentiator.stencil(g, t, h / 2);
    double numeric = (16 * fine - coarse) / 15;
    double rounding = 1e-15 * largest / h;
    if (Math.abs(coarse - fine) > 1e-7 * Math.abs(fine) + 1e-9
        || rounding > 1e-8 * Math.abs(numeric) + 1e-10) {
      return "ill-conditioned";
    }
    assertTrue(NumericDifferentiator.agree(numeric, symbolic),
        "d/d" + variable + " " + PlainPrinter.print(f) + " at " + point + ": finite differences "
            + numeric + ", symbolic " + symbolic + " from "
            + PlainPrinter.print(Differentiator.derivative(f, variable)));
    return CHECKED;
  }

  /**
   * Derivatives come out of the smart constructors, so simplifying changes nothing.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void derivativeIsAlreadySimplified(long seed) {
    Case c = Case.draw(seed);
    Expr d = Differentiator.derivative(c.f(), c.variable());
    assertEquals(d, Simplifier.simplify(d), () -> "d/d" + c.variable() + " "
        + PlainPrinter.print(c.f()) + " = " + PlainPrinter.print(d));
  }

  @Test
  void derivativeOfLnOfSqrtOfReciprocalIsCanonical() {
    Expr d = Differentiator.derivative(ExprParser.parse("ln(sqrt(1/x))"), "x");
    assertEquals("-1/(2*x)", PlainPrinter.print(d));
    assertEquals(Simplifier.simplify(d), d);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void simplifyIsIdempotent(long seed) {
    Expr raw = new ExprGenerator(seed).rawTree(RAW_DEPTH);
    Expr once;
    try {
      once = Simplifier.simplify(raw);
    } catch (UndefinedException undefinedEverywhere) {
      return; // 1/(x - x), ln(sin(pi)): nothing to simplify to
    }
    assertEquals(once, Simplifier.simplify(once),
        () -> "simplify(" + raw + ") = " + PlainPrinter.print(once));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void simplifyLeavesCanonicalTreesAlone(long seed) {
    Expr f = Case.draw(seed).f();
    assertEquals(f, Simplifier.simplify(f), () -> PlainPrinter.print(f));
  }

  /**
   * Wherever the raw tree and all its subtrees have finite values, its simplified form has the
   * same value. (The simplified form may be defined where the raw one is not: {@code x/x} is 1
   * even at 0. And a raw tree can be finite only by the grace of IEEE infinities,
   * {@code x^(1/(0*x))} at small negative x, where no exact rewrite can follow it.)
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoThousandSeeds")
  void simplifyPreservesValue(long seed) {
    ExprGenerator generator = new ExprGenerator(seed);
    Expr raw = generator.rawTree(RAW_DEPTH);
    Map<String, Double> point = randomPoint(generator);
    double x = point.get("x");
    double y = point.get("y");
    double z = point.get("z");
    if (!finiteThroughout(raw, point)) return;
    double before = Evaluator.evaluate(raw, point);
    if (Math.abs(before) > 1e12) return;
    // Where the value is so sensitive that nudging the point by 1e-12 moves it past the
    // tolerance (sin(1/x^2) near 0: condition number over 1000), exact rewriting cannot be told
    // from rounding: skip.
    double nudged = Evaluator.evaluate(raw, Map.of("x", x * (1 + 1e-12), "y", y * (1 + 1e-12),
        "z", z * (1 + 1e-12)));
    if (!(Math.abs(nudged - before) <= 1e-9 * Math.max(Math.abs(before), 1))) return;
    // sin(pi) evaluates to 1.2e-16, not 0, and (1.2e-16)^x is far from 0^x: where the raw tree
    // has a constant that simplify makes exact, the doubles of the raw tree are not the truth.
    if (foldsAConstantFunction(raw)) return;
    Expr simplified;
    try {
      simplified = Simplifier.simplify(raw);
    } catch (UndefinedException e) {
      // The exact tree divides by 0 where its doubles divided by a rounding error
      // (1/(e^(ln 2) - 2)): undefined is the truth.
      return;
    }
    double after = Evaluator.evaluate(simplified, point);
    assertTrue(Math.abs(before - after) <= 1e-9 * Math.max(Math.abs(before), 1),
        () -> "simplify(" + raw + ") = " + PlainPrinter.print(simplified) + " at " + point
            + ": " + before + " became " + after);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void derivativeOfTheReparsedPrintedTreeIsTheDerivativeOfTheTree(long seed) {
    Case c = Case.draw(seed);
    Expr reparsed = ExprParser.parse(PlainPrinter.print(c.f()));
    assertEquals(Differentiator.derivative(c.f(), c.variable()),
        Differentiator.derivative(reparsed, c.variable()),
        () -> "d/d" + c.variable() + " " + PlainPrinter.print(c.f()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void derivativeByAnAbsentVariableIsZero(long seed) {
    Case c = Case.draw(seed);
    String absent = Variables.of(c.f()).contains(c.variable()) ? "w" : c.variable();
    assertEquals(Num.ZERO, Differentiator.derivative(c.f(), absent),
        () -> "d/d" + absent + " " + PlainPrinter.print(c.f()));
  }

  /** True if a variable-free function call in {@code e} simplifies to an exact number. */
  private static boolean foldsAConstantFunction(Expr e) {
    if (e instanceof Call c && Variables.of(c).isEmpty()) {
      try {
        if (Simplifier.simplify(c) instanceof Num) return true;
      } catch (UndefinedException pole) {
        return true; // cot(pi): the double is a huge number, the exact value none
      }
    }
    for (Expr child : e.children()) {
      if (foldsAConstantFunction(child)) return true;
    }
    return false;
  }

  /** True if every subtree of {@code e} has a finite value at the point, not only the whole. */
  private static boolean finiteThroughout(Expr e, Map<String, Double> point) {
    if (!Double.isFinite(Evaluator.evaluate(e, point))) return false;
    if (e instanceof Call c) return finiteThroughout(c.argument(), point);
    if (e instanceof Power p) {
      return finiteThroughout(p.base(), point) && finiteThroughout(p.exponent(), point);
    }
    if (e instanceof Sum s) return s.terms().stream().allMatch(t -> finiteThroughout(t, point));
    if (e instanceof Product p) {
      return p.factors().stream().allMatch(f -> finiteThroughout(f, point));
    }
    return true;
  }
}

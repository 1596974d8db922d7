package dev.leibniz.expr;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.eval.ConstantDomain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Random canonical expression trees, numbers and texts for the property tests, drawn from one
 * seed: the same seed gives the same draws on every machine, so a failing case is named and
 * replayed by its seed alone ({@code new ExprGenerator(seed)}).
 *
 * <p>Trees are built only through the smart constructors of {@link Expr}: variables x, y, z,
 * small rationals, e and pi at the leaves; sums of two and three terms, products of two and
 * three factors, differences, quotients, negations, powers with small integer and rational
 * exponents, general powers {@code u^v}, {@code e^u}, square roots and calls of every
 * {@link MathFunction}. Each kind has a weight, as a frequency table:
 *
 * <pre>
 *   leaf 2 | u+v 3 | u+v+w 1 | u-v 2 | u*v 3 | u*v*w 1 | u/v 3 | -u 1
 *   u^q 2  | u^v 1 | e^u 2   | sqrt(u) 1 | f(u) 3
 * </pre>
 *
 * <p>Edge values are mixed in, one draw in {@link #EDGE_ODDS}: the range ends, 0 and ±1 and
 * the neighbours of the range ends for integers; 0, ±1, the smallest step of the scale and the
 * range ends for coordinates; the empty text and one-character texts for strings.
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")              // static LongStream seeds() { return ExprGenerator.seeds(2000); }
 * void printsWithoutThrowing(long seed) {
 *   Expr e = new ExprGenerator(seed).expression();
 *   ...
 * }
 * }</pre>
 */
public final class ExprGenerator {
  /** Depth of the generated trees, counting smart-constructor applications. */
  public static final int DEPTH = 4;
  /** One draw in this many is an edge value. */
  public static final int EDGE_ODDS = 8;
  /** The first seed of every sample; case {@code i} has seed {@code FIRST_SEED + i}. */
  public static final long FIRST_SEED = 2026_1123_00000L;

  private static final List<String> VARIABLES = List.of("x", "y", "z");
  private static final MathFunction[] FUNCTIONS = MathFunction.values();
  private static final Constant[] CONSTANTS = Constant.values();
  /** Weights of the node kinds, in the order of {@link #node(int)}'s cases. */
  private static final int[] WEIGHTS = {2, 3, 1, 2, 3, 1, 3, 1, 2, 1, 2, 1, 3};
  private static final int TOTAL_WEIGHT = Arrays.stream(WEIGHTS).sum();
  /** Redraws of a node whose smart constructor refuses its operands (say u/0). */
  private static final int REDRAWS = 100;

  private final SplittableRandom random;

  /** A generator whose every draw follows from {@code seed}. */
  public ExprGenerator(long seed) {
    random = new SplittableRandom(seed);
  }

  /** The seeds of a sample of {@code count} cases: {@code FIRST_SEED}, {@code FIRST_SEED + 1}… */
  public static LongStream seeds(int count) {
    return LongStream.range(FIRST_SEED, FIRST_SEED + count);
  }

  /** A canonical expression of depth up to {@link #DEPTH}. */
  public Expr expression() {
    return expression(DEPTH);
  }

  /** A canonical expression of depth up to {@code depth}. */
  public Expr expression(int depth) {
    if (depth <= 0) return leaf();
    for (int attempt = 0; attempt < REDRAWS; attempt++) {
      try {
        Expr e = node(depth - 1);
        // The reader refuses a function of constants outside its domain, ln(-pi), which the
        // constructors let through (ConstantDomain): such a tree does not print back. Draw again.
        if (!ConstantDomain.outsideAnywhere(e)) return e;
      } catch (LeibnizException refused) {
        // A smart constructor refused its operands (an exact division by zero): draw again.
      }
    }
    return leaf();
  }

  /** A canonical expression whose every function has a symbolic derivative. */
  public Expr differentiableExpression() {
    while (true) {
      Expr e = expression();
      if (allFunctionsHaveDerivatives(e)) return e;
    }
  }

  /**
   * A tree of depth up to {@code depth} built with the records' raw constructors, so not
   * canonical: nested sums, products with ones and several numbers, powers of powers, exact
   * function values left unfolded. Its kinds, each as likely: a leaf, {@code u+v},
   * {@code u+v+w}, {@code u*v}, {@code u*v^-1}, {@code u^q}, {@code u^v}, {@code f(u)}.
   */
  public Expr rawTree(int depth) {
    if (depth <= 0) return leaf();
    int d = depth - 1;
    int kind = random.nextInt(8);
    switch (kind) {
      case 0: return leaf();
      case 1: return new Sum(List.of(rawTree(d), rawTree(d)));
      case 2: return new Sum(List.of(rawTree(d), rawTree(d), rawTree(d)));
      case 3: return new Product(List.of(rawTree(d), rawTree(d)));
      case 4: return new Product(List.of(rawTree(d), new Power(rawTree(d), Num.MINUS_ONE)));
      case 5: return new Power(rawTree(d), exponent());
      case 6: return new Power(rawTree(d), rawTree(d));
      case 7: return new Call(function(), rawTree(d));
      default: throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  /**
   * A copy of {@code e} made node by node with the records' public raw constructors: equal to
   * e, but not {@link Expr#isCanonical canonical} unless a leaf, so the canonical rebuild walks
   * all of it rather than returning it as it is.
   */
  public static Expr rawCopy(Expr e) {
    if (e instanceof Sum s) return new Sum(rawCopies(s.terms()));
    if (e instanceof Product p) return new Product(rawCopies(p.factors()));
    if (e instanceof Power p) return new Power(rawCopy(p.base()), rawCopy(p.exponent()));
    if (e instanceof Call c) return new Call(c.function(), rawCopy(c.argument()));
    return e;
  }

  private static List<Expr> rawCopies(List<Expr> operands) {
    List<Expr> copies = new ArrayList<>(operands.size());
    for (Expr o : operands) copies.add(rawCopy(o));
    return copies;
  }

  /**
   * A negative number made positive, for the base of a general power: {@code (-2)^x} has no
   * real derivative, and differentiating it would build the undefined {@code ln(-2)}.
   */
  private static Expr positiveIfNumber(Expr base) {
    return base instanceof Num n && n.value().signum() < 0 ? Expr.negate(base) : base;
  }

  private Expr node(int d) {
    int kind = kind();
    switch (kind) {
      case 0: return leaf();
      case 1: return Expr.sum(expression(d), expression(d));
      case 2: return Expr.sum(expression(d), expression(d), expression(d));
      case 3: return Expr.difference(expression(d), expression(d));
      case 4: return Expr.product(expression(d), expression(d));
      case 5: return Expr.product(expression(d), expression(d), expression(d));
      case 6: return Expr.quotient(expression(d), expression(d));
      case 7: return Expr.negate(expression(d));
      case 8: return Expr.power(expression(d), exponent());
      case 9: return Expr.power(positiveIfNumber(expression(d)), expression(d));
      case 10: return Expr.exp(expression(d));
      case 11: return Expr.sqrt(expression(d));
      case 12: return Expr.call(function(), expression(d));
      default: throw new IllegalStateException("unhandled kind " + kind);
    }
  }

  private int kind() {
    int r = random.nextInt(TOTAL_WEIGHT);
    for (int kind = 0; ; kind++) {
      r -= WEIGHTS[kind];
      if (r < 0) return kind;
    }
  }

  /** Variables (weight 6), small rationals (3) and the constants e and pi (1). */
  public Expr leaf() {
    int r = random.nextInt(10);
    if (r < 6) return Expr.var(variable());
    if (r < 9) return Expr.num(rational());
    return CONSTANTS[random.nextInt(CONSTANTS.length)];
  }

  /** One of x, y and z. */
  public String variable() {
    return VARIABLES.get(random.nextInt(VARIABLES.size()));
  }

  /** Any function, each as likely. */
  public MathFunction function() {
    return FUNCTIONS[random.nextInt(FUNCTIONS.length)];
  }

  /** Small rationals: integers from -5 to 5 over denominators from 1 to 4. */
  public Rational rational() {
    return Rational.of(integer(-5, 5), integer(1, 4));
  }

  /** Exponents: integers from -4 to 4 over 1, 2 or 3 (halves and thirds). */
  public Expr exponent() {
    return Expr.num(Rational.of(integer(-4, 4), integer(1, 3)));
  }

  /** An integer in {@code [min, max]}, or one of its edges: 0, ±1, the ends and their neighbours. */
  public long integer(long min, long max) {
    if (edge()) {
      long[] edges = {0, 1, -1, min, min + 1, max - 1, max};
      long e = edges[random.nextInt(edges.length)];
      if (e >= min && e <= max) return e;
    }
    return random.nextLong(min, max + 1);
  }

  /**
   * A coordinate in {@code [-3, 3]} with {@code scale} decimal places, or one of its edges:
   * 0, ±1, ±3 and ± the smallest step {@code 10^-scale}.
   */
  public double coordinate(int scale) {
    // Dividing by a power of ten rounds once: the nearest double to the decimal, as parsed.
    double unit = Math.pow(10, scale);
    if (edge()) {
      double[] edges = {0, 1, -1, 3, -3, 1 / unit, -1 / unit};
      return edges[random.nextInt(edges.length)];
    }
    long steps = 3 * (long) unit;
    return random.nextLong(-steps, steps + 1) / unit;
  }

  /**
   * A text of up to {@code maxLength} characters of {@code alphabet}, each as likely; or an
   * edge: the empty text or a single character.
   */
  public String text(String alphabet, int maxLength) {
    int length = edge() ? random.nextInt(2) : random.nextInt(maxLength + 1);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return text.toString();
  }

  /**
   * True if every function called in {@code e} has a symbolic derivative, and no constant below
   * zero is raised to a varying power ({@code (-pi)^x}, defined at whole x alone, has none).
   */
  public static boolean allFunctionsHaveDerivatives(Expr e) {
    if (e instanceof Call c && !c.function().hasDerivative()) return false;
    if (e instanceof Power p && negativeToAVaryingPower(p)) return false;
    for (Expr child : e.children()) {
      if (!allFunctionsHaveDerivatives(child)) return false;
    }
    return true;
  }

  private static boolean negativeToAVaryingPower(Power p) {
    if (!Variables.none(p.base()) || Variables.none(p.exponent())) return false;
    try {
      return ConstantDomain.outside(Expr.call(MathFunction.LN, p.base()));
    } catch (UndefinedException exact) {
      return true; // ln(-2), refused by its constructor
    }
  }

  private boolean edge() {
    return random.nextInt(EDGE_ODDS) == 0;
  }
}

package dev.leibniz.reliability;

import dev.leibniz.eval.ConstantDomain;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Rational;
import dev.leibniz.expr.UndefinedException;
import java.util.List;
import java.util.Random;

/**
 * A small, seeded generator of canonical expressions in x, y and z, built only through the smart
 * constructors: the same seed gives the same expressions on every machine. Every node kind and
 * every function with a symbolic derivative appears; exponents are small integers and simple
 * fractions, and general powers {@code u^v} keep their base positive ({@code e^u}, {@code 2^u},
 * {@code (u^2 + 1)^v}) so that most of them have a real value.
 */
public final class RandomExpressions {
  static final List<String> VARIABLES = List.of("x", "y", "z");
  private static final MathFunction[] FUNCTIONS = MathFunction.values();

  private final Random random;

  public RandomExpressions(long seed) {
    random = new Random(seed);
  }

  /**
   * An expression of depth at most {@code depth}; a leaf where the constructors find the node
   * drawn undefined ({@code 1/0}, {@code ln(-2)}); the number 1 where it has a function of
   * constants outside its domain ({@code ln(-pi)}).
   */
  public Expr next(int depth) {
    try {
      Expr e = node(depth);
      // The reader refuses constants outside a domain no rational marks, ln(-pi) (ConstantDomain).
      // Such a draw is the number 1, drawn without a random number: the later draws stay as they
      // were before the reader refused them.
      return ConstantDomain.outsideAnywhere(e) ? Num.ONE : e;
    } catch (UndefinedException e) {
      return leaf();
    }
  }

  private Expr node(int depth) {
    if (depth <= 0 || random.nextInt(5) == 0) return leaf();
    int d = depth - 1;
    switch (random.nextInt(12)) {
      case 0: case 1: return Expr.sum(next(d), next(d));
      case 2: return Expr.difference(next(d), next(d));
      case 3: case 4: return Expr.product(next(d), next(d));
      case 5: return Expr.quotient(next(d), next(d));
      case 6: return Expr.power(next(d), Expr.num(exponent()));
      case 7: return generalPower(d);
      case 8: return Expr.exp(next(d));
      case 9: return Expr.sqrt(next(d));
      default: return Expr.call(function(), next(d));
    }
  }

  private Expr leaf() {
    int k = random.nextInt(10);
    if (k < 6) return Expr.var(VARIABLES.get(random.nextInt(VARIABLES.size())));
    if (k < 9) return Expr.num(Rational.of(random.nextInt(11) - 5, 1 + random.nextInt(4)));
    return random.nextBoolean() ? Constant.E : Constant.PI;
  }

  private Rational exponent() {
    return Rational.of(random.nextInt(9) - 4, 1 + random.nextInt(3));
  }

  private Expr generalPower(int d) {
    switch (random.nextInt(3)) {
      case 0: return Expr.power(Expr.num(2), next(d));
      case 1: return Expr.power(Expr.sum(Expr.power(next(d), 2), Expr.num(1)), next(d));
      default: return Expr.power(Constant.PI, next(d));
    }
  }

  /** Any function Leibniz can differentiate symbolically. */
  private MathFunction function() {
    while (true) {
      MathFunction f = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
      if (f.hasDerivative()) return f;
    }
  }
}

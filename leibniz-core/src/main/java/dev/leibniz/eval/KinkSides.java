package dev.leibniz.eval;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.Variables;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A derivative at a point on a kink: where {@code abs}, {@code relu}, {@code sign} or
 * {@code step} in the function or in its derivative has the argument 0. There the rules' value
 * is a convention ({@code sign(0) = step(0) = 0}), not a derivative; whether a derivative exists
 * is decided by the sides of the kinks.
 *
 * <p>On one side of a kink of u, {@code sign(u)} is -1 or 1 and {@code step(u)} 0 or 1 near the
 * point (along the variable differentiated by: a kink whose argument does not contain it keeps
 * its value at the point, {@code sign(y)} for d/dx at y = 0 stays 0; where u's own derivative
 * by it is 0 there, u may stay 0 along it, so {@code sign(u)} may also be 0 on a side, a third
 * choice), and the function is an expression without that kink whose derivative is the symbolic
 * derivative with those constants in place ({@code abs(u)} and {@code relu(u)} are 0 at the
 * point on either side). So, for every choice of sides of the k kinks (a kink of u and one of
 * -u lie on opposite sides): the function with {@code sign} and {@code step} set so must keep
 * its value at the point (it is continuous there), and the derivative set so must give the same
 * value for every choice. Then every one-sided derivative is that value, and so is the
 * derivative: {@code x*abs(x)}, {@code relu(x)^2}, {@code abs(x)^3} and {@code x^2*sign(x)} have
 * derivative 0 at 0. Otherwise the point is on a kink proper ({@code abs(x)}, {@code relu(x)},
 * {@code sign(x)} at 0; {@code 2*sign(x)}, the second derivative of {@code x*abs(x)}). Every
 * choice is tried, even one no approach to the point takes ({@code sign(x^2)} is never -1):
 * such a choice can only report a kink where a derivative exists, never a value where none
 * does. Past {@value #MOST_CHOICES} choices the point is reported on a kink without trying
 * them.
 */
public final class KinkSides {
  /** The most choices of sides tried (each an evaluation of both trees): six kinks of three. */
  static final int MOST_CHOICES = 729;

  /**
   * The derivative at a point on a kink: {@code value} when it exists there (the one its sides
   * agree on), else NaN; {@code function} names the kink ({@code abs}, {@code relu},
   * {@code sign} or {@code step}).
   */
  public record Outcome(MathFunction function, double value) {
    /** True when the derivative exists at the point. */
    public boolean exists() {
      return !Double.isNaN(value);
    }
  }

  /**
   * A kink's argument's side: which choice it is ({@code index}), how many values it may take
   * ({@code ways}: 2, or 3 when the argument may stay 0), flipped for the negation of another's.
   */
  private record Side(int index, int ways, boolean flipped) {}

  private final Map<String, Double> point;
  private final String variable;
  private final Map<Expr, Side> sides = new HashMap<>();
  private final List<Integer> ways = new ArrayList<>();
  private MathFunction first;

  private KinkSides(Map<String, Double> point, String variable) {
    this.point = point;
    this.variable = variable;
  }

  /**
   * {@code derivative}, the derivative of {@code function} by {@code variable}, at
   * {@code point}, where that point is on a kink of either; null where it is on none (the
   * derivative's value is then its value). The kink named is the first of the function met,
   * else the first of the derivative.
   *
   * @throws EvaluationException if a variable has no value in {@code point}
   */
  public static Outcome at(Expr function, Expr derivative, String variable,
      Map<String, Double> point) {
    KinkSides kinks = new KinkSides(point, variable);
    kinks.find(function);
    kinks.find(derivative);
    if (kinks.first == null) return null;
    return new Outcome(kinks.first, kinks.agreedValue(function, derivative));
  }

  /** Notes every kink of {@code root} whose argument is 0 at the point. */
  private void find(Expr root) {
    find(root, true);
  }

  /** Notes every kink of {@code root} at the point; gives each a side if {@code withSides}. */
  private void find(Expr root, boolean withSides) {
    Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Expr> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Expr e = work.pop();
      if (!seen.add(e)) continue;
      if (e instanceof Call c && c.function().hasKink()
          && Evaluator.evaluate(c.argument(), point) == 0) {
        if (first == null) first = c.function();
        if (withSides && hasSides(c.function())) side(c.argument());
      }
      List<Expr> children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) work.push(children.get(i));
    }
  }

  /** True for the functions whose value differs by side: abs and relu are 0 on either. */
  private static boolean hasSides(MathFunction f) {
    return f == MathFunction.SIGN || f == MathFunction.STEP;
  }

  /**
   * Gives {@code u} a side to choose: that of {@code -u} flipped, if that has one; none when
   * {@code u} does not contain the variable (it stays 0 along it); a third way, 0, when its
   * derivative by the variable is 0 at the point (or not a number).
   */
  private void side(Expr u) {
    if (sides.containsKey(u) || !Variables.mayContain(u, variable)) return;
    Side opposite = sides.get(Expr.negate(u));
    if (opposite != null) {
      sides.put(u, new Side(opposite.index(), opposite.ways(), !opposite.flipped()));
      return;
    }
    Expr slopeTree = Differentiator.derivative(u, variable);
    double slope = Evaluator.evaluate(slopeTree, point);
    // A slope read at a kink of its own is a convention too (x + abs(x) stays 0 on the left).
    int n = slope != 0 && !Double.isNaN(slope) && firstAt(slopeTree, point) == null ? 2 : 3;
    sides.put(u, new Side(ways.size(), n, false));
    ways.add(n);
  }

  /**
   * The first kink ({@code abs}, {@code relu}, {@code sign} or {@code step}) of {@code e} whose
   * argument is 0 at {@code point}, or null: a derivative's stages have none where their
   * function has none.
   */
  public static MathFunction firstAt(Expr e, Map<String, Double> point) {
    KinkSides kinks = new KinkSides(point, "");
    kinks.find(e, false);
    return kinks.first;
  }

  /** How many choices of sides there are, past {@link #MOST_CHOICES} counting as one more. */
  private int choices() {
    int product = 1;
    for (int n : ways) product = Math.min(product * n, MOST_CHOICES + 1);
    return product;
  }

  /** The derivative's value on which every choice of sides agrees, or NaN. */
  private double agreedValue(Expr function, Expr derivative) {
    int choices = choices();
    if (choices > MOST_CHOICES) return Double.NaN;
    double atPoint = Evaluator.evaluate(function, point);
    double agreed = Double.NaN;
    for (int choice = 0; choice < choices; choice++) {
      double f = Evaluator.evaluate(onSides(function, choice, new IdentityHashMap<>()), point);
      if (!same(f, atPoint)) return Double.NaN;
      double d = Evaluator.evaluate(onSides(derivative, choice, new IdentityHashMap<>()), point);
      if (!Double.isFinite(d) || (choice > 0 && !same(d, agreed))) return Double.NaN;
      agreed = d;
    }
    return agreed + 0.0; // -0.0 is 0
  }

  /** Equal up to the last bits of rounding, -0.0 equal to 0.0. */
  private static boolean same(double a, double b) {
    return Math.abs(a - b) <= 1e-14 * Math.max(Math.abs(a), Math.abs(b));
  }

  /**
   * The value a kink's {@code sign} takes under {@code choice}, read as a number whose digit
   * {@code side.index()} in the mixed radix of {@link #ways} is the side: 0 negative, 1
   * positive, 2 zero (its argument stays 0).
   */
  private int signOn(Side side, int choice) {
    for (int i = 0; i < side.index(); i++) choice /= ways.get(i);
    int digit = choice % side.ways();
    int sign = digit == 2 ? 0 : digit == 1 ? 1 : -1;
    return side.flipped() ? -sign : sign;
  }

  /**
   * {@code e} with each kink's {@code sign} and {@code step} set to their values on the side
   * {@code choice} gives it ({@link #signOn}), built with the raw constructors; {@code done}
   * keeps each shared subtree's result.
   */
  private Expr onSides(Expr e, int choice, Map<Expr, Expr> done) {
    Expr known = done.get(e);
    if (known != null) return known;
    Expr result = e;
    if (e instanceof Call c) {
      Side side = hasSides(c.function()) ? sides.get(c.argument()) : null;
      if (side != null) {
        int sign = signOn(side, choice);
        if (c.function() == MathFunction.STEP) result = sign > 0 ? Num.ONE : Num.ZERO;
        else result = sign > 0 ? Num.ONE : sign < 0 ? Num.MINUS_ONE : Num.ZERO;
      } else {
        Expr u = onSides(c.argument(), choice, done);
        if (u != c.argument()) result = new Call(c.function(), u);
      }
    } else if (e instanceof Power p) {
      Expr base = onSides(p.base(), choice, done);
      Expr exponent = onSides(p.exponent(), choice, done);
      if (base != p.base() || exponent != p.exponent()) result = new Power(base, exponent);
    } else if (e instanceof Sum s) {
      List<Expr> terms = onSides(s.terms(), choice, done);
      if (terms != null) result = new Sum(terms);
    } else if (e instanceof Product p) {
      List<Expr> factors = onSides(p.factors(), choice, done);
      if (factors != null) result = new Product(factors);
    }
    done.put(e, result);
    return result;
  }

  /** The operands on the sides of {@code choice}, or null when none changed. */
  private List<Expr> onSides(List<Expr> operands, int choice, Map<Expr, Expr> done) {
    List<Expr> out = new ArrayList<>(operands.size());
    boolean changed = false;
    for (Expr o : operands) {
      Expr r = onSides(o, choice, done);
      changed |= r != o;
      out.add(r);
    }
    return changed ? out : null;
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.check.CrossCheck;
import dev.leibniz.diff.Derivation;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.eval.KinkSides;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A derivative with everything a front end shows about it, from one run of the differentiator:
 * the function, the variables differentiated by in turn, the simplified result, its label and,
 * when asked for, the rules applied. It can prove itself numerically ({@link #check()}) without
 * differentiating again.
 *
 * <pre>{@code
 * Derivative d = Expression.parse("x^3*z^2").derivation("x", "z");
 * d.label();       // d2/dz dx
 * d.result();      // 6*x^2*z
 * d.steps();       // [Constant multiple rule (a product with a constant factor):
 *                  //  d/dx(x^3*z^2) = 3*x^2*z^2, Power rule: d/dx(x^3) = 3*x^2, ...]
 * d.check().ok();  // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Derivative {
  /** Random points of {@link #check()}, and their seed: the same answer is checked the same way. */
  private static final int CHECK_POINTS = 5;
  private static final long CHECK_SEED = 1;

  private final Expression function;
  private final List<String> variables;
  private final Expression result;
  /** The derivative by all but the last variable: where the last stage started. */
  private final Expr lower;
  private final List<Step> steps;

  /** {@code variables} must not change: a copy, or {@link Collections#nCopies} of a chain. */
  private Derivative(Expression function, List<String> variables, Expression result, Expr lower,
      List<Step> steps) {
    this.function = function;
    this.variables = variables;
    this.result = result;
    this.lower = lower;
    this.steps = steps == null ? null : List.copyOf(steps);
  }

  /**
   * Differentiates {@code f} by each of {@code variables} (already read) in turn, each stage
   * once, logging the rules applied if {@code withSteps}.
   */
  static Derivative of(Expression f, List<String> variables, boolean withSteps) {
    return extend(start(f, withSteps), List.copyOf(variables), false);
  }

  /**
   * Differentiates {@code f} by {@code variable} {@code order} times: a chain by one variable,
   * whose stages may come back to an earlier one ({@link #extend}), held in constant memory
   * however long ({@code derivative("x", Integer.MAX_VALUE)} of {@code x^3} is 0 at once).
   */
  static Derivative repeated(Expression f, String variable, int order, boolean withSteps) {
    checkOrder(order);
    return extend(start(f, withSteps), Collections.nCopies(order, variable), true);
  }

  /** {@code f} differentiated by no variable yet. */
  private static Derivative start(Expression f, boolean withSteps) {
    return new Derivative(f, List.of(), f, f.tree(), withSteps ? List.of() : null);
  }

  /**
   * Refuses a negative order, for every entry that takes one.
   *
   * @throws LeibnizException {@code the order must be 0 or more, not -1}
   */
  static void checkOrder(int order) {
    if (order < 0) throw new LeibnizException("the order must be 0 or more, not " + order);
  }

  /**
   * The chain {@code wrt} repeated {@code order} times ({@code [x, z]} twice is x, z, x, z), as
   * the front ends' {@code --wrt} and {@code --order} ask, scalar or matrix. It is a list of its
   * stages, so it is held to a length memory takes.
   *
   * @throws LeibnizException past 10,000,000 stages
   */
  static List<String> repeatedChain(List<String> wrt, int order) {
    checkOrder(order);
    if ((long) wrt.size() * order > 10_000_000) {
      throw new LeibnizException("order " + order + " by " + wrt.size() + " variables is too long"
          + " a chain");
    }
    List<String> chain = new ArrayList<>(wrt.size() * order);
    for (int i = 0; i < order; i++) chain.addAll(wrt);
    return chain;
  }

  /** {@link Expression#derivations(int, boolean)}. */
  static List<Derivative> all(Expression f, int order, boolean withSteps) {
    checkOrder(order);
    List<String> variables = new ArrayList<>(f.variables());
    if (variables.isEmpty() || order == 0) {
      // By no variable: the expression itself (order 0) or, for a constant, 0.
      return List.of(order == 0 ? f.derivation(List.of(), withSteps)
          : new Derivative(f, List.of(), f.derived(Num.ZERO), f.tree(),
              withSteps ? List.of() : null));
    }
    if (variables.size() == 1) {
      // One chain: made in one pass, not a level at a time (each level copies the one below).
      return List.of(repeated(f, variables.get(0), order, withSteps));
    }
    // Each set of variables once, its chain in the order of variables(): by Schwarz's theorem
    // the order of differentiation does not matter. Each partial extends one of the order below.
    List<Derivative> level = List.of(f.derivation(List.of(), withSteps));
    for (int k = 0; k < order; k++) {
      List<Derivative> next = new ArrayList<>();
      for (Derivative d : level) {
        int from = d.variables.isEmpty() ? 0
            : variables.indexOf(d.variables.get(d.variables.size() - 1));
        for (String v : variables.subList(from, variables.size())) {
          next.add(d.then(v));
        }
      }
      level = next;
    }
    return level;
  }

  /**
   * {@code start} differentiated by each of {@code more} (unchanging) in turn. Without steps to
   * log, a chain by {@code oneVariable} whose stages come back to an earlier one ({@code sin},
   * {@code cos}, {@code -sin}, {@code -cos}; {@code e^x}; 0) repeats from there, so whole rounds
   * of the cycle are skipped: found by Brent's method, which keeps one earlier stage, not all.
   */
  private static Derivative extend(Derivative start, List<String> more, boolean oneVariable) {
    Expr stage = start.result.tree();
    Expr lower = start.lower;
    List<Step> steps = start.steps == null ? null : new ArrayList<>(start.steps);
    boolean cycles = steps == null && oneVariable;
    Expr earlier = stage;
    int power = 1;
    int sinceEarlier = 0;
    for (int i = 0, n = more.size(); i < n; i++) {
      lower = stage;
      // Once a stage is 0, every later one is: nothing more to differentiate or to log.
      if (stage.isZero()) break;
      if (steps != null) {
        Derivation d = Differentiator.derive(stage, more.get(i));
        steps.addAll(StepLog.of(d));
        stage = Expression.checkedSize(d.result());
      } else {
        stage = Expression.checkedSize(Differentiator.derivative(stage, more.get(i)));
      }
      if (!cycles) continue;
      sinceEarlier++;
      if (stage.equals(earlier)) {
        // Stages i + 1 and i + 1 - sinceEarlier are equal: skip whole cycles of that length.
        i += (n - 1 - i) / sinceEarlier * sinceEarlier;
        cycles = false;
      } else if (sinceEarlier == power) {
        earlier = stage;
        power *= 2;
        sinceEarlier = 0;
      }
    }
    List<String> variables = more;
    if (!start.variables.isEmpty()) {
      List<String> chain = new ArrayList<>(start.variables);
      chain.addAll(more);
      variables = List.copyOf(chain);
    }
    Expression result = stage == start.result.tree() ? start.result
        : start.function.derived(stage);
    return new Derivative(start.function, variables, result, lower, steps);
  }

  /**
   * The same derivative with its result in the shortest form the simplifier finds
   * ({@link Expression#simplify()}); {@link #check()} then proves that form, and {@link #then}
   * differentiates it. With steps, the rewrites that lead from the rules' result to that form
   * follow the rules ({@link Rule#simplifies()}): {@code Common denominator: 1/(x + 1)^2}, each
   * the whole derivative, the last one the result.
   */
  public Derivative simplified() {
    Expression shortest = result.simplify();
    List<Step> all = steps;
    if (steps != null) {
      all = new ArrayList<>(steps);
      all.addAll(StepLog.simplification(result.tree(), shortest.tree()));
    }
    return new Derivative(function, variables, shortest, lower, all);
  }

  /**
   * This derivative differentiated once more, by {@code variable}: from {@code d/dx} of f,
   * {@code then("z")} is d²f/dz dx. Only the new stage is computed (with its steps if this
   * derivative has steps).
   *
   * @throws LeibnizException if {@code variable} is not a variable name
   */
  public Derivative then(String variable) {
    String name = VariableNames.of(variable);
    return extend(this, List.of(name), false);
  }

  /** The function differentiated. */
  public Expression function() {
    return function;
  }

  /** The variables differentiated by, in the order applied: {@code [x, z]} is d²/dz dx. */
  public List<String> variables() {
    return variables;
  }

  /** The simplified derivative. */
  public Expression result() {
    return result;
  }

  /**
   * The operator's name ({@link OperatorLabel}): {@code d/dx}, {@code d2/dz dx} for x then z;
   * empty for a derivative by no variable.
   */
  public String label() {
    return OperatorLabel.of(variables);
  }

  /**
   * The operator's name in LaTeX, with {@code f} for the function differentiated:
   * {@code \frac{\partial f}{\partial x}}, {@code \frac{\partial^{2} f}{\partial z \partial x}}
   * for x then z ({@link LatexOperator}).
   */
  public String latexLabel() {
    return LatexOperator.of(variables);
  }

  /** True if the rules applied were logged ({@link Expression#derivation(String...)}). */
  public boolean hasSteps() {
    return steps != null;
  }

  /**
   * The rules applied, outermost first, each distinct subexpression once; for several
   * variables, stage by stage, each starting from the last one's result; for a
   * {@link #simplified()} derivative, then the rewrites of the simplification.
   *
   * @throws IllegalStateException if the steps were not logged ({@link #hasSteps()})
   */
  public List<Step> steps() {
    if (steps == null) {
      throw new IllegalStateException("the steps were not logged: ask for them with"
          + " Expression.derivation(variables, true)");
    }
    return steps;
  }

  /**
   * Proves the result numerically at 5 random points (seed 1, so the same answer is checked the
   * same way each time); see {@link CheckReport}. A derivative by no variable needs no proof.
   */
  public CheckReport check() {
    return check(CHECK_POINTS, CHECK_SEED);
  }

  /**
   * Proves the result numerically at {@code points} random points drawn with {@code seed}.
   *
   * @throws IllegalArgumentException if {@code points} is less than 1
   */
  public CheckReport check(int points, long seed) {
    Arguments.positive(points, "points");
    if (variables.isEmpty()) return CheckReport.nothingToDifferentiate();
    return CheckReport.of(CrossCheck.check(function.tree(), variables, lower, result.tree(),
        points, seed));
  }

  /**
   * Proves the result numerically at {@code point}; the report is {@link CheckReport#skipped()}
   * where the point is outside the domain or finite differences cannot be trusted there.
   *
   * @throws LeibnizException if a variable of the function or of {@link #variables()} has no
   *     value in {@code point}
   */
  public CheckReport checkAt(Map<String, Double> point) {
    point = Points.read(point);
    if (variables.isEmpty()) return CheckReport.nothingToDifferentiate();
    return CheckReport.of(CrossCheck.checkAt(function.tree(), variables, lower, result.tree(),
        point));
  }

  /**
   * Whether the derivative exists at {@code point} when the point is on a kink, where the
   * result's value is a convention ({@code abs'(0) = sign(0) = 0}): {@code abs}, {@code relu},
   * {@code sign} or {@code step} with the argument 0 there, in the function differentiated last
   * or in the result. It exists when that function is continuous there and every choice of the
   * kinks' sides gives the derivative one value ({@code x*abs(x)} at 0: 0); otherwise the point
   * is on a kink proper ({@code abs(x)} at 0). Empty where the point is on no kink, and for a
   * derivative by no variable. Of a higher derivative every stage is asked in turn: a stage
   * that does not exist there has no derivative ({@code hessian "abs(x)*y"}: d/dx has none at
   * x = 0, so neither has d2/dy dx). The point must be where the function is defined
   * ({@link Expression#evaluate}).
   *
   * @throws LeibnizException if a variable of the function has no value in {@code point}
   */
  public Optional<OnKink> onKink(Map<String, Double> point) {
    point = Points.read(point);
    if (variables.isEmpty()) return Optional.empty();
    // The stages' kinks are their function's (abs' is sign of the same argument): none there,
    // none anywhere.
    MathFunction kink = KinkSides.firstAt(function.tree(), point);
    if (kink == null) return Optional.empty();
    int n = variables.size();
    // A long chain is not asked stage by stage: on a kink, it has no value said for it.
    if (n > MOST_STAGES_ASKED) return Optional.of(new OnKink(kink.canonicalName(),
        OptionalDouble.empty()));
    KinkSides.Outcome first = null;
    int firstAt = -1;
    Expr stage = function.tree();
    for (int k = 0; k < n; k++) {
      // A stage after one on a kink, by another variable, moves along a line the earlier
      // stage may exist on nowhere else (d/dx of abs(x)*y at x = 0, then by y): no value.
      if (first != null && !variables.get(k).equals(variables.get(firstAt))) {
        return Optional.of(new OnKink(first.function().canonicalName(), OptionalDouble.empty()));
      }
      // The stages of the chain again (each once, at a kink only), the last one the result.
      Expr next = k == n - 1 ? result.tree() : k == n - 2 ? lower
          : Differentiator.derivative(stage, variables.get(k));
      KinkSides.Outcome sides = KinkSides.at(stage, next, variables.get(k), point);
      if (sides != null && !sides.exists()) return Optional.of(onKink(sides));
      if (first == null && sides != null) {
        first = sides;
        firstAt = k;
      }
      if (k == n - 1 && sides != null) return Optional.of(onKink(sides));
      stage = next;
    }
    // An earlier stage was on a kink, with a value: the last stage's own value stands.
    if (first == null) return Optional.empty();
    double value = Evaluator.evaluate(result.tree(), point);
    return Optional.of(new OnKink(first.function().canonicalName(),
        Double.isFinite(value) ? OptionalDouble.of(value + 0.0) : OptionalDouble.empty()));
  }

  /** The most stages of a chain {@link #onKink} asks in turn. */
  private static final int MOST_STAGES_ASKED = 16;

  private static OnKink onKink(KinkSides.Outcome sides) {
    return new OnKink(sides.function().canonicalName(),
        sides.exists() ? OptionalDouble.of(sides.value()) : OptionalDouble.empty());
  }

  /**
   * {@code d/dx(x^2*sin(x)) = x^2*cos(x) + 2*x*sin(x)}, then the steps if logged, one per
   * line; a derivative by no variable is its result alone.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(variables.isEmpty() ? result.toString()
        : label() + "(" + function + ") = " + result);
    if (steps != null) for (Step s : steps) text.append("\n  ").append(s);
    return text.toString();
  }
}

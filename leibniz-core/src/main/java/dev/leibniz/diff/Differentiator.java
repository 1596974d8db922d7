package dev.leibniz.diff;

import static dev.leibniz.expr.Expr.power;
import static dev.leibniz.expr.Expr.product;
import static dev.leibniz.expr.Expr.sum;

import dev.leibniz.eval.ConstantDomain;
import dev.leibniz.expr.Call;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.expr.Num;
import dev.leibniz.expr.Power;
import dev.leibniz.expr.Product;
import dev.leibniz.expr.StackGuard;
import dev.leibniz.expr.Sum;
import dev.leibniz.expr.UndefinedException;
import dev.leibniz.expr.Var;
import dev.leibniz.expr.Variables;
import dev.leibniz.print.PlainPrinter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Symbolic differentiation by the cheat sheet: each node kind has its rule, each reserved
 * function its row in the {@link CheatSheet}, and the chain rule is applied in one place. The
 * result is built through the smart constructors, so it comes out canonical and simplified.
 *
 * <p>A shared subexpression is differentiated once (a memo keyed by identity: the smart
 * constructors share subtrees by reference; a tree of a few dozen nodes goes without), so the
 * work is proportional to the expression's DAG, not to its printed size; a subtree free of the
 * variable is 0 at once, without a walk ({@link Variables#mayContain}); and no subtree is
 * hashed (the step log, which lists each distinct subexpression once, keys by structure
 * instead). An instance serves one
 * derivation and is not thread-safe; the static entry points make a fresh one per call. An
 * interrupted thread's derivation stops with {@link StackGuard.InterruptedComputation}
 * ("interrupted"), like every long stage.
 */
public final class Differentiator {
  private final String variable;
  /** The variable's bit in the masks the nodes keep ({@link Variables#bit}). */
  private final long variableBit;
  private final Map<Expr, Expr> memo;
  private final List<Step> steps;
  /**
   * The rule the last product or power rule applied, and what it chained through (null if
   * nothing), for the step log: set by {@link #productRule} and {@link #powerRule} as they
   * return, so no result object is made per node.
   */
  private Rule lastRule;
  private Expr lastInner;

  /**
   * Trees up to this many nodes are differentiated without the memo: sharing can save at most
   * their size in work, less than keeping the memo costs.
   */
  private static final int UNMEMOISED = 48;

  private Differentiator(String variable, boolean recordSteps, boolean memoise) {
    this.variable = variable;
    this.variableBit = Variables.bit(variable);
    this.steps = recordSteps ? new ArrayList<>() : null;
    // The step log lists each distinct subexpression once, so it needs structural keys.
    this.memo = recordSteps ? new HashMap<>() : memoise ? new IdentityHashMap<>() : null;
  }

  /** {@code d/d variable} of {@code e}, simplified. */
  public static Expr derivative(Expr e, String variable) {
    return new Differentiator(variable, false, !ExprSize.isSmall(e, UNMEMOISED)).d(e);
  }

  /**
   * {@code d/d variable} of {@code e}, with the rules applied, outermost first. An expression
   * that is the variable, or free of it, has one step: the variable or the constant rule.
   */
  public static Derivation derive(Expr e, String variable) {
    Differentiator d = new Differentiator(variable, true, true);
    Expr result = d.d(e);
    List<Step> done = new ArrayList<>(d.steps.size());
    for (Step s : d.steps) if (s != null) done.add(s);
    if (done.isEmpty()) {
      Rule rule = e.equals(new Var(variable)) ? Rule.VARIABLE
          : Expr.isZero(result) ? Rule.CONSTANT : null;
      if (rule != null) done.add(new Step(rule, e, variable, result, null));
    }
    return new Derivation(e, variable, result, done);
  }

  private Expr d(Expr e) {
    if (e instanceof Num || e instanceof Constant) return Num.ZERO;
    if (e instanceof Var v) return v.name().equals(variable) ? Num.ONE : Num.ZERO;
    // Free of the variable: 0 without a walk (each node keeps a mask of its variables).
    if (!Variables.mayContain(e, variableBit)) return Num.ZERO;
    Expr known = memo != null ? memo.get(e) : null;
    if (known != null) return known;
    // A batch line past its time limit is interrupted: stop rather than compute on unseen.
    StackGuard.checkInterrupted();
    int slot = reserveStep();
    Expr result;
    Rule rule;
    Expr inner = null;
    if (e instanceof Sum s) {
      result = sumRule(s);
      rule = Rule.SUM;
    } else if (e instanceof Product p) {
      result = productRule(p);
      rule = lastRule;
    } else if (e instanceof Power p) {
      result = powerRule(p);
      rule = lastRule;
      inner = lastInner;
    } else if (e instanceof Call c) {
      result = chainRule(c);
      rule = Rule.FUNCTION;
      inner = c.argument();
    } else {
      throw new IllegalStateException("unhandled " + e);
    }
    if (memo != null) memo.put(e, result);
    if (steps != null && !Expr.isZero(result)) {
      Expr chainedThrough = inner instanceof Var ? null : inner;
      MathFunction f = rule == Rule.FUNCTION ? ((Call) e).function() : null;
      steps.set(slot, new Step(rule, e, variable, result, chainedThrough, f));
    }
    return result;
  }

  private int reserveStep() {
    if (steps == null) return -1;
    steps.add(null);
    return steps.size() - 1;
  }

  /** {@code (f + g)' = f' + g'}. */
  private Expr sumRule(Sum s) {
    int n = s.termCount();
    List<Expr> terms = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      Expr t = s.term(i);
      if (memo == null && t instanceof Product p && Variables.mayContain(p, variableBit)) {
        // The product rule's terms join this sum's: one canonical sum, built once, where
        // summing them first would build a sum only to flatten it again (sums are
        // associative). Not when results are memoised or logged: those need each one built.
        productRuleTerms(p, terms);
        continue;
      }
      Expr dt = d(t);
      if (!Expr.isZero(dt)) terms.add(dt);
    }
    return Shortcuts.sumOf(terms);
  }

  /**
   * {@code (f*g*h)' = f'*g*h + f*g'*h + f*g*h'}: the n-ary product rule, one term per factor
   * that depends on the variable. A quotient is a product with a negative power, so this is
   * also the quotient rule {@code (f/g)' = (f'g - fg')/g^2}: a denominator {@code g^-k} is
   * differentiated as {@code -k*g^(-k-1)*g'} right here, so that the step log shows the steps
   * of g, not a power rule on {@code 1/g}. The rule is named by the factors that depend on the
   * variable: the quotient rule if one is a denominator, else the product rule if two or more
   * do, else the constant multiple rule ({@code (2x)'} and {@code (xy)'} by x alike).
   */
  private Expr productRule(Product p) {
    List<Expr> terms = new ArrayList<>(p.factorCount());
    boolean dependentDenominator = productRuleTerms(p, terms);
    lastRule = dependentDenominator ? Rule.QUOTIENT
        : terms.size() >= 2 ? Rule.PRODUCT : Rule.CONSTANT_MULTIPLE;
    return Shortcuts.sumOf(terms);
  }

  /**
   * Adds the product rule's terms other than 0 to {@code terms}, {@code f*g'*h} for each factor
   * g; true if a factor that depends on the variable is a denominator.
   */
  private boolean productRuleTerms(Product p, List<Expr> terms) {
    boolean dependentDenominator = false;
    for (int i = 0, n = p.factorCount(); i < n; i++) {
      Expr factor = p.factor(i);
      boolean denominator = Expr.isReciprocal(factor);
      Expr df = denominator ? denominatorRule((Power) factor) : d(factor);
      if (Expr.isZero(df)) continue;
      dependentDenominator |= denominator;
      terms.add(Expr.replaceFactor(p, i, df));
    }
    return dependentDenominator;
  }

  /** {@code (g^-k)' = -k*g^(-k-1)*g'} for a denominator, memoised but not a step of its own. */
  private Expr denominatorRule(Power reciprocal) {
    if (!Variables.mayContain(reciprocal, variableBit)) return Num.ZERO;
    Expr known = memo != null ? memo.get(reciprocal) : null;
    if (known != null) return known;
    Expr g = reciprocal.base();
    Expr k = reciprocal.exponent();
    Expr result = Shortcuts.product3(k, power(g, Shortcuts.minusOne(k)), d(g));
    if (memo != null) memo.put(reciprocal, result);
    return result;
  }

  /**
   * {@code (u^n)' = n*u^(n-1)*u'} when only the base varies; {@code (a^u)' = a^u*ln(a)*u'} when
   * only the exponent does ({@code (e^u)' = e^u*u'}); otherwise logarithmic differentiation,
   * {@code (f^g)' = f^g*(g'*ln(f) + g*f'/f)}.
   */
  private Expr powerRule(Power p) {
    Expr f = p.base();
    Expr g = p.exponent();
    Expr df = d(f);
    Expr dg = d(g);
    if (Expr.isZero(dg)) {
      return ruled(Rule.POWER, f, Shortcuts.product3(g, power(f, Shortcuts.minusOne(g)), df));
    }
    // 0^g is 0 wherever it is defined (g > 0), so its derivative is 0, not 0^g*ln(0).
    if (Expr.isZero(f)) return ruled(Rule.EXPONENTIAL, g, Num.ZERO);
    Expr ln = f == Constant.E ? Num.ONE : Expr.call(MathFunction.LN, f);
    // (-pi)^x is defined at whole x alone: no derivative, as (-2)^x has none (ln(-2) refused).
    if (ConstantDomain.outside(ln)) {
      throw new UndefinedException(PlainPrinter.print(ln) + " is undefined");
    }
    if (Expr.isZero(df)) return ruled(Rule.EXPONENTIAL, g, Shortcuts.product3(p, dg, ln));
    return ruled(Rule.GENERAL_POWER, null,
        product(p, sum(product(dg, ln), product(g, df, power(f, -1)))));
  }

  /** {@code result}, noting the rule that made it and what it chained through. */
  private Expr ruled(Rule rule, Expr inner, Expr result) {
    lastRule = rule;
    lastInner = inner;
    return result;
  }

  /**
   * {@code f(u)' = f'(u)*u'}, with {@code f'} from the function's row of the cheat sheet; when
   * u is the variable ({@code u' = 1}) that is {@code f'(u)} itself, with no product to build.
   */
  private Expr chainRule(Call c) {
    Expr du = d(c.argument());
    if (Expr.isZero(du)) return Num.ZERO;
    Expr outer = CheatSheet.derivativeAt(c);
    return Expr.isOne(du) ? outer : product(outer, du);
  }
}

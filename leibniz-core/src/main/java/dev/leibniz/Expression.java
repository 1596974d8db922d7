package dev.leibniz;

import dev.leibniz.error.LeibnizException;

import dev.leibniz.diff.Derivation;
import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Variables;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.print.CseForm;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.LatexPrinter;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.Simplifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable mathematical expression in canonical form: parse it, differentiate it, print it,
 * evaluate it. Instances are values (equal when their trees are equal) and thread-safe.
 *
 * <pre>{@code
 * Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * Expression dfdx = f.derivative("x");
 * dfdx.toString();                                  // z*e^(x*z) - z/ln(x)^2 + ...
 * dfdx.evaluate(Map.of("x", 2.0, "z", 3.0));        // 1208.3812151266...
 * }</pre>
 */
public final class Expression {
  private final Expr tree;

  private Expression(Expr tree) {
    this.tree = Objects.requireNonNull(tree);
  }

  /**
   * Reads an expression of the language (README.md, "The language").
   *
   * @throws dev.leibniz.parse.ParseException if the text is not an expression, with the column
   */
  public static Expression parse(String text) {
    return new Expression(ExprParser.parse(text));
  }

  /** Wraps a tree, bringing it to canonical form. */
  public static Expression of(Expr tree) {
    return new Expression(Simplifier.simplify(tree));
  }

  /** The expression tree, for the packages that work on it directly. */
  public Expr tree() {
    return tree;
  }

  /**
   * The partial derivative by {@code variable}, simplified; 0 if the variable does not occur.
   *
   * @throws LeibnizException if the result would exceed {@link ExprSize#MAX_NODES} nodes
   */
  public Expression derivative(String variable) {
    return new Expression(checkedSize(Differentiator.derivative(tree, variable)));
  }

  /**
   * Successive partial derivatives, in order: {@code derivative("x", "z")} is d²/dz dx and
   * {@code derivative("x", "x", "x")} the third derivative by x.
   *
   * @throws LeibnizException if an intermediate result would exceed {@link ExprSize#MAX_NODES}
   */
  public Expression derivative(String... variables) {
    Expr result = tree;
    for (String v : variables) {
      if (result.isZero()) break;
      result = checkedSize(Differentiator.derivative(result, v));
    }
    return new Expression(result);
  }

  /** The {@code order}-th derivative by {@code variable}. */
  public Expression derivative(String variable, int order) {
    if (order < 0) throw new LeibnizException("the order of a derivative cannot be negative");
    String[] vars = new String[order];
    java.util.Arrays.fill(vars, variable);
    return derivative(vars);
  }

  /** The first derivative by {@code variable} with the rules applied, outermost first. */
  public Derivation derivation(String variable) {
    return Differentiator.derive(tree, variable);
  }

  /** Every first partial derivative, by variable in name order. */
  public Map<String, Expression> gradient() {
    Map<String, Expression> partials = new LinkedHashMap<>();
    for (String v : variables()) partials.put(v, derivative(v));
    return partials;
  }

  /**
   * Compiles the expression to a reverse-mode tape over its {@link #variables()}: the value and
   * the whole gradient at any point, reusable without allocation (thread-confined).
   */
  public CompiledGradient compile() {
    return new CompiledGradient(GraphCompiler.compile(tree, List.copyOf(variables())));
  }

  /** The canonical form (already canonical after parsing, so this is idempotent). */
  public Expression simplify() {
    return new Expression(Simplifier.simplify(tree));
  }

  /**
   * The value at a point, in double precision; NaN outside the real domain.
   *
   * @throws LeibnizException if a variable of the expression has no value in {@code point}
   */
  public double evaluate(Map<String, Double> point) {
    return Evaluator.evaluate(tree, point);
  }

  /** Why the value at {@code point} is not finite ({@code ln undefined at x = -1}), if it isn't. */
  public java.util.Optional<String> explainUndefined(Map<String, Double> point) {
    return Evaluator.explainUndefined(tree, point);
  }

  /** The variable names, sorted ({@code x2} before {@code x10}). */
  public Set<String> variables() {
    return Variables.of(tree);
  }

  /** The expression in LaTeX, e.g. {@code \frac{z}{\ln\left(x\right)}}. */
  public String toLatex() {
    return LatexPrinter.print(tree);
  }

  /** The expression in the output language; it parses back to an equal expression. */
  @Override
  public String toString() {
    return PlainPrinter.print(tree);
  }

  /**
   * The expression with its common subexpressions bound first, one {@code t1 = ...} line each,
   * then the expression in terms of them; its size grows with the number of distinct
   * subexpressions, not with the printed tree:
   *
   * <pre>{@code
   * Expression.parse("sin(sin(sin(x)))").derivative("x").toCseString();
   * // t1 = sin(x)
   * // cos(x)*cos(t1)*cos(sin(t1))
   * }</pre>
   *
   * <p>Every line parses; substituting the bindings back, last to first, gives this expression.
   */
  public String toCseString() {
    return CsePrinter.print(tree);
  }

  /**
   * Several expressions with common subexpressions bound once for all of them, e.g. every
   * partial of a gradient: {@code cse(List.of(dfdx, dfdz)).lines()} is the bindings, then one
   * result per expression in the order given.
   *
   * @throws IllegalArgumentException if {@code expressions} is empty
   */
  public static CseForm cse(List<Expression> expressions) {
    List<Expr> trees = new ArrayList<>(expressions.size());
    for (Expression e : expressions) trees.add(e.tree);
    return CsePrinter.eliminate(trees);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Expression other)) return false;
    return tree.equals(other.tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  private static Expr checkedSize(Expr e) {
    if (!ExprSize.isSmall(e, 4096) && ExprSize.treeSize(e) > ExprSize.MAX_NODES) {
      throw new LeibnizException("result exceeds " + String.format("%,d", ExprSize.MAX_NODES)
          + " nodes");
    }
    return e;
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;

import dev.leibniz.diff.Differentiator;
import dev.leibniz.eval.DomainConditions;
import dev.leibniz.eval.Evaluator;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.ExprSize;
import dev.leibniz.expr.Variables;
import dev.leibniz.graph.GraphCompiler;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.parse.ParseException;
import dev.leibniz.print.CsePrinter;
import dev.leibniz.print.LatexPrinter;
import dev.leibniz.print.PlainPrinter;
import dev.leibniz.simplify.FullSimplifier;
import dev.leibniz.simplify.Simplifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable mathematical expression in canonical form: parse it, differentiate it, print it,
 * evaluate it. Instances are values (equal when their trees are equal) and thread-safe.
 *
 * <pre>{@code
 * Expression f = Expression.parse("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)");
 * Expression dfdx = f.derivative("x");
 * dfdx.toString();   // z*e^(x*z) + z/ln(x) - z/ln(x)^2 + cos(ln(x))/(x^2*z) - sin(ln(x))/(x^2*z)
 * dfdx.evaluate(Map.of("x", 2.0, "z", 3.0));   // 1208.3812151266095
 * }</pre>
 */
public final class Expression {
  private final Expr tree;
  /**
   * The text this expression was read from, or that of the expression it was derived from: its
   * literal tree decides, beside {@link #tree}, where the expression is defined
   * ({@link AsWritten}). Null for a tree the library built.
   */
  private final WrittenInput input;

  private Expression(Expr tree) {
    this(tree, null);
  }

  private Expression(Expr tree, WrittenInput input) {
    this.tree = Objects.requireNonNull(tree);
    this.input = input;
  }

  /**
   * Reads an expression of the language (README.md, "The language").
   *
   * @throws dev.leibniz.parse.ParseException if the text is not an expression, with the column;
   *     for a vector or matrix expression, naming the API that reads it
   *     ({@link MatrixExpression#parse(String)})
   * @throws IllegalArgumentException if {@code text} is null
   */
  public static Expression parse(String text) {
    Arguments.notNull(text, "expression");
    try {
      return new Expression(ExprParser.parse(text), WrittenInput.of(text));
    } catch (ParseException e) {
      throw advised(e);
    }
  }

  /** A refusal of a vector or matrix expression names the API that reads one; else as it is. */
  private static ParseException advised(ParseException e) {
    return e.nonScalar() == null ? e : e.withAdvice("a vector or matrix expression, which"
        + " Expression.parse does not take (read it with MatrixExpression.parse, or"
        + " Leibniz.derivative(text, variable, shapes))");
  }

  /**
   * Reads {@code text} in which each whole word that is a key of {@code names} stands for its
   * expression, as if written in parentheses: with {@code f} naming {@code x + 1},
   * {@code 2f^2} is {@code 2*(x + 1)^2}; so does a key that a letter run splits off, as the run
   * splits without names: {@code xf} is {@code x*(x + 1)}. A key
   * mapped to null is read as one variable of that name rather than split into letters. No
   * expression is printed and read back: the names' trees are put in place.
   *
   * @throws dev.leibniz.parse.ParseException if the text is not an expression, with the column
   *     in {@code text}
   */
  public static Expression parse(String text, Map<String, Expression> names) {
    Arguments.notNull(text, "expression");
    Arguments.notNull(names, "names");
    try {
      return new Expression(NamedParse.parse(text, names), WrittenInput.of(text, names));
    } catch (ParseException e) {
      throw advised(e);
    }
  }

  /** Wraps a tree, bringing it to canonical form. */
  static Expression of(Expr tree) {
    return new Expression(Simplifier.simplify(tree));
  }

  /** Wraps a tree that is already canonical (a part or a result of one). */
  static Expression wrap(Expr tree) {
    return new Expression(tree);
  }

  /**
   * {@code result}, derived from this expression (a derivative, a simplified form): undefined
   * wherever this expression's input is.
   */
  Expression derived(Expr result) {
    return new Expression(result, input);
  }

  /**
   * This expression with {@code tree} (the substitution of {@code replacements}, by variable) in
   * place of its tree: its input as written goes along, the replacements applied to it.
   */
  Expression substituted(Expr tree, Map<String, Expression> replacements) {
    if (replacements.isEmpty()) return this;
    return new Expression(tree, WrittenInput.substituted(this, input, replacements));
  }

  /** The conditions on a point of the input as written ({@link AsWritten#conditions}). */
  java.util.Set<Object> writtenConditions() {
    return input == null ? DomainConditions.ofCanonical(tree) : input.asWritten().conditions();
  }

  /** The expression tree, for the facade's classes. */
  Expr tree() {
    return tree;
  }

  /**
   * The partial derivative by {@code variable} in the canonical form the rules build (like terms
   * collected, powers of one base merged, numbers folded; {@link #simplify()} then finds the
   * shortest form); 0 if the variable does not occur.
   * The variable is read as in an expression: {@code "θ"} is {@code theta}.
   *
   * @throws LeibnizException if {@code variable} is not a variable name, or the result would
   *     exceed {@link ExprSize#MAX_NODES} nodes
   */
  public Expression derivative(String variable) {
    String name = VariableNames.of(variable);
    return derived(checkedSize(Differentiator.derivative(tree, name)));
  }

  /**
   * Successive partial derivatives, in order: {@code derivative("x", "z")} is d²/dz dx and
   * {@code derivative("x", "x", "x")} the third derivative by x.
   *
   * @throws LeibnizException if a name is not a variable, or an intermediate result would
   *     exceed {@link ExprSize#MAX_NODES} nodes
   */
  public Expression derivative(String... variables) {
    List<String> names = VariableNames.of(Arrays.asList(Arguments.notNull(variables, "variables")));
    Expr result = tree;
    for (String v : names) {
      if (result.isZero()) break;
      result = checkedSize(Differentiator.derivative(result, v));
    }
    return derived(result);
  }

  /**
   * The {@code order}-th derivative by {@code variable}.
   *
   * @throws LeibnizException if the order is negative, the name is not a variable, or an
   *     intermediate result would exceed 1,000,000 nodes
   */
  public Expression derivative(String variable, int order) {
    // The chain of Derivative, which skips the rounds of a cycle (sin: every 4) and stops at 0.
    return Derivative.repeated(this, VariableNames.of(variable), order, false).result();
  }

  /**
   * The derivative by each of {@code variables} in turn, with its label and the rules applied
   * (outermost first, stage by stage), from one run: each stage is differentiated once.
   * {@code derivation("x", "z")} is d²/dz dx; with no variable, the expression itself.
   *
   * @throws LeibnizException if a name is not a variable, or a result would be too large
   */
  public Derivative derivation(String... variables) {
    return derivation(Arrays.asList(Arguments.notNull(variables, "variables")), true);
  }

  /**
   * As {@link #derivation(String...)}; without {@code withSteps} the rules are not logged,
   * which is faster, and {@link Derivative#steps()} is not available.
   */
  public Derivative derivation(List<String> variables, boolean withSteps) {
    List<String> names = VariableNames.of(Arguments.notNull(variables, "variables"));
    return Derivative.of(this, names, withSteps);
  }

  /**
   * The derivatives of order {@code order} when no variable is named: every partial derivative
   * of that order, mixed ones included, each set of variables once (differentiation by
   * different variables commutes), its variables and the list in name order; for x and y and
   * order 2: d2/dx2, d2/dy dx, d2/dy2. For one variable that is its {@code order}-th
   * derivative; for an expression without variables, or order 0, one derivative by no
   * variable, which is 0 for a constant (the expression itself for order 0).
   *
   * @throws LeibnizException if {@code order} is negative or a result would be too large
   */
  public List<Derivative> derivations(int order, boolean withSteps) {
    return Derivative.all(this, order, withSteps);
  }

  /**
   * The derivatives a front end shows for {@code --wrt} and {@code --order}: by the chain of
   * {@code wrt} repeated {@code order} times ({@code [x, z]} twice is d4/dz dx dz dx, one
   * derivative); or, with no {@code wrt}, {@link #derivations(int, boolean)}: every partial of
   * that order.
   *
   * @throws LeibnizException if a name is not a variable, {@code order} is negative or a result
   *     would be too large
   */
  public List<Derivative> derivatives(List<String> wrt, int order, boolean withSteps) {
    Arguments.notNull(wrt, "variables");
    if (wrt.isEmpty()) return derivations(order, withSteps);
    Derivative.checkOrder(order);
    if (wrt.size() == 1) {
      return List.of(Derivative.repeated(this, VariableNames.of(wrt.get(0)), order, withSteps));
    }
    return List.of(derivation(Derivative.repeatedChain(wrt, order), withSteps));
  }

  /**
   * This expression with each variable named in {@code replacements} replaced by its
   * expression, simplified: {@code x^2 + x} with {@code x} as {@code y + 1} is
   * {@code (y + 1)^2 + y + 1}. Names are read as in an expression ({@code "θ"} is
   * {@code theta}). The result has no value where this expression, with the replacements
   * applied, has none as written, nor where a replacement it uses has none: {@code x/x} with
   * {@code x} as {@code y} is {@code 1} but has no value at {@code y = 0}, as {@code sqrt(x)^2}
   * with {@code x} as {@code y} has none at {@code y = -4} ({@link #evaluate}).
   *
   * @throws LeibnizException if a key is not a variable name
   */
  public Expression substitute(Map<String, Expression> replacements) {
    return Substitution.apply(this, Arguments.notNull(replacements, "replacements"));
  }

  /**
   * Every first partial derivative, each in the shortest form the simplifier finds (as
   * {@link Leibniz#derivative} prints it), by variable in name order.
   */
  public Map<String, Expression> gradient() {
    Map<String, Expression> partials = new LinkedHashMap<>();
    for (String v : variables()) partials.put(v, derivative(v).simplify());
    return partials;
  }

  /**
   * Every first partial derivative at {@code point}, in variable name order, NaN where one does
   * not exist: as {@link Leibniz#gradient} says.
   *
   * @throws LeibnizException if a variable has no value in {@code point}
   */
  public Map<String, Double> gradientAt(Map<String, Double> point) {
    return PointGradient.of(this, point);
  }

  /**
   * Every second partial derivative at {@code point}: {@code hessianAt(p).get("y").get("x")} is
   * {@code d2/dy dx}, rows and columns in variable name order, NaN where one does not exist, as
   * {@link Leibniz#hessian} says.
   *
   * @throws LeibnizException if a variable has no value in {@code point}
   */
  public Map<String, Map<String, Double>> hessianAt(Map<String, Double> point) {
    return PointHessian.of(this, Points.read(point));
  }

  /**
   * Compiles the expression to a reverse-mode tape over its {@link #variables()}: the value and
   * the whole gradient at any point, reusable without allocation (thread-confined). The tape
   * computes the canonical form; where the input as written may be undefined at a point where
   * that form is not ({@code sqrt(x)^2}, whose canonical form is {@code x}), which is decided
   * once, here, each finite answer is checked against the input as written, and is NaN where
   * the input has no value ({@link #evaluate}). A variable the canonical form dropped
   * ({@code x} of {@code x/x + y}) is not a variable of the tape and is not checked.
   */
  public CompiledGradient compile() {
    return new CompiledGradient(GraphCompiler.compile(tree, List.copyOf(variables())),
        writtenMayNarrow() ? input.asWritten() : null);
  }

  /**
   * Whether the input as written may be undefined at a point where the canonical tree is not
   * ({@link AsWritten#mayNarrow}): {@code sqrt(x)^2}, not {@code x/(x + 1)}.
   */
  boolean writtenMayNarrow() {
    return input != null && input.asWritten().mayNarrow(tree);
  }

  /**
   * Source code in {@code language} for a function {@code f} of the variables (in name order)
   * that returns the value and the whole gradient, each common subexpression computed once:
   * the compiled tape's forward and backward sweeps written out line by line. Functions the
   * language lacks are written into the output as small helpers. The code computes the
   * canonical form: unlike {@link #evaluate} and {@link #compile()}, it does not check the input
   * as written, so {@code sqrt(x)^2} gives -4 at -4 and {@code x/x} gives 1 everywhere.
   */
  public String codegen(Language language) {
    return codegen(language, "f");
  }

  /**
   * As {@link #codegen(Language)}, the function named {@code functionName}. A name the code
   * cannot use as it is gets an underscore appended, in the code and in its comment: a word the
   * language reserves ({@code "double"} and {@code "return"} in Java and C, {@code "lambda"} in
   * Python: {@code codegen(Language.JAVA, "double")} defines {@code double_}), a name the
   * generated code uses itself ({@code t1}, {@code p1}, {@code g_x}, {@code gradient},
   * {@code math}) and a function's name ({@code sin}, which may be a helper's).
   *
   * @throws LeibnizException if the name is not an identifier (a letter, then letters, digits
   *     and underscores)
   */
  public String codegen(Language language, String functionName) {
    Arguments.notNull(language, "language");
    if (!Arguments.notNull(functionName, "functionName").matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new LeibnizException("'" + functionName + "' is not a function name: a letter, then"
          + " letters, digits and underscores");
    }
    List<String> names = List.copyOf(variables());
    String doc = functionName + "(" + String.join(", ", names) + ") = " + this
        + "\nThe value and the gradient (" + partialsText(names) + "), by Leibniz: reverse"
        + " mode,\neach common subexpression computed once.";
    return language.generate(GraphCompiler.compile(tree, names), functionName, doc);
  }

  private static String partialsText(List<String> names) {
    List<String> partials = new ArrayList<>();
    for (String v : names) partials.add("d/d" + v);
    return partials.isEmpty() ? "no variables" : String.join(", ", partials);
  }

  /**
   * Compiles several expressions into one reverse-mode tape over the variables of them all (in
   * name order): their values and Jacobian at any point, reusable without allocation.
   *
   * @throws IllegalArgumentException if {@code outputs} is empty or null
   */
  public static CompiledJacobian compile(List<Expression> outputs) {
    return CompiledJacobian.of(Arguments.notNull(outputs, "outputs"));
  }

  /**
   * The shortest form the simplifier finds: one fraction in lowest terms with common factors
   * pulled out ({@code 1/(x + 1) - x/(x + 1)^2} is {@code 1/(x + 1)^2}), radicals and powers of one
   * base combined, trigonometric and hyperbolic identities where they shorten
   * ({@code 2*cos(x)^2 - 2*sin(x)^2} is {@code 2*cos(2*x)}). The value is the same wherever this
   * expression is defined; cancelling a common factor may define it at a removable singularity
   * ({@code (x^2 - 1)/(x - 1)} is {@code x + 1}). The search has a budget in units of work and
   * returns the best form found within it; when the search ends within its budget, simplifying
   * the result again changes nothing.
   */
  public Expression simplify() {
    return derived(FullSimplifier.simplify(tree));
  }

  /**
   * The value at a point, in double precision; NaN outside the real domain, which is the domain
   * of the input as written: {@code x/x} has no value at 0, nor {@code sqrt(x)^2} at -4, though
   * their canonical forms are {@code 1} and {@code x} ({@link AsWritten}). A derivative or a
   * simplified form has none where the expression it came from has none. A value, or a value
   * on the way to it, too large for a double is NaN as well ({@code e^x} at 1000), though the
   * point is in the domain there: {@link #isDefinedAt} tells the two apart, and
   * {@link #explainUndefined} says which ({@code e^x overflows at x = 1000}). The point's keys
   * are read as variable names: {@code "θ"} gives {@code theta} its value.
   *
   * @throws LeibnizException if a variable of the expression has no value in {@code point}, or
   *     two keys name one variable ({@code "θ"} and {@code "theta"}) with two values
   */
  public double evaluate(Map<String, Double> point) {
    point = Points.read(point);
    double value = Evaluator.evaluate(tree, point);
    if (Double.isNaN(value) || input == null) return value;
    return input.asWritten().definedAt(point) ? value : Double.NaN;
  }

  /**
   * True unless {@code point} is outside the domain, of the canonical form or of the input as
   * written ({@link #evaluate}): where the value only overflows a double ({@code e^x} at 1000),
   * the expression is defined.
   *
   * @throws LeibnizException if a variable of the expression has no value in {@code point}
   */
  public boolean isDefinedAt(Map<String, Double> point) {
    point = Points.read(point);
    if (Double.isNaN(Evaluator.evaluate(tree, point))
        && Evaluator.explainOutsideDomain(tree, point).isPresent()) {
      return false;
    }
    return input == null || input.asWritten().definedAt(point);
  }

  /**
   * Why the value at {@code point} is not finite ({@code ln undefined at x = -1},
   * {@code division by zero at x = 0}), if it isn't: the first node of the canonical tree whose
   * value is not finite, else the first of the input as written.
   */
  public Optional<String> explainUndefined(Map<String, Double> point) {
    point = Points.read(point);
    Optional<String> why = Evaluator.explainUndefined(tree, point);
    if (why.isPresent() || input == null) return why;
    return input.asWritten().explainUndefined(point);
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
  public static CommonSubexpressions cse(List<Expression> expressions) {
    Arguments.notNull(expressions, "expressions");
    List<Expr> trees = new ArrayList<>(expressions.size());
    for (Expression e : expressions) trees.add(e.tree);
    return CommonSubexpressions.of(CsePrinter.eliminate(trees));
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

  /** {@code e}, unless it exceeds {@link ExprSize#MAX_NODES} nodes. */
  static Expr checkedSize(Expr e) {
    if (!ExprSize.isSmall(e, 4096) && ExprSize.treeSize(e) > ExprSize.MAX_NODES) {
      throw new LeibnizException("result exceeds " + String.format("%,d", ExprSize.MAX_NODES)
          + " nodes");
    }
    return e;
  }
}

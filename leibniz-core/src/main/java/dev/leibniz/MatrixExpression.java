package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.matrix.EntrywiseLift;
import dev.leibniz.matrix.MatrixDomain;
import dev.leibniz.matrix.MatrixExpr;
import dev.leibniz.matrix.MatrixLatex;
import dev.leibniz.matrix.MatrixPrinter;
import dev.leibniz.matrix.MatrixValues;
import dev.leibniz.matrix.Shape;
import dev.leibniz.parse.DeclaredNames;
import dev.leibniz.parse.MatrixParser;
import dev.leibniz.parse.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An expression over scalars, vectors and matrices, read under declarations (LANGUAGE.md,
 * "Vectors and matrices"): its own {@code where} clause, which wins over the shapes given.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * MatrixExpression f = MatrixExpression.parse("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3");
 * f.derivative("W", Layout.GRADIENT).toString();   // d/dW = 2*(W*x - y)*x'   [3x4]
 * }</pre>
 */
public final class MatrixExpression {
  private final MatrixExpr tree;
  private final Map<String, Shape> shapes;

  MatrixExpression(MatrixExpr tree, Map<String, Shape> shapes) {
    this.tree = Objects.requireNonNull(tree);
    this.shapes = Collections.unmodifiableMap(new LinkedHashMap<>(shapes));
  }

  /** Reads {@code text} under its own {@code where} clause alone. */
  public static MatrixExpression parse(String text) {
    return parse(text, Map.of());
  }

  /**
   * Reads {@code text} under {@code shapes} (name to {@code "3x4"}, {@code "4"}, {@code "1"}),
   * its {@code where} clause winning.
   *
   * @throws LeibnizException for a bad expression or shape, with the column
   */
  public static MatrixExpression parse(String text, Map<String, String> shapes) {
    Arguments.notNull(text, "expression");
    MatrixParser.Parsed p = MatrixParser.parse(text, Shapes.read(shapes));
    return new MatrixExpression(p.tree(), p.shapes());
  }

  /**
   * Reads {@code text} under {@code shapes} as {@link #parse(String, Map)} does, each whole word
   * before its {@code where} clause that is a key of {@code names} standing for its expression,
   * as if in parentheses: with {@code f} naming {@code x^2}, {@code f*sum(v)} is
   * {@code x^2*sum(v)} (a scalar expression stands in through {@link #of(Expression)}); so does
   * a key that a letter run splits off, undeclared ({@code kv} with {@code k} naming 3). No
   * expression is printed and read back. A key mapped to null is read as one scalar name.
   *
   * @throws LeibnizException for a bad expression or shape, with the column in {@code text}; for
   *     a name whose expression gives one of its own names another shape than the line does
   *     ({@code f} reads {@code x} as a scalar, and the line declares {@code x: 4}), at the name
   */
  public static MatrixExpression parse(String text, Map<String, String> shapes,
      Map<String, MatrixExpression> names) {
    Arguments.notNull(text, "expression");
    return NamedMatrixParse.parse(text, Shapes.read(shapes), Arguments.notNull(names, "names"));
  }

  /**
   * True if {@code text} writes {@code name} as a whole word before its {@code where} clause:
   * where {@link #parse(String, Map, Map)} would put a name's expression in its place. A front
   * end asks it to refuse a name that stands for nothing before the line is read, so that the
   * refusal, not a shape error about the name, is what the user sees.
   */
  public static boolean writes(String text, String name) {
    return NamedMatrixParse.writes(Arguments.notNull(text, "expression"),
        Arguments.notNull(name, "name"));
  }

  /**
   * A scalar expression in matrix notation, each of its variables a scalar name: what a name
   * for it stands for on a line with vectors ({@link #parse(String, Map, Map)}).
   */
  public static MatrixExpression of(Expression scalar) {
    return new MatrixExpression(EntrywiseLift.ofScalar(Arguments.notNull(scalar, "expression")
        .tree()), Map.of());
  }

  /**
   * {@link #declaresNonScalar(String, Map, Collection)} of a line in which each whole word that
   * is a key of {@code names} stands for its expression ({@link #parse(String, Map, Map)}): also
   * true if it uses a name whose expression was read with vectors or matrices (its declarations
   * have one), or one of whose names {@code shapes} declare a vector or matrix (the matrix reader
   * then refuses the line rather than a scalar reader reading that name as a scalar).
   */
  public static boolean declaresNonScalar(String text, Map<String, String> shapes,
      Collection<String> by, Map<String, MatrixExpression> names) {
    return NamedMatrixParse.declaresNonScalar(Arguments.notNull(text, "expression"),
        Shapes.read(shapes), Arguments.notNull(by, "variables"), Arguments.notNull(names, "names"));
  }

  /**
   * True if {@code text} is a line with vectors or matrices, read by {@link #parse}; false if a
   * scalar line, read by {@link Expression#parse} unchanged: its {@code where} clause declares a
   * vector or matrix, or it writes a constant array larger than 1x1 ({@code sum(s*eye(3))}), or
   * it uses a name {@code shapes} make a vector or matrix (and its clause does not declare a
   * scalar), in the expression or as a variable it is differentiated by ({@code by}). A line
   * that uses none of the names declared is scalar: {@code x^2*sin(x)} under
   * {@code W: 3x4}.
   */
  public static boolean declaresNonScalar(String text, Map<String, String> shapes,
      Collection<String> by) {
    return MatrixParser.declaresNonScalar(Arguments.notNull(text, "expression"),
        Shapes.read(shapes), Arguments.notNull(by, "variables"));
  }

  /** {@link #declaresNonScalar(String, Map, Collection)} of a line differentiated by none. */
  public static boolean declaresNonScalar(String text, Map<String, String> shapes) {
    return declaresNonScalar(text, shapes, List.of());
  }

  /**
   * The refusal of an option that works on scalar expressions only ({@code --cse},
   * {@code --steps}) for a line with vectors or matrices, the one wording every front end uses.
   */
  public static LeibnizException scalarOnly(String option) {
    return new LeibnizException(option + " works on scalar expressions only; this line has "
        + "vectors or matrices");
  }

  /**
   * A scalar reader's refusal of a vector or matrix expression ({@link Expression#parse}) with
   * the caller's own {@code advice} after what makes the text one:
   * {@code 'x' is declared 3: advice}, with the same column; any other failure as it is.
   */
  public static LeibnizException withAdvice(LeibnizException e, String advice) {
    return e instanceof ParseException p && p.nonScalar() != null ? p.withAdvice(advice) : e;
  }

  /** Declarations {@code "W: 3x4, x: 4"} as a map from name to shape text, in order. */
  public static Map<String, String> readShapes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    MatrixParser.declarations(Arguments.notNull(text, "shapes"))
        .forEach((name, shape) -> out.put(name, shape.declared()));
    return out;
  }

  /**
   * The derivative by {@code variable} in {@code layout}: the gradient (the variable's shape) of
   * a scalar, the Jacobian of a vector by a vector, anything by a scalar in its own shape.
   *
   * @throws LeibnizException for a tensor-valued derivative (a matrix by a matrix), out of scope
   */
  public MatrixDerivative derivative(String variable, Layout layout) {
    return derivative(List.of(variable), layout);
  }

  /**
   * The derivative by {@code chain} in turn ({@code [x, s]} is d2/ds dx), in {@code layout}
   * ({@link MatrixDerivative} says which chains matrix notation can write).
   *
   * @throws LeibnizException for a step that would be a tensor, out of scope
   */
  public MatrixDerivative derivative(List<String> chain, Layout layout) {
    List<String> names = new ArrayList<>();
    for (String v : Arguments.notNull(chain, "variables")) {
      names.add(shapes.containsKey(v) ? v : VariableNames.of(v));
    }
    return MatrixDerivative.of(this, names, Arguments.notNull(layout, "layout"));
  }

  /**
   * The derivatives a front end shows for {@code --wrt} and {@code --order}, as
   * {@link Expression#derivatives} does for scalars: by the chain of {@code wrt} repeated
   * {@code order} times (one derivative); with no {@code wrt}, every derivative of that order by
   * the names of {@link #variables()}, each set of names once in that order (d/dx then d/ds is
   * d/ds then d/dx: the entries are second partials, which commute), so order 1 is each name's;
   * order 0 is the expression itself, and an expression without names has one derivative, 0 in
   * its shape, by no variable.
   *
   * @throws LeibnizException if {@code order} is negative, or a derivative is out of scope
   */
  public List<MatrixDerivative> derivatives(List<String> wrt, int order, Layout layout) {
    List<MatrixPartial> partials = partials(wrt, order, layout);
    List<MatrixDerivative> out = new ArrayList<>(partials.size());
    for (MatrixPartial p : partials) out.add(p.derivative());
    return out;
  }

  /**
   * The derivatives of {@link #derivatives}, each on its own: one that cannot be given (a vector
   * by a matrix, which matrix notation cannot write) is its reason, in its place, and the others
   * are given all the same (d/dx of {@code W x} is {@code W} whatever d/dW is).
   *
   * @throws LeibnizException if {@code order} is negative, or {@code wrt} repeated {@code order}
   *     times is too long a chain
   */
  public List<MatrixPartial> partials(List<String> wrt, int order, Layout layout) {
    Arguments.notNull(wrt, "variables");
    Arguments.notNull(layout, "layout");
    Derivative.checkOrder(order);
    if (!wrt.isEmpty()) {
      return List.of(MatrixPartial.of(this, Derivative.repeatedChain(wrt, order), layout));
    }
    List<String> names = new ArrayList<>(variables());
    if (names.isEmpty() && order > 0) {
      return List.of(MatrixPartial.of(MatrixDerivative.ofConstant(this)));
    }
    List<List<String>> level = List.of(List.of());
    for (int k = 0; k < order; k++) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> chain : level) {
        int from = chain.isEmpty() ? 0 : names.indexOf(chain.get(chain.size() - 1));
        for (String v : names.subList(from, names.size())) {
          List<String> longer = new ArrayList<>(chain);
          longer.add(v);
          next.add(longer);
        }
      }
      level = next;
    }
    List<MatrixPartial> out = new ArrayList<>(level.size());
    for (List<String> chain : level) out.add(MatrixPartial.of(this, chain, layout));
    return out;
  }

  /** The names in the expression, declared ones first in declaration order, then the rest. */
  public Set<String> variables() {
    Set<String> found = new LinkedHashSet<>();
    collect(tree, found);
    Set<String> ordered = new LinkedHashSet<>();
    for (String n : shapes.keySet()) if (found.contains(n)) ordered.add(n);
    ordered.addAll(found);
    return ordered;
  }

  /** Adds the names in {@code e} to {@code out}. */
  static void collect(MatrixExpr e, Set<String> out) {
    if (e instanceof MatrixExpr.Name n) out.add(n.name());
    for (MatrixExpr c : e.children()) collect(c, out);
  }

  /**
   * The value at {@code values} (each name's matrix, row by row; a vector as a column), each
   * keyed by its name as an expression reads it ({@code θ} or {@code theta}).
   *
   * @throws LeibnizException if a name has no value, or a value is empty, has a null row, is
   *     ragged or has the wrong shape (naming the value and its declared shape)
   */
  public double[][] valueAt(Map<String, double[][]> values) {
    return MatrixValues.of(tree, at(values)).getData();
  }

  /**
   * Why the value at {@code values} is not finite, with the point
   * ({@code ln undefined at x = [-1, 2]}), if it isn't.
   *
   * @throws LeibnizException if a name has no value or a value has the wrong shape
   */
  public Optional<String> explainUndefined(Map<String, double[][]> values) {
    String why = MatrixDomain.undefined(tree, at(values));
    return why == null ? Optional.empty()
        : Optional.of(why + " at " + MatrixLiterals.describe(values, variables()));
  }

  /**
   * The values as matrices under the names they stand for ({@code θ} is {@code theta}), each
   * checked against its declared shape ({@link GivenValues}).
   */
  Map<String, RealMatrix> at(Map<String, double[][]> values) {
    Map<String, double[][]> given = GivenValues.byName(values);
    Map<String, RealMatrix> out = new LinkedHashMap<>();
    for (String name : variables()) {
      out.put(name, GivenValues.shaped(name, given.get(name),
          shapes.getOrDefault(name, Shape.SCALAR), "declared"));
    }
    return out;
  }

  /** {@code 3x4}, {@code 4} (a column vector), {@code scalar}. */
  public String shape() {
    return tree.shape().toString();
  }

  /**
   * The shape of {@code name} as declared ({@code scalar} when undeclared); {@code θ} and
   * {@code theta} are one name.
   */
  public String shapeOf(String name) {
    return shapes.getOrDefault(DeclaredNames.canonical(Arguments.notNull(name, "name")),
        Shape.SCALAR).toString();
  }

  MatrixExpr tree() {
    return tree;
  }

  Map<String, Shape> shapes() {
    return shapes;
  }

  public String toLatex() {
    return MatrixLatex.print(tree);
  }

  /** In the output language; it reads back to an equal tree under the same declarations. */
  @Override
  public String toString() {
    return MatrixPrinter.print(tree);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatrixExpression m && tree.equals(m.tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }
}

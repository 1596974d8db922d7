package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.Leibniz;
import dev.leibniz.MatrixExpression;
import dev.leibniz.error.LeibnizException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The names a REPL line may use for earlier expressions, {@code ans} and those defined with
 * {@code f := EXPR}. A line is read with them in place ({@link Expression#parse(String, Map)},
 * and on a line with vectors or matrices {@link MatrixExpression#parse(String, Map, Map)}): a
 * name stands for its expression, as if in parentheses, where it is a whole word, so
 * {@code 2f} with {@code f := x+1} reads {@code 2(x + 1)}, or a letter that a run splits off,
 * so {@code xf} reads {@code x*(x + 1)}. The expressions are kept as they are,
 * never printed and read back. A defined name is always a scalar expression; {@code ans} is the
 * last line's single result, a scalar one or one with vectors or matrices, which only a line
 * with vectors or matrices can use. Where there is no {@code ans} the line that uses it is
 * refused with the reason, never read with {@code ans} as a variable.
 */
final class Substitutions {
  /** The word that stands for the last result. */
  static final String ANSWER = "ans";

  private static final String NONE_YET = "'ans' is the last single result, and there is none yet";
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}_]*");
  private static final Set<String> RESERVED = reserved();

  private final Map<String, Expression> definitions = new HashMap<>();
  private Expression answer;
  private MatrixExpression matrixAnswer;
  /** Why a line may not use {@code ans} when there is none. */
  private String noAnswer = NONE_YET;

  /**
   * Names {@code value} {@code name}.
   *
   * @throws LeibnizException if {@code name} is reserved: a function, a constant or {@code ans}
   */
  void define(String name, Expression value) {
    if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
      throw new LeibnizException("'" + name + "' is reserved and cannot name an expression");
    }
    definitions.put(name, value);
  }

  /** Makes the scalar {@code value} what {@code ans} stands for. */
  void answer(Expression value) {
    answer = value;
    matrixAnswer = null;
  }

  /** Makes {@code value}, a result with vectors or matrices, what {@code ans} stands for. */
  void answer(MatrixExpression value) {
    answer = null;
    matrixAnswer = value;
  }

  /** Leaves {@code ans} standing for nothing, for the reason {@code why} (said to a line using it). */
  void noAnswer(String why) {
    answer = null;
    matrixAnswer = null;
    noAnswer = why;
  }

  /** The names defined so far, and {@code ans} once there is an answer. */
  Set<String> names() {
    Set<String> names = new TreeSet<>(definitions.keySet());
    if (answer != null || matrixAnswer != null) names.add(ANSWER);
    return names;
  }

  /**
   * The scalar expression {@code text} reads as, each whole-word name standing for its
   * expression.
   *
   * @throws LeibnizException if {@code text} uses {@code ans} when there is no scalar one
   */
  Expression parse(String text) {
    Map<String, Expression> names = new HashMap<>(definitions);
    // Without an answer, "ans" is still read as one word, so that its use can be refused.
    names.put(ANSWER, answer);
    Expression e = Expression.parse(text, names);
    if (answer == null && e.variables().contains(ANSWER)) throw absentAnswer();
    return e;
  }

  /**
   * The expression with vectors or matrices {@code text} reads as under {@code shapes}, each
   * whole-word name standing for its expression ({@link MatrixExpression#parse(String, Map,
   * Map)}).
   *
   * @throws LeibnizException if {@code text} uses {@code ans} when there is none (said before
   *     anything else about the line: a shape error would be about a name that stands for
   *     nothing)
   */
  MatrixExpression parseMatrix(String text, Map<String, String> shapes) {
    if (answer == null && matrixAnswer == null && MatrixExpression.writes(text, ANSWER)) {
      throw new LeibnizException(noAnswer);
    }
    return MatrixExpression.parse(text, shapes, onMatrixLines(true));
  }

  /**
   * True if {@code text}, differentiated {@code by} these variables, is a line with vectors or
   * matrices once its names stand for their expressions
   * ({@link MatrixExpression#declaresNonScalar(String, Map, Collection, Map)}).
   */
  boolean declaresNonScalar(String text, Map<String, String> shapes, Collection<String> by) {
    return MatrixExpression.declaresNonScalar(text, shapes, by, onMatrixLines(true));
  }

  /**
   * True if {@code text} is a line with vectors or matrices only through {@code ans}, the last
   * result: it is not one when {@code ans} stands for nothing.
   */
  boolean nonScalarThroughAnswer(String text, Map<String, String> shapes) {
    return matrixAnswer != null && declaresNonScalar(text, shapes, List.of())
        && !MatrixExpression.declaresNonScalar(text, shapes, List.of(), onMatrixLines(false));
  }

  /** Each name as a line with vectors or matrices reads it; {@code ans} to null when left out. */
  private Map<String, MatrixExpression> onMatrixLines(boolean withAnswer) {
    Map<String, MatrixExpression> out = new LinkedHashMap<>();
    definitions.forEach((name, value) -> out.put(name, MatrixExpression.of(value)));
    MatrixExpression ans = !withAnswer ? null
        : matrixAnswer != null ? matrixAnswer
        : answer != null ? MatrixExpression.of(answer) : null;
    out.put(ANSWER, ans);
    return out;
  }

  /** The refusal of a scalar line that uses {@code ans} when there is no scalar one. */
  private LeibnizException absentAnswer() {
    if (matrixAnswer != null) {
      return new LeibnizException("ans, the last result, has vectors or matrices, and this line"
          + " is read as a scalar one");
    }
    return new LeibnizException(noAnswer);
  }

  private static Set<String> reserved() {
    Set<String> reserved = new TreeSet<>(Leibniz.functionNames());
    reserved.addAll(List.of("e", "pi", "exp", "sqrt", ANSWER));
    return reserved;
  }
}

package dev.leibniz;

import dev.leibniz.error.FailureHeadline;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a batch, answered: its number, its text, the derivatives asked for (plain and
 * LaTeX), and when asked for their cross-check and common subexpressions; or the error in its
 * place, with its column. Every front end that differentiates lines one by one (the command
 * line's {@code batch}, the Spark job) builds its answer here, so that all of them answer a line
 * with the same fields, and {@link #toJson()} writes them as one JSON Lines record:
 *
 * <pre>{@code
 * BatchLine.Settings s = new BatchLine.Settings(List.of(), 1, true, false, false);
 * BatchLine.answer(1, "x^2 # a square", s).toJson();
 * // {"line":1,"input":"x^2 # a square","variable":"x","derivative":"2*x","latex":"2 x",
 * //  "simplify":"full","shape":null,"layout":null,"partials":null,"cse":null,"check":null,
 * //  "error":null,"column":null}
 * BatchLine.answer(2, "sin(x))", s).toJson();
 * // {"line":2,"input":"sin(x))","variable":null,"derivative":null,"latex":null,
 * //  "simplify":"full","shape":null,"layout":null,"partials":null,"cse":null,"check":null,
 * //  "error":"unexpected ')' at column 7","column":7}
 * }</pre>
 *
 * <p>A line is differentiated by the chain of {@code variables} repeated {@code order} times,
 * or, with none named, by {@link Expression#derivatives}: every partial of that order
 * ({@link ScalarAnswer}). A {@code #} starts a comment that runs to the end of the line; a line
 * with nothing else is passed over ({@link #hasExpression}). Instances are immutable.
 *
 * <p>A line with a vector or matrix, declared by its {@code where} clause
 * ({@code norm2(W x - y)^2 where W: 3x4, x: 4, y: 3}) or a name of the settings' shapes that
 * it uses or is differentiated by ({@link MatrixExpression#declaresNonScalar}), is
 * differentiated as a matrix expression ({@link MatrixAnswer}); its record has
 * {@code "shape"} and {@code "layout"}, and {@code "simplify"} null; several derivatives fill
 * {@code "partials"} and are labelled in {@code "derivative"} and {@code "latex"}, as a scalar
 * line's are.
 */
public final class BatchLine {
  /**
   * The fields of every record, in order, whatever the line gave ({@link #toJson()}, and the
   * Spark job's Parquet rows): null where a field does not apply.
   */
  public static final List<String> FIELDS = List.of("line", "input", "variable", "derivative",
      "latex", "simplify", "shape", "layout", "partials", "cse", "check", "error", "column");

  /**
   * What is asked of every line: the variables to differentiate by (none: every partial), the
   * order, full simplification ({@link Derivative#simplified()}) or the canonical form, the
   * cross-check, common subexpressions bound; for vectors and matrices, the shapes declared for
   * every line (name to {@code "3x4"} or {@code "4"}; a line's {@code where} clause wins) and
   * the layout of a derivative by a vector or matrix.
   */
  public record Settings(List<String> variables, int order, boolean simplify, boolean check,
      boolean cse, Map<String, String> shapes, Layout layout) {
    /** @throws dev.leibniz.error.LeibnizException if a name is not a variable */
    public Settings {
      variables = VariableNames.of(Arguments.notNull(variables, "variables"));
      shapes = Collections.unmodifiableMap(new LinkedHashMap<>(Arguments.notNull(shapes,
          "shapes")));
      Arguments.notNull(layout, "layout");
    }

    /** No shapes declared, the gradient layout. */
    public Settings(List<String> variables, int order, boolean simplify, boolean check,
        boolean cse) {
      this(variables, order, simplify, check, cse, Map.of(), Layout.GRADIENT);
    }

    /** The variables joined by commas, or null when none is named. */
    String variable() {
      return variables.isEmpty() ? null : String.join(",", variables);
    }
  }

  private final long number;
  private final String input;
  private final Settings settings;
  private final ScalarAnswer scalar;
  private final MatrixAnswer matrix;
  private final String headline;
  private final int column;

  private BatchLine(long number, String input, Settings settings, ScalarAnswer scalar,
      MatrixAnswer matrix, String headline, int column) {
    this.number = number;
    this.input = input;
    this.settings = settings;
    this.scalar = scalar;
    this.matrix = matrix;
    this.headline = headline;
    this.column = column;
  }

  /**
   * Line {@code number}, whose text is {@code line}, answered as {@code settings} ask. Never
   * throws for a bad line: a parse error, a result too large, the stack or memory running out,
   * an interruption, all become the error of the answer.
   *
   * @throws IllegalArgumentException if {@code line} or {@code settings} is null
   */
  public static BatchLine answer(long number, String line, Settings settings) {
    Arguments.notNull(line, "line");
    Arguments.notNull(settings, "settings");
    try {
      String text = expressionOf(line);
      return MatrixExpression.declaresNonScalar(text, settings.shapes(), settings.variables())
          ? new BatchLine(number, line, settings, null, MatrixAnswer.of(text, settings), null, 0)
          : new BatchLine(number, line, settings, ScalarAnswer.of(text, settings), null, null, 0);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(number, line, settings, FailureHeadline.of(e), FailureHeadline.column(e));
    }
  }

  /** A failed line: its {@code error: ...} headline and the column it points at (0: none). */
  public static BatchLine failed(long number, String line, Settings settings, String headline,
      int column) {
    return new BatchLine(number, line, settings, null, null, headline, column);
  }

  /** The answer for a line abandoned after {@code seconds} of computing. */
  public static BatchLine timedOut(long number, String line, Settings settings, double seconds) {
    String amount = seconds == Math.rint(seconds) && Math.abs(seconds) < 1e15
        ? Long.toString((long) seconds) : Double.toString(seconds);
    return failed(number, line, settings, "error: timed out after " + amount + " s", 0);
  }

  /**
   * False for a blank line or a comment line, which a batch passes over.
   *
   * @throws IllegalArgumentException if {@code line} is null
   */
  public static boolean hasExpression(String line) {
    return !expressionOf(line).isBlank();
  }

  /**
   * The part of {@code line} before its comment: {@code x^2 # a square} gives {@code x^2 }, a
   * comment line gives the empty string.
   *
   * @throws IllegalArgumentException if {@code line} is null
   */
  public static String expressionOf(String line) {
    int comment = Arguments.notNull(line, "line").indexOf('#');
    return comment < 0 ? line : line.substring(0, comment);
  }

  /** The line's number, from 1. */
  public long number() {
    return number;
  }

  /** The line as read, comment included. */
  public String input() {
    return input;
  }

  /** True if the line failed: {@link #error()} says why. */
  public boolean isError() {
    return headline != null;
  }

  /** True if the line failed or a derivative failed its cross-check. */
  public boolean failed() {
    return isError() || Boolean.FALSE.equals(checkOk());
  }

  /** The error without its {@code error: } prefix ({@code unexpected ')' at column 7}), or null. */
  public String error() {
    return headline == null ? null : headline.replaceFirst("^error: ", "");
  }

  /** The error's 1-based column in the input, or 0 when it points at none (or there is none). */
  public int errorColumn() {
    return column;
  }

  /**
   * The variables differentiated by, in order of first use, joined by commas ({@code x,y}); for
   * a failed line the ones asked for; null if none.
   */
  public String variable() {
    if (matrix != null) return matrix.variable();
    return scalar != null ? scalar.variable() : settings.variable();
  }

  /** True if the line has a vector or matrix: {@link #shape()} and {@link #layout()} say more. */
  public boolean isMatrix() {
    return matrix != null;
  }

  /** Each derivative's shape ({@code 3x4; 4}) for a line with vectors or matrices, else null. */
  public String shape() {
    return matrix == null ? null : matrix.shape();
  }

  /** {@code gradient} or {@code numerator} for a line with vectors or matrices, else null. */
  public String layout() {
    return matrix == null ? null : matrix.layout();
  }

  /** The derivatives, in order; empty for a failed line and for one with vectors or matrices. */
  public List<Derivative> partials() {
    return scalar == null ? List.of() : scalar.partials();
  }

  /** The derivative in the output language; several as {@code d/dx = ...; d/dz = ...}; or null. */
  public String derivative() {
    if (matrix != null) return matrix.derivative();
    return scalar == null ? null : scalar.text(false);
  }

  /**
   * The derivative in LaTeX; several labelled ({@code \frac{\partial f}{\partial x} = ...}) and
   * joined by {@code "; "}; or null.
   */
  public String latex() {
    if (matrix != null) return matrix.latex();
    return scalar == null ? null : scalar.text(true);
  }

  /**
   * The answer as a plain or LaTeX batch line writes it: {@link #derivative()} or
   * {@link #latex()}; for vectors or matrices each derivative with its label and shape,
   * {@code d/dW = 2*(W*x - y)*x'   [3x4]}, or in LaTeX
   * {@code \frac{\partial f}{\partial W} = ...}. Null for a failed line.
   */
  public String text(boolean inLatex) {
    if (matrix != null) return matrix.text(inLatex);
    return inLatex ? latex() : derivative();
  }

  /**
   * {@code full} or {@code none}: how the derivatives were simplified, or for a failed line how
   * they were to be, whatever the line; null on a line answered with matrices, which have their
   * canonical form only.
   */
  public String simplify() {
    if (matrix != null) return null;
    return settings.simplify() ? "full" : "none";
  }

  /**
   * Each derivative keyed by its variables ({@code x}, {@code x,y} for d2/dy dx), in order, in
   * the output language; a line with vectors or matrices keys its derivatives the same way
   * ({@code W}, {@code x}).
   */
  public Map<String, String> partialsByVariables() {
    if (matrix != null) return matrix.byVariables();
    Map<String, String> each = new LinkedHashMap<>();
    for (Derivative p : partials()) {
      each.put(String.join(",", p.variables()), p.result().toString());
    }
    return each;
  }

  /**
   * The record's {@code partials} field ({@link #FIELDS}): {@link #partialsByVariables()} when
   * the line has several derivatives, scalar or not; null for one, or for a failed line.
   */
  public Map<String, String> severalPartials() {
    Map<String, String> each = partialsByVariables();
    return each.size() > 1 ? each : null;
  }

  /** The derivatives with common subexpressions bound, or null if not asked for (or failed). */
  public CommonSubexpressions cse() {
    return scalar == null ? null : scalar.cse();
  }

  /**
   * The cross-check's verdict: false if a derivative failed it, else null if a check was skipped
   * (no point of the domain found: nothing proven), else true; null if not asked for.
   */
  public Boolean checkOk() {
    if (matrix != null) return matrix.checkOk();
    return scalar == null ? null : scalar.checkOk();
  }

  /** The verdicts as {@code diff --check} prints them, joined by {@code "; "}; or null. */
  public String checkSummary() {
    if (matrix != null) return matrix.checkSummary();
    return scalar == null ? null : scalar.checkSummary();
  }

  /** The answer as one JSON object on one line: {@link JsonLines} names its fields. */
  public String toJson() {
    return JsonLines.record(this);
  }
}

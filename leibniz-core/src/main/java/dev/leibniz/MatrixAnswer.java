package dev.leibniz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer of a batch line with vectors or matrices ({@link BatchLine}): the derivatives of
 * {@link MatrixExpression#derivatives} for the variables and order asked for, in
 * {@link BatchLine.Settings#layout()} (the simplification asked for is a scalar setting: the
 * matrix tree has its canonical form only; {@code --cse} is refused); and when asked for, each
 * one's numerical cross-check ({@link MatrixDerivative#check()}). Several derivatives are
 * labelled and joined by {@code "; "}, and keyed by their variables for the record's
 * {@code "partials"}, as a scalar line's are ({@link ScalarAnswer}).
 */
final class MatrixAnswer {
  private final List<MatrixDerivative> derivatives;
  private final List<MatrixCheckReport> verdicts;
  private final Layout layout;

  private MatrixAnswer(List<MatrixDerivative> derivatives, List<MatrixCheckReport> verdicts,
      Layout layout) {
    this.derivatives = derivatives;
    this.verdicts = verdicts;
    this.layout = layout;
  }

  /** The derivatives of {@code text} (an expression with its {@code where} clause) as asked. */
  static MatrixAnswer of(String text, BatchLine.Settings settings) {
    if (settings.cse()) throw MatrixExpression.scalarOnly("--cse");
    MatrixExpression f = MatrixExpression.parse(text, settings.shapes());
    List<MatrixDerivative> derivatives = f.derivatives(settings.variables(), settings.order(),
        settings.layout());
    List<MatrixCheckReport> verdicts = null;
    if (settings.check()) {
      verdicts = new ArrayList<>(derivatives.size());
      for (MatrixDerivative d : derivatives) verdicts.add(d.check());
    }
    return new MatrixAnswer(List.copyOf(derivatives),
        verdicts == null ? null : List.copyOf(verdicts), settings.layout());
  }

  /** The variables, joined by commas: {@code W,x}. */
  String variable() {
    return joined(MatrixDerivative::variable, ",");
  }

  /** Each result, labelled {@code d/dW = ...} when there are several. */
  String derivative() {
    return joined(d -> derivatives.size() > 1 ? d.label() + " = " + d.result() : d.result(), "; ");
  }

  /**
   * Each result in LaTeX, labelled {@code \frac{\partial f}{\partial W} = ...} when there are
   * several.
   */
  String latex() {
    return joined(d -> derivatives.size() > 1 ? d.toLatexEquation() : d.toLatex(), "; ");
  }

  /** Each result keyed by its variables, joined by commas ({@code W}, {@code x,s}), in order. */
  Map<String, String> byVariables() {
    Map<String, String> each = new LinkedHashMap<>();
    for (MatrixDerivative d : derivatives) each.put(String.join(",", d.variables()), d.result());
    return each;
  }

  /** Each derivative's shape: {@code 3x4; 4}. */
  String shape() {
    return joined(MatrixDerivative::shape, "; ");
  }

  /** {@code gradient} or {@code numerator}. */
  String layout() {
    return layout.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The text of a plain or LaTeX batch line: each {@code d/dW = 2*(W*x - y)*x'   [3x4]}, or
   * {@code \frac{\partial f}{\partial W} = ...}.
   */
  String text(boolean inLatex) {
    return joined(d -> inLatex ? d.toLatexEquation() : d.toString(), "; ");
  }

  /**
   * False if a derivative failed its check, else null if a check was skipped (no point of the
   * domain found: nothing proven), else true; null if no check was asked for. As a scalar line's.
   */
  Boolean checkOk() {
    if (verdicts == null) return null;
    if (!verdicts.stream().allMatch(MatrixCheckReport::ok)) return false;
    return verdicts.stream().anyMatch(MatrixCheckReport::skipped) ? null : true;
  }

  /** The verdicts' summaries, joined by {@code "; "}; null if no check was asked for. */
  String checkSummary() {
    if (verdicts == null) return null;
    List<String> summaries = new ArrayList<>(verdicts.size());
    for (MatrixCheckReport r : verdicts) summaries.add(r.summary());
    return String.join("; ", summaries);
  }

  private String joined(Function<MatrixDerivative, String> part, String separator) {
    List<String> parts = new ArrayList<>(derivatives.size());
    for (MatrixDerivative d : derivatives) parts.add(part.apply(d));
    return String.join(separator, parts);
  }
}

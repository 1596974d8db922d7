package dev.leibniz;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of a batch line without vectors or matrices ({@link BatchLine}): the derivatives
 * asked for, by the chain of {@link BatchLine.Settings#variables()} repeated
 * {@link BatchLine.Settings#order()} times or, with none named, every partial of that order;
 * fully simplified or in canonical form as asked; and when asked for, their common
 * subexpressions and each one's numerical cross-check. Several derivatives are written
 * {@code d/dx = ...; d/dz = ...}.
 */
final class ScalarAnswer {
  private final List<Derivative> partials;
  private final CommonSubexpressions cse;
  private final List<CheckReport> verdicts;

  private ScalarAnswer(List<Derivative> partials, CommonSubexpressions cse,
      List<CheckReport> verdicts) {
    this.partials = partials;
    this.cse = cse;
    this.verdicts = verdicts;
  }

  /** The derivatives of {@code text} (an expression, its comment removed) as asked. */
  static ScalarAnswer of(String text, BatchLine.Settings settings) {
    Expression f = Expression.parse(text);
    List<Derivative> partials = f.derivatives(settings.variables(), settings.order(), false);
    if (settings.simplify()) {
      List<Derivative> simplified = new ArrayList<>(partials.size());
      for (Derivative p : partials) simplified.add(p.simplified());
      partials = simplified;
    }
    CommonSubexpressions form = settings.cse() ? Expression.cse(results(partials)) : null;
    List<CheckReport> verdicts = settings.check()
        ? partials.stream().map(Derivative::check).toList() : null;
    return new ScalarAnswer(List.copyOf(partials), form, verdicts);
  }

  /** The derivatives, in order. */
  List<Derivative> partials() {
    return partials;
  }

  /** The derivatives with common subexpressions bound, or null if not asked for. */
  CommonSubexpressions cse() {
    return cse;
  }

  /** The variables differentiated by, in order of first use, joined by commas; null if none. */
  String variable() {
    List<String> variables = new ArrayList<>();
    for (Derivative p : partials) {
      for (String v : p.variables()) if (!variables.contains(v)) variables.add(v);
    }
    return variables.isEmpty() ? null : String.join(",", variables);
  }

  /** The derivative, in the output language or LaTeX; several as {@code d/dx = ...; d/dz = ...}. */
  String text(boolean latex) {
    if (partials.size() == 1) return write(partials.get(0).result(), latex);
    List<String> parts = new ArrayList<>();
    for (Derivative p : partials) {
      parts.add((latex ? p.latexLabel() : p.label()) + " = " + write(p.result(), latex));
    }
    return String.join("; ", parts);
  }

  /**
   * False if a derivative failed its check, else null if a check was skipped (no point of the
   * domain found: nothing proven), else true; null if no check was asked for.
   */
  Boolean checkOk() {
    if (verdicts == null) return null;
    if (!verdicts.stream().allMatch(CheckReport::ok)) return false;
    return verdicts.stream().anyMatch(CheckReport::skipped) ? null : true;
  }

  /** The verdicts as {@code diff --check} prints them, joined by {@code "; "}; or null. */
  String checkSummary() {
    if (verdicts == null) return null;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < partials.size(); i++) {
      String label = partials.size() > 1 ? partials.get(i).label() + " " : "";
      parts.add(label + verdicts.get(i).summary());
    }
    return String.join("; ", parts);
  }

  private static String write(Expression e, boolean latex) {
    return latex ? e.toLatex() : e.toString();
  }

  private static List<Expression> results(List<Derivative> partials) {
    List<Expression> results = new ArrayList<>(partials.size());
    for (Derivative p : partials) results.add(p.result());
    return results;
  }
}

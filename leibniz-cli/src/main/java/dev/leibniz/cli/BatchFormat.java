package dev.leibniz.cli;

import dev.leibniz.CheckReport;
import dev.leibniz.CommonSubexpressions;
import dev.leibniz.Derivative;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code leibniz batch} writes each line: the derivative in the output language or LaTeX,
 * {@code input TAB derivative}, or one JSON object per line. An error takes the derivative's
 * place, as its one-line message.
 *
 * <p>Asked for, two things go beside the derivative on the same line. Its CSE form replaces the
 * derivative in plain and TSV, bindings and results joined by {@code "; "}
 * ({@code t1 = sin(x); cos(x)*cos(t1)*cos(sin(t1))}), and is the field
 * {@code "cse":{"bindings":["t1 = sin(x)",...],"results":[...]}} in JSONL. The cross-check
 * verdict follows the derivative after {@code " # "} (plain, LaTeX), in a third column (TSV), or
 * is the field {@code "check":{"ok":true,"summary":"check: ok — ..."}} (JSONL), where
 * {@code "ok"} is {@code false} if a partial failed its check, else {@code null} if a check was
 * skipped (no point of the domain found: nothing proven), else {@code true}.
 */
enum BatchFormat {
  /** The derivative; several partials as {@code d/dx = ...; d/dz = ...}. */
  PLAIN,
  /** As {@link #PLAIN}, in LaTeX. */
  LATEX,
  /** The input, a tab, then the derivative or the error. */
  TSV,
  /**
   * {@code {"line":1,"input":...,"variable":...,"derivative":...,"latex":...,"error":...}},
   * with {@code "partials"} when there are several, keyed by the variables differentiated by
   * in order ({@code "x"}, {@code "x,y"} for d2/dy dx), and {@code "cse"} and
   * {@code "check"} when asked for.
   */
  JSONL;

  /**
   * The output line for the derivatives of {@code input}, line {@code number}.
   *
   * @param cse the derivatives with common subexpressions bound, or null if not asked for
   * @param verdicts the cross-check of each partial, or null if not asked for
   */
  String answer(long number, String input, List<Derivative> partials, CommonSubexpressions cse,
      List<CheckReport> verdicts) {
    if (this == JSONL) return json(number, input, partials, cse, verdicts);
    String text = cse != null ? joined(partials, cse)
        : joined(partials, this == LATEX ? TextFormat.LATEX : TextFormat.PLAIN);
    if (verdicts != null) text += (this == TSV ? "\t" : " # ") + verdict(partials, verdicts);
    return this == TSV ? cell(input) + "\t" + text : text;
  }

  /** The output line for {@code input} that failed with {@code headline} ("error: ..."). */
  String error(long number, String input, String headline, String variable) {
    if (this == JSONL) {
      return new Json().field("line", number).field("input", input).field("variable", variable)
          .field("derivative", null).field("latex", null)
          .field("error", headline.replaceFirst("^error: ", "")).end();
    }
    return this == TSV ? cell(input) + "\t" + headline : headline;
  }

  /** The output for a blank or comment line: the line itself, or null for nothing (JSONL). */
  String passOver(String line) {
    return this == JSONL ? null : line;
  }

  private static String joined(List<Derivative> partials, TextFormat format) {
    if (partials.size() == 1) return format.write(partials.get(0).result());
    List<String> parts = new ArrayList<>();
    for (Derivative p : partials) parts.add(format.operator(p) + " = " + format.write(p.result()));
    return String.join("; ", parts);
  }

  /** Bindings, then results ({@code d/dx = ...} when several), joined by {@code "; "}. */
  private static String joined(List<Derivative> partials, CommonSubexpressions cse) {
    List<String> parts = new ArrayList<>();
    for (CommonSubexpressions.Binding b : cse.bindings()) parts.add(b.toString());
    for (int i = 0; i < partials.size(); i++) {
      String result = cse.results().get(i);
      parts.add(partials.size() > 1 ? partials.get(i).label() + " = " + result : result);
    }
    return String.join("; ", parts);
  }

  /** The verdicts as {@code diff --check} prints them, joined by {@code "; "}. */
  private static String verdict(List<Derivative> partials, List<CheckReport> verdicts) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < partials.size(); i++) {
      String label = partials.size() > 1 ? partials.get(i).label() + " " : "";
      parts.add(label + verdicts.get(i).summary());
    }
    return String.join("; ", parts);
  }

  private static String json(long number, String input, List<Derivative> partials,
      CommonSubexpressions cse, List<CheckReport> verdicts) {
    List<String> variables = new ArrayList<>();
    for (Derivative p : partials) {
      for (String v : p.variables()) if (!variables.contains(v)) variables.add(v);
    }
    Json json = new Json().field("line", number).field("input", input)
        .field("variable", variables.isEmpty() ? null : String.join(",", variables))
        .field("derivative", joined(partials, TextFormat.PLAIN))
        .field("latex", joined(partials, TextFormat.LATEX));
    if (partials.size() > 1) {
      Json each = new Json();
      for (Derivative p : partials) {
        each.field(String.join(",", p.variables()), p.result().toString());
      }
      json.raw("partials", each.end());
    }
    if (cse != null) {
      List<String> bindings = new ArrayList<>();
      for (CommonSubexpressions.Binding b : cse.bindings()) bindings.add(b.toString());
      json.raw("cse", new Json().raw("bindings", Json.array(bindings))
          .raw("results", Json.array(cse.results())).end());
    }
    if (verdicts != null) {
      boolean failed = !verdicts.stream().allMatch(CheckReport::ok);
      boolean skipped = verdicts.stream().anyMatch(CheckReport::skipped);
      json.raw("check", new Json().raw("ok", failed ? "false" : skipped ? "null" : "true")
          .field("summary", verdict(partials, verdicts)).end());
    }
    return json.field("error", null).end();
  }

  /** A TSV cell: the text with tabs and line breaks made spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

package dev.leibniz.cli;

import dev.leibniz.BatchLine;
import dev.leibniz.CommonSubexpressions;
import dev.leibniz.Derivative;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code leibniz batch} writes each line: the derivative in the output language or LaTeX,
 * {@code input TAB derivative}, or one JSON object per line. An error takes the derivative's
 * place, as its one-line message. A line with vectors or matrices is written as {@code diff}
 * writes it, {@code d/dW = 2*(W*x - y)*x'   [3x4]}, several joined by {@code "; "}; in JSONL
 * with its {@code "shape"} and {@code "layout"} ({@link BatchLine#toJson()}).
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
  /** One JSON object per line, {@link BatchLine#toJson()}: the record every front end writes. */
  JSONL;

  /** The output line for {@code line}'s answer, or its error. */
  String write(BatchLine line) {
    if (this == JSONL) return line.toJson();
    if (line.isError()) {
      String headline = "error: " + line.error();
      return this == TSV ? cell(line.input()) + "\t" + headline : headline;
    }
    String text = line.cse() != null ? joined(line.partials(), line.cse())
        : line.text(this == LATEX);
    if (line.checkSummary() != null) text += (this == TSV ? "\t" : " # ") + line.checkSummary();
    return this == TSV ? cell(line.input()) + "\t" + text : text;
  }

  /** The output for a blank or comment line: the line itself, or null for nothing (JSONL). */
  String passOver(String line) {
    return this == JSONL ? null : line;
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

  /** A TSV cell: the text with tabs and line breaks made spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

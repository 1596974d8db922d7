package dev.leibniz.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@code leibniz batch} writes each line: the derivative in the output language or LaTeX,
 * {@code input TAB derivative}, or one JSON object per line. An error takes the derivative's
 * place, as its one-line message.
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
   * with {@code "partials"} by variable when there are several.
   */
  JSONL;

  /** The output line for the derivatives of {@code input}, line {@code number}. */
  String answer(long number, String input, List<Partial> partials) {
    if (this == JSONL) return json(number, input, partials);
    String text = joined(partials, this == LATEX ? TextFormat.LATEX : TextFormat.PLAIN);
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

  private static String joined(List<Partial> partials, TextFormat format) {
    if (partials.size() == 1) return format.write(partials.get(0).result());
    List<String> parts = new ArrayList<>();
    for (Partial p : partials) parts.add(format.operator(p) + " = " + format.write(p.result()));
    return String.join("; ", parts);
  }

  private static String json(long number, String input, List<Partial> partials) {
    List<String> variables = new ArrayList<>();
    for (Partial p : partials) {
      for (String v : p.chain()) if (!variables.contains(v)) variables.add(v);
    }
    Json json = new Json().field("line", number).field("input", input)
        .field("variable", variables.isEmpty() ? null : String.join(",", variables))
        .field("derivative", joined(partials, TextFormat.PLAIN))
        .field("latex", joined(partials, TextFormat.LATEX));
    if (partials.size() > 1) {
      Json each = new Json();
      for (Partial p : partials) each.field(p.chain().get(0), p.result().toString());
      json.raw("partials", each.end());
    }
    return json.field("error", null).end();
  }

  /** A TSV cell: the text with tabs and line breaks made spaces. */
  private static String cell(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

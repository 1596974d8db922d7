package dev.leibniz.cli;

import dev.leibniz.Json;
import dev.leibniz.MatrixCheckReport;
import dev.leibniz.MatrixDerivative;
import dev.leibniz.MatrixExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One batch line with vectors or matrices: {@code d/dW = 2*(W*x - y)*x'   [3x4]} (several
 * variables joined by {@code "; "}); TSV puts the input first; JSONL adds a {@code "shape"}
 * field ({@code "3x4"}, {@code "4"}, {@code "scalar"}), {@code "layout"}, and {@code "check"}
 * when asked for.
 */
final class MatrixBatch {
  private MatrixBatch() {}

  static Outcome answer(long number, String line, String text, Map<String, String> shapes,
      List<String> wrt, MatrixOptions options, BatchFormat format, boolean check) {
    MatrixExpression f = MatrixExpression.parse(text, shapes);
    List<MatrixDerivative> derivatives = options.derivatives(f, wrt);
    List<MatrixCheckReport> verdicts = new ArrayList<>();
    if (check) for (MatrixDerivative d : derivatives) verdicts.add(d.check());
    boolean failed = verdicts.stream().anyMatch(r -> !r.ok());
    String out;
    if (format == BatchFormat.JSONL) {
      out = json(number, line, derivatives, verdicts, options);
    } else {
      TextFormat textFormat = format == BatchFormat.LATEX ? TextFormat.LATEX : TextFormat.PLAIN;
      List<String> parts = new ArrayList<>();
      for (MatrixDerivative d : derivatives) parts.add(MatrixOptions.line(d, textFormat));
      out = String.join("; ", parts);
      if (check) {
        List<String> summaries = new ArrayList<>();
        for (MatrixCheckReport r : verdicts) summaries.add(r.summary());
        out += (format == BatchFormat.TSV ? "\t" : " # ") + String.join("; ", summaries);
      }
      if (format == BatchFormat.TSV) out = line.replace('\t', ' ') + "\t" + out;
    }
    return failed ? Outcome.error(out) : Outcome.ok(out);
  }

  private static String json(long number, String line, List<MatrixDerivative> derivatives,
      List<MatrixCheckReport> verdicts, MatrixOptions options) {
    List<String> variables = new ArrayList<>();
    List<String> results = new ArrayList<>();
    List<String> latex = new ArrayList<>();
    List<String> shapes = new ArrayList<>();
    for (MatrixDerivative d : derivatives) {
      variables.add(d.variable());
      results.add(derivatives.size() > 1 ? d.label() + " = " + d.result() : d.result());
      latex.add(d.toLatex());
      shapes.add(d.shape());
    }
    Json json = new Json().field("line", number).field("input", line)
        .field("variable", String.join(",", variables))
        .field("derivative", String.join("; ", results))
        .field("latex", String.join("; ", latex))
        .field("shape", String.join("; ", shapes))
        .field("layout", options.layout.name().toLowerCase(java.util.Locale.ROOT));
    if (!verdicts.isEmpty()) {
      boolean ok = verdicts.stream().allMatch(MatrixCheckReport::ok);
      List<String> summaries = new ArrayList<>();
      for (MatrixCheckReport r : verdicts) summaries.add(r.summary());
      json.raw("check", new Json().raw("ok", Boolean.toString(ok))
          .field("summary", String.join("; ", summaries)).end());
    }
    return json.field("error", null).end();
  }
}

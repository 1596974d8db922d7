package dev.leibniz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link BatchLine} as one JSON Lines record, fields in this order:
 * {@code {"line":1,"input":...,"variable":...,"derivative":...,"latex":...,"simplify":"full",
 * "error":null}}; {@code "partials"} (after {@code "simplify"}) when there are several
 * derivatives, keyed by the variables differentiated by in order ({@code "x"}, {@code "x,y"} for
 * d2/dy dx); {@code "cse":{"bindings":["t1 = sin(x)",...],"results":[...]}} and
 * {@code "check":{"ok":true,"summary":"check: ok — ..."}} when asked for. A line with vectors
 * or matrices has {@code "shape":"3x4"} and {@code "layout":"gradient"} in place of
 * {@code "simplify"} (several derivatives: their shapes joined by {@code "; "}). A failed line has
 * {@code "derivative"} and {@code "latex"} null, the error (its column included) in
 * {@code "error"}, and no other field.
 */
final class JsonLines {
  private JsonLines() {}

  static String record(BatchLine line) {
    Json json = new Json().field("line", line.number()).field("input", line.input())
        .field("variable", line.variable())
        .field("derivative", line.derivative()).field("latex", line.latex());
    if (line.isError()) return json.field("error", line.error()).end();
    if (line.isMatrix()) {
      json.field("shape", line.shape()).field("layout", line.layout());
    } else {
      json.field("simplify", line.simplify());
    }
    if (line.partials().size() > 1) {
      Json each = new Json();
      for (Map.Entry<String, String> p : line.partialsByVariables().entrySet()) {
        each.field(p.getKey(), p.getValue());
      }
      json.raw("partials", each.end());
    }
    CommonSubexpressions cse = line.cse();
    if (cse != null) {
      List<String> bindings = new ArrayList<>();
      for (CommonSubexpressions.Binding b : cse.bindings()) bindings.add(b.toString());
      json.raw("cse", new Json().raw("bindings", Json.array(bindings))
          .raw("results", Json.array(cse.results())).end());
    }
    String summary = line.checkSummary();
    if (summary != null) {
      Boolean ok = line.checkOk();
      json.raw("check", new Json().raw("ok", ok == null ? "null" : ok.toString())
          .field("summary", summary).end());
    }
    return json.field("error", null).end();
  }
}

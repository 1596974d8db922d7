package dev.leibniz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@link BatchLine} as one JSON Lines record. Every record has every field of
 * {@link BatchLine#FIELDS}, in that order, {@code null} where it does not apply, so that a
 * program reads any record, answered or failed, scalar or not, the same way:
 *
 * <pre>{@code
 * {"line":1,"input":"x^2","variable":"x","derivative":"2*x","latex":"2 x","simplify":"full",
 *  "shape":null,"layout":null,"partials":null,"cse":null,"check":null,"error":null,
 *  "column":null}
 * }</pre>
 *
 * {@code "partials"} keys several derivatives by the variables differentiated by in order
 * ({@code "x"}, {@code "x,y"} for d2/dy dx); {@code "cse"} is
 * {@code {"bindings":["t1 = sin(x)",...],"results":[...]}} and {@code "check"}
 * {@code {"ok":true,"summary":"check: ok — ..."}} when asked for. A line with vectors or
 * matrices has {@code "shape":"3x4"} and {@code "layout":"gradient"} (several derivatives:
 * their shapes joined by {@code "; "}, and {@code "partials"} as for scalars) and
 * {@code "simplify"} null. A failed line has
 * {@code "simplify"} as asked (what failed is not known to be scalar or not),
 * {@code "derivative"} and {@code "latex"} null, the error (its column included) in
 * {@code "error"}, and the column alone, a number, in {@code "column"} (null when the error
 * points at none, as a timeout).
 */
final class JsonLines {
  private JsonLines() {}

  static String record(BatchLine line) {
    return new Json().field("line", line.number()).field("input", line.input())
        .field("variable", line.variable())
        .field("derivative", line.derivative()).field("latex", line.latex())
        .field("simplify", line.simplify())
        .field("shape", line.shape()).field("layout", line.layout())
        .raw("partials", partials(line)).raw("cse", cse(line)).raw("check", check(line))
        .field("error", line.error())
        .raw("column", line.errorColumn() > 0 ? Integer.toString(line.errorColumn()) : "null")
        .end();
  }

  private static String partials(BatchLine line) {
    Map<String, String> several = line.severalPartials();
    if (several == null) return "null";
    Json each = new Json();
    for (Map.Entry<String, String> p : several.entrySet()) {
      each.field(p.getKey(), p.getValue());
    }
    return each.end();
  }

  private static String cse(BatchLine line) {
    CommonSubexpressions cse = line.cse();
    if (cse == null) return "null";
    List<String> bindings = new ArrayList<>();
    for (CommonSubexpressions.Binding b : cse.bindings()) bindings.add(b.toString());
    return new Json().raw("bindings", Json.array(bindings))
        .raw("results", Json.array(cse.results())).end();
  }

  private static String check(BatchLine line) {
    String summary = line.checkSummary();
    if (summary == null) return "null";
    Boolean ok = line.checkOk();
    return new Json().raw("ok", ok == null ? "null" : ok.toString())
        .field("summary", summary).end();
  }
}

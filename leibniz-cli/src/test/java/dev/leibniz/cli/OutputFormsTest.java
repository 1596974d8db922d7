package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partials in LaTeX, every partial of an order, and a skipped check in JSONL. */
class OutputFormsTest {
  private static final Map<String, Double> AT = Map.of("x", 1.3, "y", 0.7);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void partialsInLatexNameTheFunction() {
    CliRun r = CliRun.of("diff", "x^2*y", "--format", "latex");
    assertEquals(0, r.code(), r.err());
    assertEquals("\\frac{\\partial f}{\\partial x} = 2 x y\n"
        + "\\frac{\\partial f}{\\partial y} = x^{2}\n", r.out());
    List<String> plain = List.of(CliRun.of("diff", "x^2*y").text().split("\n"));
    assertEquals(List.of("d/dx = 2*x*y", "d/dy = x^2"), plain);
    Witness.assertPartial("x^2*y", List.of("x"), "2*x*y", AT);
    Witness.assertPartial("x^2*y", List.of("y"), "x^2", AT);
  }

  @Test
  void aVariableInTheOperatorIsWrittenAsLatexWritesIt() {
    assertEquals("\\frac{\\partial f}{\\partial \\theta} = 2 \\theta w_{2}\n"
        + "\\frac{\\partial f}{\\partial w_{2}} = \\theta^{2}\n",
        CliRun.of("diff", "θ^2*w_2", "--format", "latex").out());
    Map<String, Double> at = Map.of("theta", 0.9, "w_2", 1.1);
    Witness.assertPartial("θ^2*w_2", List.of("theta"), "2*theta*w_2", at);
    Witness.assertPartial("θ^2*w_2", List.of("w_2"), "theta^2", at);
  }

  @Test
  void orderTwoGivesEveryPartialMixedOnesIncluded() {
    CliRun r = CliRun.of("diff", "x^2*y^3", "--order", "2");
    assertEquals(0, r.code(), r.err());
    assertEquals("d2/dx2 = 2*y^3\nd2/dy dx = 6*x*y^2\nd2/dy2 = 6*x^2*y\n", r.out());
    Witness.assertPartial("x^2*y^3", List.of("x", "x"), "2*y^3", AT);
    Witness.assertPartial("x^2*y^3", List.of("x", "y"), "6*x*y^2", AT);
    Witness.assertPartial("x^2*y^3", List.of("y", "y"), "6*x^2*y", AT);
    // The same labels, in the same order, as hessian's.
    CliRun hessian = CliRun.of("hessian", "x^2*y^3", "--at", "x=1.3,y=0.7");
    String[] rows = hessian.text().split("\n");
    assertTrue(rows[1].startsWith("d2/dx2 = 2*y^3 = "), rows[1]);
    assertTrue(rows[2].startsWith("d2/dy dx = 6*x*y^2 = "), rows[2]);
    assertTrue(rows[3].startsWith("d2/dy2 = 6*x^2*y = "), rows[3]);
  }

  @Test
  void orderTwoInLatexAndChecked() {
    CliRun latex = CliRun.of("diff", "x^2*y^3", "--order", "2", "--format", "latex");
    assertEquals("\\frac{\\partial^{2} f}{\\partial x^{2}} = 2 y^{3}\n"
        + "\\frac{\\partial^{2} f}{\\partial y \\partial x} = 6 x y^{2}\n"
        + "\\frac{\\partial^{2} f}{\\partial y^{2}} = 6 x^{2} y\n", latex.out());
    CliRun checked = CliRun.of("diff", "x^2*y^3", "--order", "2", "--check");
    assertEquals(0, checked.code(), checked.err());
    String[] lines = checked.text().split("\n");
    assertEquals(6, lines.length);
    assertTrue(lines[3].startsWith("d2/dx2 check: ok"), lines[3]);
    assertTrue(lines[4].startsWith("d2/dy dx check: ok"), lines[4]);
    assertTrue(lines[5].startsWith("d2/dy2 check: ok"), lines[5]);
  }

  @Test
  void orderThreeGroupsRepeatedVariables() {
    CliRun r = CliRun.of("diff", "x^3*y^2*sin(y)", "--order", "3");
    String[] lines = r.text().split("\n");
    assertEquals(4, lines.length, r.out());
    String[] labels = {"d3/dx3", "d3/dy dx2", "d3/dy2 dx", "d3/dy3"};
    List<List<String>> chains = List.of(List.of("x", "x", "x"), List.of("x", "x", "y"),
        List.of("x", "y", "y"), List.of("y", "y", "y"));
    for (int i = 0; i < 4; i++) {
      assertTrue(lines[i].startsWith(labels[i] + " = "), lines[i]);
      String result = lines[i].substring(labels[i].length() + 3);
      Witness.assertPartial("x^3*y^2*sin(y)", chains.get(i), result, AT);
    }
    CliRun latex = CliRun.of("diff", "x^3*y^2*sin(y)", "--order", "3", "--format", "latex");
    assertTrue(latex.out().contains("\\frac{\\partial^{3} f}{\\partial y \\partial x^{2}} = "),
        latex.out());
  }

  @Test
  void jsonlKeysPartialsByTheirVariables() throws Exception {
    CliRun r = CliRun.withInput("x^2*y^3\n", "batch", "-", "--order", "2", "--format", "jsonl");
    JsonNode partials = JSON.readTree(r.text()).get("partials");
    assertEquals("2*y^3", partials.get("x,x").asText());
    assertEquals("6*x*y^2", partials.get("x,y").asText());
    assertEquals("6*x^2*y", partials.get("y,y").asText());
    assertEquals(3, partials.size());
  }

  @Test
  void aSkippedCheckIsNotOk() throws Exception {
    CliRun r = CliRun.withInput("sqrt(-1-x^2)\nx^2\n", "batch", "-", "--check", "--format",
        "jsonl");
    assertEquals(0, r.code(), "a skipped check is no failure");
    String[] lines = r.text().split("\n");
    JsonNode skipped = JSON.readTree(lines[0]).get("check");
    assertTrue(skipped.get("ok").isNull(), lines[0]);
    assertTrue(skipped.get("summary").asText().startsWith("check: skipped"), lines[0]);
    JsonNode passed = JSON.readTree(lines[1]).get("check");
    assertTrue(passed.get("ok").isBoolean() && passed.get("ok").asBoolean(), lines[1]);
  }
}

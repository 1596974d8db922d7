package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leibniz.Expression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --cse} on diff, grad and batch, and {@code batch --check}. */
class CseAndCheckTest {
  private static final String LECTURE = "e^<xz>+xz/ln(x)+sin(ln(x))/(xz)";
  private static final Map<String, Double> AT_2_3 = Map.of("x", 2.0, "z", 3.0);
  private static final double DFDX = 1208.3812151266095;
  private static final double DFDZ = 809.707479218564;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void diffCseOfThreeFoldSineBindsTheSharedSine() {
    CliRun r = CliRun.of("diff", "sin(sin(sin(x)))", "--cse");
    assertEquals(0, r.code(), r.err());
    assertEquals("t1 = sin(x)\ncos(x)*cos(t1)*cos(sin(t1))\n", r.out());
  }

  @Test
  void diffCseOfTheLectureFunctionSharesBindingsAcrossPartials() {
    CliRun r = CliRun.of("diff", LECTURE, "--cse");
    assertEquals(0, r.code(), r.err());
    List<String> lines = List.of(r.text().split("\n"));
    assertEquals("t1 = e^(x*z)", lines.get(0));
    Map<String, Double> values = bindingsAt(lines.subList(0, lines.size() - 2), AT_2_3);
    assertEquals(3, values.size() - AT_2_3.size());
    String dx = lines.get(lines.size() - 2);
    String dz = lines.get(lines.size() - 1);
    assertTrue(dx.startsWith("d/dx = ") && dz.startsWith("d/dz = "), r.out());
    assertClose(DFDX, CliRun.valueOf(dx.substring(7), values));
    assertClose(DFDZ, CliRun.valueOf(dz.substring(7), values));
  }

  @Test
  void diffCseKeepsStepsAndCheck() {
    CliRun r = CliRun.of("diff", "sin(sin(sin(x)))", "--cse", "--steps", "--check");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.text().split("\n");
    assertTrue(lines[0].startsWith("Chain rule"), lines[0]);
    assertEquals("t1 = sin(x)", lines[lines.length - 3]);
    assertEquals("cos(x)*cos(t1)*cos(sin(t1))", lines[lines.length - 2]);
    assertTrue(lines[lines.length - 1].startsWith("check: ok"), lines[lines.length - 1]);
  }

  @Test
  void diffCseWithLatexIsAUsageError() {
    CliRun r = CliRun.of("diff", "sin(x)^2", "--cse", "--format", "latex");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--cse"), r.err());
    assertEquals(2, CliRun.of("batch", "-", "--cse", "--format", "latex").code());
  }

  @Test
  void cseSizeGrowsLinearlyForNestedSines() {
    long[] withCse = new long[3];
    long[] without = new long[3];
    int[] ns = {20, 40, 80};
    for (int i = 0; i < ns.length; i++) {
      String f = nestedSine(ns[i]);
      CliRun r = CliRun.of("diff", f, "--cse");
      assertEquals(0, r.code(), r.err());
      withCse[i] = r.out().length();
      without[i] = CliRun.of("diff", f).out().length();
      double x = 0.7;
      double expected = Expression.parse(f).derivative("x").evaluate(Map.of("x", x));
      List<String> lines = List.of(r.text().split("\n"));
      Map<String, Double> values = bindingsAt(lines.subList(0, lines.size() - 1), Map.of("x", x));
      assertClose(expected, CliRun.valueOf(lines.get(lines.size() - 1), values));
    }
    for (int i = 1; i < ns.length; i++) {
      double ratio = (double) withCse[i] / withCse[i - 1];
      assertTrue(ratio > 1.8 && ratio < 2.3, "with --cse, doubling n multiplies the size by "
          + ratio);
      assertTrue((double) without[i] / without[i - 1] > 3.5, "without --cse it is quadratic");
    }
  }

  @Test
  void gradCsePrintsTheSymbolicGradientThenTheValues() {
    CliRun r = CliRun.of("grad", LECTURE, "--at", "x=2,z=3", "--cse");
    assertEquals(0, r.code(), r.err());
    String[] parts = r.out().split("\n\n");
    assertEquals(2, parts.length, r.out());
    assertEquals(CliRun.of("grad", LECTURE, "--at", "x=2,z=3").out(), parts[1]);
    List<String> lines = List.of(parts[0].split("\n"));
    Map<String, Double> values = bindingsAt(lines.subList(0, lines.size() - 2), AT_2_3);
    assertClose(DFDX, CliRun.valueOf(lines.get(lines.size() - 2).substring(7), values));
    assertClose(DFDZ, CliRun.valueOf(lines.get(lines.size() - 1).substring(7), values));
  }

  @Test
  void gradCseSimplifiesThePartialsUnlessAskedNotTo() {
    String f = "x/(x+z)";
    CliRun simplified = CliRun.of("grad", f, "--at", "x=2,z=3", "--cse");
    assertEquals(0, simplified.code(), simplified.err());
    String[] symbolic = simplified.out().split("\n\n")[0].split("\n");
    assertEquals(List.of("t1 = x + z", "d/dx = z/t1^2", "d/dz = -x/t1^2"), List.of(symbolic));
    Map<String, Double> at = bindingsAt(List.of(symbolic[0]), AT_2_3);
    Witness.assertPartial(f, List.of("x"), symbolic[1].substring(7), at);
    Witness.assertPartial(f, List.of("z"), symbolic[2].substring(7), at);
    CliRun rules = CliRun.of("grad", f, "--at", "x=2,z=3", "--cse", "--simplify", "none");
    String canonical = rules.out().split("\n\n")[0];
    assertEquals("t1 = x + z\nt2 = -x/t1^2\nd/dx = t2 + 1/t1\nd/dz = t2", canonical);
    assertEquals(simplified.out().split("\n\n")[1], rules.out().split("\n\n")[1]);
  }

  @Test
  void batchCseWritesOneLinePerInputLine() {
    String in = "sin(sin(sin(x)))\n\n# note\nx*z^2\nsin(x))\n" + LECTURE + "\n";
    CliRun r = CliRun.withInput(in, "batch", "-", "--cse");
    assertEquals(1, r.code());
    String[] out = r.out().split("\n", -1);
    assertEquals(7, out.length, r.out());
    assertEquals("t1 = sin(x); cos(x)*cos(t1)*cos(sin(t1))", out[0]);
    assertEquals("", out[1]);
    assertEquals("# note", out[2]);
    assertEquals("d/dx = z^2; d/dz = 2*x*z", out[3]);
    assertEquals("error: unexpected ')' at column 7", out[4]);
    List<String> parts = List.of(out[5].split("; "));
    Map<String, Double> values = bindingsAt(parts.subList(0, parts.size() - 2), AT_2_3);
    assertClose(DFDX, CliRun.valueOf(parts.get(parts.size() - 2).substring(7), values));
    assertClose(DFDZ, CliRun.valueOf(parts.get(parts.size() - 1).substring(7), values));
    assertEquals("", out[6]);
  }

  @Test
  void batchCseInJsonlIsAFieldOfBindingsAndResults() throws Exception {
    CliRun r = CliRun.withInput("sin(sin(sin(x)))\n", "batch", "-", "--cse", "--format", "jsonl");
    assertEquals(0, r.code(), r.err());
    JsonNode cse = JSON.readTree(r.text()).get("cse");
    assertEquals("t1 = sin(x)", cse.get("bindings").get(0).asText());
    assertEquals(1, cse.get("bindings").size());
    assertEquals("cos(x)*cos(t1)*cos(sin(t1))", cse.get("results").get(0).asText());
  }

  @Test
  void batchCheckInJsonlPassesGoodLinesAndSkipsLinesWithoutADomain() throws Exception {
    String in = "x^2*sin(x)\n" + LECTURE + "\nsqrt(-1-x^2)\n";
    CliRun r = CliRun.withInput(in, "batch", "-", "--check", "--format", "jsonl");
    assertEquals(0, r.code(), r.out() + r.err());
    String[] lines = r.text().split("\n");
    assertEquals(3, lines.length);
    for (String line : lines) {
      JsonNode check = JSON.readTree(line).get("check");
      // A skipped check proved nothing: "ok" is null there, true where the check passed.
      boolean skipped = check.get("summary").asText().startsWith("check: skipped");
      assertTrue(skipped ? check.get("ok").isNull() : check.get("ok").asBoolean(), line);
      assertTrue(check.get("summary").asText().contains("check: "), line);
      assertTrue(JSON.readTree(line).get("error").isNull(), line);
    }
    assertTrue(JSON.readTree(lines[0]).get("check").get("summary").asText()
        .startsWith("check: ok"), lines[0]);
    assertTrue(JSON.readTree(lines[1]).get("check").get("summary").asText()
        .matches("d/dx check: ok .*; d/dz check: ok .*"), lines[1]);
    String skipped = JSON.readTree(lines[2]).get("check").get("summary").asText();
    assertTrue(skipped.startsWith("check: skipped"), skipped);
    assertFalse(skipped.contains("FAILED"), skipped);
    assertTrue(r.err().startsWith("3 ok, 0 errors"), r.err());
  }

  @Test
  void batchCheckInPlainAndTsvAddsTheVerdictToTheLine() {
    CliRun plain = CliRun.withInput("x^3\nsqrt(-1-x^2)\n", "batch", "-", "--check");
    assertEquals(0, plain.code(), plain.err());
    String[] out = plain.text().split("\n");
    assertTrue(out[0].startsWith("3*x^2 # check: ok — "), out[0]);
    assertTrue(out[1].endsWith(" # check: skipped — no point in the domain was found"), out[1]);
    CliRun tsv = CliRun.withInput("x^3\n", "batch", "-", "--check", "--cse", "--format", "tsv");
    String[] cells = tsv.text().split("\t");
    assertEquals(3, cells.length, tsv.out());
    assertEquals("x^3", cells[0]);
    assertEquals("3*x^2", cells[1]);
    assertTrue(cells[2].startsWith("check: ok"), cells[2]);
  }

  /**
   * Evaluates binding lines {@code t1 = ...} in order, each name added to the point for the
   * next; every line must parse.
   */
  private static Map<String, Double> bindingsAt(List<String> bindings, Map<String, Double> at) {
    Map<String, Double> values = new HashMap<>(at);
    for (String line : bindings) {
      String[] sides = line.split(" = ", 2);
      assertEquals(2, sides.length, line);
      assertTrue(sides[0].matches("t\\d+"), line);
      values.put(sides[0], Expression.parse(sides[1]).evaluate(values));
    }
    return values;
  }

  private static String nestedSine(int n) {
    List<String> open = new ArrayList<>();
    for (int i = 0; i < n; i++) open.add("sin(");
    return String.join("", open) + "x" + ")".repeat(n);
  }

  private static void assertClose(double expected, double actual) {
    assertEquals(expected, actual, 1e-12 * Math.abs(expected));
  }
}

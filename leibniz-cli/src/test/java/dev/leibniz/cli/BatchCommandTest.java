package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir
  Path dir;

  private static String[] lines(CliRun r) {
    return r.out().split("\n", -1);
  }

  @Test
  void keepsInputOrderUnderTwoThreads() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int k = 2; k < 2002; k++) in.append("x^").append(k).append('\n');
    Path file = dir.resolve("powers.txt");
    Files.writeString(file, in);
    CliRun r = CliRun.of("batch", file.toString(), "--threads", "2");
    assertEquals(0, r.code(), r.err());
    String[] out = lines(r);
    assertEquals(2001, out.length);
    for (int k = 2; k < 2002; k++) {
      assertEquals(k + "*x" + (k == 2 ? "" : "^" + (k - 1)), out[k - 2]);
    }
    for (int k : new int[] {2, 7, 1500}) {
      assertEquals(k * Math.pow(1.001, k - 1), CliRun.valueOf(out[k - 2], Map.of("x", 1.001)),
          1e-9 * k * Math.pow(1.001, k - 1));
    }
    assertTrue(r.err().matches("2000 ok, 0 errors in \\d+\\.\\d s\\n"), r.err());
  }

  @Test
  void badLineBecomesAnErrorLineAndTheRunGoesOn() {
    CliRun r = CliRun.withInput("x^2\nsin(x))\nx*ln(x)\n", "batch", "-", "--wrt", "x");
    assertEquals(1, r.code());
    String[] out = lines(r);
    assertEquals("2*x", out[0]);
    assertEquals("error: unexpected ')' at column 7", out[1]);
    assertEquals("ln(x) + 1", out[2]);
    assertEquals(Math.log(2) + 1, CliRun.valueOf(out[2], Map.of("x", 2.0)), 1e-15);
    assertTrue(r.err().startsWith("2 ok, 1 error in "), r.err());
    assertFalse(r.out().contains("Exception"));
  }

  @Test
  void blankAndCommentLinesArePassedThroughUncounted() {
    CliRun r = CliRun.withInput("x^2\n\n# note\n  \nx^3\n", "batch", "-");
    assertEquals("2*x\n\n# note\n  \n3*x^2\n", r.out());
    assertTrue(r.err().startsWith("2 ok, 0 errors"), r.err());
  }

  @Test
  void crlfBomAndLastLineWithoutNewline() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "x^2\r\nx^3\r\nsin(x)".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(bom);
    in.writeBytes(text);
    CliRun r = CliRun.withInput(in.toByteArray(), "batch", "-");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("2*x\n3*x^2\ncos(x)\n", r.out());
  }

  @Test
  void invalidUtf8IsAnErrorLineNotACrash() {
    byte[] in = {'x', '^', '2', '\n', (byte) 0xC3, (byte) 0x28, 'x', '\n', 'x', '\n'};
    CliRun r = CliRun.withInput(in, "batch", "-");
    assertEquals(1, r.code());
    String[] out = lines(r);
    assertEquals("2*x", out[0]);
    assertTrue(out[1].startsWith("error: "), out[1]);
    assertEquals("1", out[2]);
  }

  @Test
  void severalVariablesGiveAllPartialsOnOneLine() {
    CliRun r = CliRun.withInput("x^2*z\n", "batch", "-");
    assertEquals("d/dx = 2*x*z; d/dz = x^2\n", r.out());
  }

  @Test
  void orderAndLatex() {
    assertEquals("6*x\n", CliRun.withInput("x^3\n", "batch", "-", "--order", "2").out());
    assertEquals("\\frac{1}{x}\n",
        CliRun.withInput("ln(x)\n", "batch", "-", "--format", "latex").out());
  }

  @Test
  void tsvHasTheInputThenATab() {
    CliRun r = CliRun.withInput("x^2\nsin(x))\n", "batch", "-", "--format", "tsv");
    assertEquals("x^2\t2*x\nsin(x))\terror: unexpected ')' at column 7\n", r.out());
  }

  @Test
  void jsonlParsesAndCarriesEveryField() throws Exception {
    CliRun r = CliRun.withInput("x^2\n\"quoted\\\" \t\n# skipped\nx*z\nln(x)/z\n", "batch", "-",
        "--format", "jsonl", "--wrt", "x");
    String[] out = r.out().strip().split("\n");
    assertEquals(4, out.length);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(out[0]);
    assertEquals("x^2", first.get("input").asText());
    assertEquals("x", first.get("variable").asText());
    assertEquals("2*x", first.get("derivative").asText());
    assertEquals("2 x", first.get("latex").asText());
    assertTrue(first.get("error").isNull());
    JsonNode bad = json.readTree(out[1]);
    assertEquals("\"quoted\\\" \t", bad.get("input").asText());
    assertTrue(bad.get("derivative").isNull());
    assertTrue(bad.get("error").asText().length() > 0);
    JsonNode last = json.readTree(out[3]);
    assertEquals(5, last.get("line").asInt());
    assertEquals(0.5 / 3, CliRun.valueOf(last.get("derivative").asText(),
        Map.of("x", 2.0, "z", 3.0)), 1e-15);
  }

  /**
   * Every record has the same fields, {@link dev.leibniz.BatchLine#FIELDS} in order, null where
   * one does not apply: a failed line has the simplification asked for and, for a parse error,
   * its column as a number; an answered one has a null column.
   */
  @Test
  void everyJsonlRecordHasTheSameFieldsAndAnErrorItsColumn() throws Exception {
    CliRun r = CliRun.withInput("ln(\nx^2\nx*y\nnorm2(x)^2 where x: 3\n", "batch", "-",
        "--format", "jsonl", "--check");
    List<String> records = r.out().lines().toList();
    assertEquals(4, records.size(), r.out());
    assertEquals("{\"line\":1,\"input\":\"ln(\",\"variable\":null,\"derivative\":null,"
        + "\"latex\":null,\"simplify\":\"full\",\"shape\":null,\"layout\":null,"
        + "\"partials\":null,\"cse\":null,\"check\":null,"
        + "\"error\":\"missing ')' at column 4\",\"column\":4}", records.get(0));
    ObjectMapper json = new ObjectMapper();
    for (String record : records) {
      List<String> names = new java.util.ArrayList<>();
      json.readTree(record).fieldNames().forEachRemaining(names::add);
      assertEquals(dev.leibniz.BatchLine.FIELDS, names, record);
    }
    JsonNode square = json.readTree(records.get(1));
    assertEquals("2*x", square.get("derivative").asText());
    assertTrue(square.get("column").isNull());
    assertTrue(square.get("check").get("ok").asBoolean());
    Witness.assertPartial("x^2", List.of("x"), "2*x", Map.of("x", 1.5));
    JsonNode vector = json.readTree(records.get(3));
    assertEquals("3", vector.get("shape").asText());
    assertTrue(vector.get("simplify").isNull());
    assertTrue(vector.get("check").get("ok").asBoolean(), "2*x against finite differences");
    // An error that points at no column (a derivative out of scope) has a null column.
    JsonNode tensor = json.readTree(CliRun.withInput("x where x: 3\n", "batch", "-", "--format",
        "jsonl", "--wrt", "x", "--order", "2").out());
    assertTrue(tensor.get("error").asText().endsWith("(a tensor of order 3), which matrix "
        + "notation cannot write: out of scope"), tensor.toString());
    assertTrue(tensor.get("column").isNull(), tensor.toString());
    assertEquals("full", tensor.get("simplify").asText());
  }

  /**
   * The line "slow" blocks until it is interrupted, so it is slower than any timeout on any
   * machine (no clock decides it): it is answered with the timeout answer and
   * interrupted, and the lines after it are answered by the worker the pool lends meanwhile.
   */
  @Test
  void slowLineTimesOutAndTheOthersAreAnswered() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    BiFunction<Long, String, Outcome> work = (number, line) -> {
      if (!line.equals("slow")) return Outcome.ok("answer to " + line);
      try {
        new CountDownLatch(1).await(); // never counted down: only an interrupt ends the wait
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return Outcome.error("error: stopped");
    };
    BatchRunner runner = new BatchRunner(work,
        (number, line) -> Outcome.error("error: timed out after 0.3 s"), BatchFormat.PLAIN,
        1, 0.3);
    StringWriter out = new StringWriter();
    InputLines in = InputLines.of(new ByteArrayInputStream(
        "x^2\nslow\nx^3\n".getBytes(StandardCharsets.UTF_8)));
    BatchRunner.Summary summary = runner.run(in, new PrintWriter(out), new AtomicLong());
    assertEquals(List.of("answer to x^2", "error: timed out after 0.3 s", "answer to x^3"),
        out.toString().lines().toList());
    assertEquals(new BatchRunner.Summary(2, 1), summary);
    assertTrue(interrupted.await(1, TimeUnit.MINUTES), "the slow line was interrupted");
  }

  @Test
  void missingFileIsAnError() {
    CliRun r = CliRun.of("batch", dir.resolve("nothing.txt").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("error: no such file"), r.err());
  }
}

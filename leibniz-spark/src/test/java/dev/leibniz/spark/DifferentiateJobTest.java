package dev.leibniz.spark;

import static dev.leibniz.spark.TestSpark.batch;
import static dev.leibniz.spark.TestSpark.job;
import static dev.leibniz.spark.TestSpark.sortedByLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's output equals {@code leibniz batch --format jsonl}'s for the same file, line for line. */
class DifferentiateJobTest {
  @TempDir
  Path dir;

  @AfterEach
  void removeHook() {
    LineAnswers.beforeEachLine = null;
  }

  @Test
  void hundredThousandLinesOfMixEqualBatchInLineOrder() throws IOException {
    Path input = dir.resolve("mix-100k.txt");
    byte[] mix = Files.readAllBytes(TestSpark.mix10k());
    ByteArrayOutputStream tenTimes = new ByteArrayOutputStream();
    for (int i = 0; i < 10; i++) tenTimes.write(mix);
    Files.write(input, tenTimes.toByteArray());

    List<String> expected = batch(input, "--simplify", "none");
    List<String> actual = job(input, dir, "--simplify", "none", "--partitions", "4");
    assertEquals(100_000, expected.size());
    assertEquals(expected, actual);
    // Lines 10,001 and 1 hold the same expression, each under its own number.
    assertEquals(expected.get(0).replaceFirst("\"line\":1,", "\"line\":10001,"), actual.get(10_000));
  }

  @Test
  void garbageLinesAreErrorRowsAsInBatch() throws IOException {
    Path input = garbage();
    List<String> expected = batch(input);
    List<String> actual = job(input, dir);
    assertEquals(expected, sortedByLine(actual));
    assertTrue(actual.contains("{\"line\":4,\"input\":\"sin(x))\",\"variable\":null,"
        + "\"derivative\":null,\"latex\":null,\"simplify\":\"full\",\"shape\":null,"
        + "\"layout\":null,\"partials\":null,\"cse\":null,\"check\":null,"
        + "\"error\":\"unexpected ')' at column 7\",\"column\":7}"), actual.toString());
    assertEquals(2, actual.stream().filter(r -> r.contains("\"error\":null")).count());
    assertEquals(actual.size() - 2, actual.stream().filter(r -> r.contains("\"derivative\":null")).count());
  }

  @Test
  void optionsMeanWhatTheyMeanInBatch() throws IOException {
    Path input = head(100);
    for (List<String> options : List.of(List.of("--wrt", "x", "--order", "2", "--check"),
        List.of("--check", "--cse", "--simplify", "none"), List.of("--wrt", "y", "--wrt", "x"))) {
      String[] o = options.toArray(new String[0]);
      assertEquals(batch(input, o), sortedByLine(job(input, dir, o)), options.toString());
    }
  }

  @Test
  void jsonLinesInputKeepsItsLineNumbers() throws IOException {
    Path text = head(200);
    List<String> expected = batch(text, "--simplify", "none");
    // Batch's own records are an input with a "line" and an "input" column.
    Path jsonl = dir.resolve("records.jsonl");
    Files.write(jsonl, expected, StandardCharsets.UTF_8);
    assertEquals(expected, sortedByLine(job(jsonl, dir, "--simplify", "none")));
  }

  /**
   * Lines with vectors or matrices (a where clause, or --shape) among scalar and bad lines get
   * batch's matrix records: shape and layout, the check when asked, in either layout.
   */
  @Test
  void matrixLinesEqualBatch() throws IOException {
    Path input = dir.resolve("matrices.txt");
    List<String> lines = new ArrayList<>(Files.readAllLines(TestSpark.mix10k()).subList(0, 20));
    lines.addAll(List.of("norm2(W x - y)^2 where W: 3x4, x: 4, y: 3",
        "x' * A * x where A: 3x3, x: 3 # a quadratic form",
        "norm2(W x - y)^2 where W: 3x4, x: 4, y: 4", "a*x", "sin(x))"));
    Files.write(input, lines);
    String gradient = "\"derivative\":\"d/dW = 2*(W*x - y)*x'; d/dx = 2*W'*(W*x - y); "
        + "d/dy = -2*(W*x - y)\"";
    String numerator = "\"derivative\":\"2*x*(W*x - y)'\"";
    Map<List<String>, String> runs = new LinkedHashMap<>();
    runs.put(List.of(), gradient + ",");
    runs.put(List.of("--check"), "\"shape\":\"3x4; 4; 3\",\"layout\":\"gradient\","
        + "\"partials\":{\"W\":\"2*(W*x - y)*x'\",\"x\":\"2*W'*(W*x - y)\","
        + "\"y\":\"-2*(W*x - y)\"},\"cse\":null,\"check\":{\"ok\":true,");
    runs.put(List.of("--layout", "numerator", "--shape", "x: 3", "--wrt", "W", "--check"),
        numerator + ",");
    for (Map.Entry<List<String>, String> run : runs.entrySet()) {
      String[] o = run.getKey().toArray(new String[0]);
      List<String> expected = batch(input, o);
      assertEquals(expected, sortedByLine(job(input, dir, o)), run.getKey().toString());
      assertTrue(expected.get(20).contains(run.getValue()), expected.get(20));
    }
    // Both layouts' derivatives pass the numerical cross-check (their "ok" is true).
    String transposed = batch(input, "--layout", "numerator", "--wrt", "W", "--check").get(20);
    assertTrue(transposed.contains("\"shape\":\"4x3\",\"layout\":\"numerator\","
        + "\"partials\":null,\"cse\":null,\"check\":{\"ok\":true,"), transposed);
    assertTrue(batch(input, "--shape", "x: 3").get(23).contains("\"derivative\":\"d/dx = a*eye(3); "
        + "d/da = x\",\"latex\":\"\\\\frac{\\\\partial f}{\\\\partial x} = a I_{3}; "
        + "\\\\frac{\\\\partial f}{\\\\partial a} = \\\\mathbf{x}\",\"simplify\":null,"
        + "\"shape\":\"3x3; 3\",\"layout\":\"gradient\",\"partials\":{\"x\":\"a*eye(3)\","
        + "\"a\":\"x\"}"),
        "--shape declares x a vector in a*x: its Jacobian by x is a times the identity");
  }

  /**
   * Line 2 is held (a test hook inside its budget) until the budget interrupts it, however long
   * that takes, so it times out on any machine; the other lines have 5 s for a trivial answer.
   */
  @Test
  void aLinePastItsBudgetTimesOutAndTheTaskGoesOn() throws IOException {
    Path input = dir.resolve("slow.txt");
    Files.writeString(input, "x^20\nx^3\nsin(x)\n");
    String[] options = {"--order", "16", "--timeout", "5", "--simplify", "none"};
    List<String> expected = new ArrayList<>(batch(input, options));
    expected.set(1, "{\"line\":2,\"input\":\"x^3\",\"variable\":null,\"derivative\":null,"
        + "\"latex\":null,\"simplify\":\"none\",\"shape\":null,\"layout\":null,"
        + "\"partials\":null,\"cse\":null,\"check\":null,"
        + "\"error\":\"timed out after 5 s\",\"column\":null}");
    LineAnswers.beforeEachLine = line -> {
      if (line == 2) TestSpark.holdUntilInterrupted();
    };
    List<String> actual = sortedByLine(job(input, dir, options));
    assertEquals(expected, actual);
    assertTrue(actual.get(2).contains("\"derivative\":\"sin(x)\""), actual.get(2));
  }

  /** The first {@code n} lines of mix-10k. */
  private Path head(int n) throws IOException {
    Path input = dir.resolve("mix-" + n + ".txt");
    Files.write(input, Files.readAllLines(TestSpark.mix10k()).subList(0, n));
    return input;
  }

  /**
   * Lines a reader must number as batch does, around bad expressions: a byte-order mark, CRLF,
   * a lone CR inside a line, blank and comment lines, invalid UTF-8, no final newline.
   */
  private Path garbage() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("\uFEFFx^2*sin(x)\r\n\n# a comment\nsin(x))\n   \n".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'x', '*', (byte) 0xff, (byte) 0xfe, '\n'});
    bytes.write(("x^2\ry # a lone CR\n((((x\nfoo(x)\n" + "(".repeat(150) + "x" + ")".repeat(150)
        + "\n2^^3\nx+\n1/0 # a constant\nsqrt(x") .getBytes(StandardCharsets.UTF_8));
    Path input = dir.resolve("garbage.txt");
    Files.write(input, bytes.toByteArray());
    return input;
  }
}

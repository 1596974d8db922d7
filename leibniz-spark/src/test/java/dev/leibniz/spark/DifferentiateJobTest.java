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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's output equals {@code leibniz batch --format jsonl}'s for the same file, line for line. */
class DifferentiateJobTest {
  @TempDir
  Path dir;

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
        + "\"derivative\":null,\"latex\":null,\"error\":\"unexpected ')' at column 7\"}"), actual.toString());
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

  @Test
  void aLinePastItsBudgetTimesOutAndTheTaskGoesOn() throws IOException {
    Path input = dir.resolve("slow.txt");
    Files.writeString(input, "x^20\ntan(tan(tan(tan(x))))\nsin(x)\n");
    String[] options = {"--order", "16", "--timeout", "0.5", "--simplify", "none"};
    List<String> actual = sortedByLine(job(input, dir, options));
    assertEquals(batch(input, options), actual);
    assertEquals("{\"line\":2,\"input\":\"tan(tan(tan(tan(x))))\",\"variable\":null,"
        + "\"derivative\":null,\"latex\":null,\"error\":\"timed out after 0.5 s\"}", actual.get(1));
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

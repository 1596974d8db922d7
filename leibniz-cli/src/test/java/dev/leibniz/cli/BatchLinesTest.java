package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch input lines (line ends, comments), its progress counter and its output closing early. */
class BatchLinesTest {
  @TempDir
  Path dir;

  @Test
  void onlyLfAndCrlfEndALineAndALoneCrIsWhiteSpace() {
    byte[] in = "x^2\rx^3\nsin(x)\r\n# a\rb\n".getBytes(StandardCharsets.UTF_8);
    CliRun r = CliRun.withInput(in, "batch", "-");
    assertEquals(0, r.code(), r.err());
    // x^2 x^3 is one product, x^5; the comment keeps its line, the CR made a space.
    assertEquals("5*x^4\ncos(x)\n# a b\n", r.out());
    Witness.assertPartial("x^5", List.of("x"), "5*x^4", Map.of("x", 1.3));
    assertTrue(r.err().startsWith("2 ok, 0 errors"), r.err());
    CliRun repl = CliRun.withInput("x^2\rx^3\n", "repl");
    assertEquals("5*x^4\n", repl.out());
  }

  @Test
  void aCommentMayFollowAnExpression() throws Exception {
    String in = "x^2 # a square\n# whole line\n  # indented\nsin(x)#\n";
    CliRun r = CliRun.withInput(in, "batch", "-");
    assertEquals(0, r.code(), r.err());
    assertEquals("2*x\n# whole line\n  # indented\ncos(x)\n", r.out());
    assertTrue(r.err().startsWith("2 ok, 0 errors"), r.err());
    Witness.assertPartial("sin(x)", List.of("x"), "cos(x)", Map.of("x", 1.3));
    CliRun json = CliRun.withInput(in, "batch", "-", "--format", "jsonl");
    JsonNode first = new ObjectMapper().readTree(json.text().split("\n")[0]);
    assertEquals("x^2 # a square", first.get("input").asText());
    assertEquals("2*x", first.get("derivative").asText());
  }

  @Test
  void theProgressCounterShowsTheTotal() {
    assertEquals("  12,345 lines", Progress.text(12_345, -1));
    assertEquals("  12,345 / 80,000 lines (15%)", Progress.text(12_345, 80_000));
    assertEquals("  0 / 0 lines (100%)", Progress.text(0, 0));
  }

  @Test
  void theTotalCountsLinesAsTheBatchReadsThem() throws IOException {
    assertEquals(3, Progress.countLines(write("a\nb\r\nc\rd")));
    assertEquals(1, Progress.countLines(write("a\n")));
    assertEquals(2, Progress.countLines(write("\n\n")));
    assertEquals(0, Progress.countLines(write("")));
    assertEquals(-1, Progress.countLines(dir.resolve("missing.txt")));
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 100_000; i++) big.append("x^").append(i).append('\n');
    assertEquals(100_000, Progress.countLines(write(big.toString())));
  }

  private Path write(String text) throws IOException {
    Path file = Files.createTempFile(dir, "lines", ".txt");
    Files.writeString(file, text);
    return file;
  }

  /** Accepts {@code room} bytes, then fails every write with {@code message}. */
  private static final class FailingStream extends OutputStream {
    private final String message;
    private long room;
    long refused;

    FailingStream(long room, String message) {
      this.room = room;
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > room) {
        refused++;
        throw new IOException(message);
      }
      room -= len;
    }
  }

  private static CliRun runInto(FailingStream stdout, String input, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new StandardOutput(stdout), new PrintWriter(err));
    return new CliRun(code, "", err.toString());
  }

  private static String powers(int lines) {
    StringBuilder in = new StringBuilder();
    for (int k = 2; k < lines + 2; k++) in.append("x^").append(k).append('\n');
    return in.toString();
  }

  @Test
  void aReaderThatGoesAwayEndsTheRunQuietly() {
    // As "leibniz batch - | head": the pipe closes after a few lines.
    FailingStream pipe = new FailingStream(100, "Broken pipe");
    CliRun r = runInto(pipe, powers(20_000), "batch", "-");
    assertEquals(0, r.code());
    assertEquals("", r.err(), "no error and no summary");
    assertTrue(pipe.refused > 0);
    CliRun bad = runInto(new FailingStream(100, "Broken pipe"), "sin(x))\n" + powers(20_000),
        "batch", "-");
    assertEquals(1, bad.code(), "the usual status: a bad line was among those answered");
    assertEquals("", bad.err());
    CliRun repl = runInto(new FailingStream(10, "Broken pipe"), powers(20_000), "repl");
    assertEquals(0, repl.code());
    assertEquals("", repl.err());
  }

  @Test
  void anOutputThatFailsOtherwiseIsAnError() {
    CliRun r = runInto(new FailingStream(100, "No space left on device"), powers(20_000),
        "batch", "-");
    assertEquals(1, r.code());
    assertEquals("error: cannot write the output\n", r.err());
    CliRun diff = runInto(new FailingStream(0, "No space left on device"), "", "diff", "x^2");
    assertEquals(1, diff.code());
    assertEquals("error: cannot write the output\n", diff.err());
  }
}

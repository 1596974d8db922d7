package dev.leibniz.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command line end to end, as the acceptance suite drives it: a batch never loses a line and
 * never shows a stack trace, whatever the lines hold — garbage, megabyte lines, nesting past the
 * limit, runaway derivatives, CRLF, a BOM, bytes that are not UTF-8 — and the one-shot commands
 * refuse hostile input with one error line and exit code 1.
 */
class BatchEndToEndTest {
  /** Characters of hostile lines: the language's own, brackets, and a few it does not know. */
  private static final String GARBAGE =
      "xyz0123456789+-*/^()<>[]{}.,;eEpisnlogcqrt \t\\@#$%&_=!?'\"|~`é∂λ";
  /**
   * A guard against a hang, never a speed limit: these tests assert the lines out, and a
   * loaded machine must not turn slowness into a failure. Minutes, for the whole run and for
   * the batch's own per-line {@code --timeout}.
   */
  private static final Duration HANG_GUARD = Duration.ofMinutes(5);
  private static final String LINE_HANG_GUARD = Long.toString(HANG_GUARD.toSeconds());

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    return sb.toString();
  }

  /** A finished command: exit code and the two streams. */
  private record Run(int code, String out, String err) {
    List<String> lines() {
      List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      return lines;
    }
  }

  @Test
  void fiveHundredGarbageLinesGiveFiveHundredLinesAndNoStackTrace() {
    Random random = new Random(7);
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      input.append(randomText(random, GARBAGE,
          random.nextInt(61)).replace('\n', ' ')).append('\n');
    }
    Run r = assertTimeoutPreemptively(HANG_GUARD,
        () -> batch(input.toString().getBytes(StandardCharsets.UTF_8), "--wrt", "x",
            "--timeout", LINE_HANG_GUARD));
    assertEquals(500, r.lines().size(), r.err());
    assertNoStackTrace(r);
    assertEquals(1, r.code(), "some garbage lines are errors: exit code 1");
  }

  @Test
  void hostileLinesEachGetTheirOwnLine() {
    List<String> lines = List.of(
        "(".repeat(60_000) + "x" + ")".repeat(60_000),
        String.join("+", Collections.nCopies(100_000, "sin(x)")),
        "x^1000000*(x+1)^1000",
        "x+".repeat(512 * 1024) + "x",
        "sin(x))",
        "",
        "foo(x)",
        "x\u0001y",
        randomText(new Random(3), GARBAGE, 1 << 20),
        "x^2");
    Run r = assertTimeoutPreemptively(HANG_GUARD,
        () -> batch(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "--wrt", "x",
            "--threads", "2", "--timeout", LINE_HANG_GUARD));
    List<String> out = r.lines();
    assertEquals(lines.size(), out.size(), r.err());
    assertNoStackTrace(r);
    assertTrue(out.get(0).startsWith("error: nesting deeper than"), out.get(0));
    assertEquals("100000*cos(x)", out.get(1));
    assertEquals("1000*x^1000000*(x + 1)^999 + 1000000*x^999999*(x + 1)^1000", out.get(2));
    assertEquals("524289", out.get(3));
    assertEquals("error: unexpected ')' at column 7", out.get(4));
    assertEquals("", out.get(5));
    assertTrue(out.get(6).startsWith("error: unknown function 'foo'"), out.get(6));
    assertTrue(out.get(7).startsWith("error: "), out.get(7));
    assertTrue(out.get(8).startsWith("error: "), out.get(8));
    assertEquals("2*x", out.get(9));
  }

  @Test
  void crlfBomAndBadBytesKeepOneLinePerLine() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    input.writeBytes("x^2\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(new byte[] {'x', '+', (byte) 0xFF, (byte) 0xC3, '\r', '\n'});
    input.writeBytes("sin(x\r\nx^3".getBytes(StandardCharsets.UTF_8));
    Run r = assertTimeoutPreemptively(HANG_GUARD,
        () -> batch(input.toByteArray(), "--timeout", LINE_HANG_GUARD));
    List<String> out = r.lines();
    assertEquals(5, out.size(), r.out());
    assertNoStackTrace(r);
    assertEquals("2*x", out.get(0));
    assertEquals("", out.get(1));
    assertTrue(out.get(2).startsWith("error: unexpected character"), out.get(2));
    assertEquals("error: missing ')' at column 6", out.get(3));
    assertEquals("3*x^2", out.get(4));
  }

  /**
   * {@code --order 1000} of ten factors, each a function nested 50 deep: the size limit stops it
   * (its second derivative already passes a million nodes), on its own line. (The time limit,
   * {@code --timeout}, has its own test in BatchCommandTest.)
   */
  @Test
  void aRunawayLineStopsAtTheSizeLimitAndTheOthersAreAnswered() {
    String tenFactors = Stream.of("sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh",
            "erf", "sigmoid")
        .map(name -> (name + "(").repeat(50) + "x" + ")".repeat(50))
        .collect(Collectors.joining("*"));
    Run r = assertTimeoutPreemptively(HANG_GUARD, () -> batch(
        ("x^3\n" + tenFactors + "\nx*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)\n")
            .getBytes(StandardCharsets.UTF_8),
        "--order", "1000", "--timeout", LINE_HANG_GUARD, "--threads", "1"));
    List<String> out = r.lines();
    assertEquals(3, out.size(), r.err());
    assertNoStackTrace(r);
    assertEquals("0", out.get(0));
    assertEquals("error: result exceeds 1,000,000 nodes", out.get(1));
    assertEquals("0", out.get(2));
  }

  @Test
  void diffRefusesSixtyThousandNestedParenthesesWithOneErrorLine() {
    String deep = "(".repeat(60_000) + "x" + ")".repeat(60_000);
    Run r = assertTimeoutPreemptively(HANG_GUARD,
        () -> run(new byte[0], "diff", deep, "--wrt", "x"));
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("error: nesting deeper than"), r.err());
    assertTrue(r.err().strip().split("\n").length <= 3, "headline, input window, caret");
    assertNoStackTrace(r);
  }

  private static void assertNoStackTrace(Run r) {
    for (String stream : new String[] {r.out(), r.err()}) {
      assertFalse(stream.contains("Exception") || stream.contains(".java:")
          || stream.contains("\tat "), () -> "stack trace: " + clip(stream));
      assertFalse(stream.contains("internal error"), () -> "internal error: " + clip(stream));
    }
  }

  private static Run batch(byte[] input, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "batch";
    args[1] = "-";
    System.arraycopy(options, 0, args, 2, options.length);
    return run(input, args);
  }

  private static Run run(byte[] input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new ByteArrayInputStream(input), new PrintWriter(out),
        new PrintWriter(err));
    return new Run(code, out.toString().replace("\r\n", "\n"),
        err.toString().replace("\r\n", "\n"));
  }

  private static String clip(String s) {
    int i = Math.max(Math.max(s.indexOf("Exception"), s.indexOf("internal error")), 0);
    return s.substring(Math.max(0, i - 200), Math.min(s.length(), i + 300));
  }
}

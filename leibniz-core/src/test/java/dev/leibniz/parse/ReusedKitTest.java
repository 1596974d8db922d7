package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thread's parser kit reuses its character buffer and its tokens from line to line
 * ({@link LineCharStream}, {@link TokenPool}): whatever came before, a line reads exactly as it
 * does in a kit of its own — the same tree, or the same message at the same column. Lines with
 * characters outside the Basic Multilingual Plane (two chars, one code point) and lines longer
 * than the pool keeps tokens for are the cases where a reused buffer could show through.
 */
class ReusedKitTest {
  private static final String LONG_LINE = "x*y + ".repeat(400) + "sin(x)";

  private static final List<String> LINES = List.of("e^<xz>+xz/ln(x)+sin(ln(x))/(xz)",
      "x + 😀", "😀 + x", "ab😀c", "𝑥𝑦 + sin(x", "sin(x", "x +* y", "x*y + sin(x", LONG_LINE,
      "(x + 1]", "2^3^x", "x + y)");

  @Test
  void aLineReadsAsInAKitOfItsOwnWhateverCameBefore() {
    ParserKit reused = new ParserKit();
    for (int round = 0; round < 3; round++) {
      for (String before : LINES) {
        for (String line : LINES) {
          outcome(reused, before);
          assertEquals(outcome(new ParserKit(), line), outcome(reused, line),
              () -> line + " after " + before);
        }
      }
    }
  }

  @Test
  void columnsCountCodePointsAfterALongLine() {
    ParserKit kit = new ParserKit();
    outcome(kit, LONG_LINE);
    assertEquals("unexpected character '😀' @ 5", outcome(kit, "x + 😀"));
    assertEquals("unexpected character '😀' @ 3", outcome(kit, "ab😀c"));
    assertEquals("missing ')' @ 12", outcome(kit, "x*y + sin(x"));
    outcome(kit, "𝑥𝑦 + sin(x");
    assertEquals("unexpected '*' @ 4", outcome(kit, "x +* y"));
    assertEquals(outcome(new ParserKit(), LONG_LINE), outcome(kit, LONG_LINE));
  }

  private static String outcome(ParserKit kit, String line) {
    try {
      return kit.parse(line).toString();
    } catch (ParseException e) {
      return e.getMessage() + " @ " + e.column();
    }
  }
}

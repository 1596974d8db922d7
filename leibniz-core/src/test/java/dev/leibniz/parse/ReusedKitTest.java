package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.util.List;
import org.antlr.v4.runtime.Token;
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

  /**
   * The token stream keeps a line's tokens for the next (to skip storing a token already in its
   * place), but not the new tokens a line of more tokens than the pool keeps was given: once the
   * next line starts, nothing holds them.
   */
  @Test
  void aLongLinesTokensPastThePoolAreLetGoByTheNextLine() throws InterruptedException {
    LineCharStream chars = new LineCharStream();
    LeibnizLexer lexer = new LeibnizLexer(chars);
    RunSplittingTokenSource source = new RunSplittingTokenSource(lexer);
    LineTokenStream tokens = new LineTokenStream(source);
    readAll(LONG_LINE, chars, lexer, source, tokens);
    WeakReference<Token> pastThePool = new WeakReference<>(tokens.get(TokenPool.MOST + 100));
    readAll("x + 1", chars, lexer, source, tokens);
    for (int i = 0; i < 20 && pastThePool.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(pastThePool.get());
  }

  private static void readAll(String line, LineCharStream chars, LeibnizLexer lexer,
      RunSplittingTokenSource source, LineTokenStream tokens) {
    chars.reset(line);
    lexer.reset();
    source.reset(line);
    tokens.reset();
    while (tokens.LA(1) != Token.EOF) tokens.consume();
  }

  private static String outcome(ParserKit kit, String line) {
    try {
      return kit.parse(line).toString();
    } catch (ParseException e) {
      return e.getMessage() + " @ " + e.column();
    }
  }
}

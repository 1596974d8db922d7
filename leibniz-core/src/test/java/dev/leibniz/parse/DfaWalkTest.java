package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The lexer's walk of its DFA ({@link DfaWalkingLexerSimulator}) makes exactly the tokens
 * ANTLR's own matching makes: the same types, indices, lines, columns and channel, blanks
 * skipped, EOF at the end, on the mix and on lines of random characters from every token,
 * blanks (new lines among them), letters past ASCII and characters outside the Basic
 * Multilingual Plane. Each line is lexed twice by the walking lexer: the first time ANTLR makes
 * the tokens whose moves its DFA does not have yet, the second time the walk makes every token
 * of an ASCII line (which is checked), and ANTLR still those at characters above 127.
 */
class DfaWalkTest {
  private static final String ALPHABET =
      "xyz sin(ln)e^<>[]{}+-*/**.*./.^'':=,0123456789.5e3E-\t\n\r  −·×÷πθ😀_a1é";

  @Test
  void theWalkMakesAntlrsTokensOnTheMix() throws IOException {
    for (String line : mix()) assertSameTokens(line);
  }

  @Test
  void theWalkMakesAntlrsTokensOnRandomLines() {
    Random random = new Random(13);
    int[] alphabet = ALPHABET.codePoints().toArray();
    int walked = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int length = random.nextInt(24); length > 0; length--) {
        line.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      LeibnizLexer lexer = assertSameTokens(line.toString());
      if (line.chars().allMatch(c -> c < 128)) {
        assertWalkedAgain(lexer, line.toString());
        walked++;
      }
    }
    assertTrue(walked > 500, walked + " ASCII lines");
  }

  @Test
  void blankAndEmptyLinesGiveEofAlone() {
    for (String line : List.of("", " ", "\t \n", "\n\n")) assertSameTokens(line);
  }

  /**
   * Once a lexer has read a line (which teaches the DFA its moves, and the simulator its moves on
   * end of input), it reads it again by the walk alone. A token the walk made was never stored
   * in the lexer (ANTLR's nextToken stores each in
   * {@code _token}): the walk leaves the lexer's fields alone, as it must to save the store.
   */
  @Test
  void aLineWhoseMovesAreKnownIsWalkedNotMatchedByAntlr() {
    String line = "e^<xz> + 2.5*sin(x)^2";
    LeibnizLexer lexer = walkingLexer();
    tokens(lexer, line);
    assertWalkedAgain(lexer, line);
  }

  /** Lexes {@code line} again with {@code lexer}, which has read it, and sees every token walked. */
  private static void assertWalkedAgain(LeibnizLexer lexer, String line) {
    lexer.setInputStream(LineCharStream.of(line));
    int type;
    do {
      Token t = lexer.nextToken();
      assertNotSame(t, lexer.getToken(), () -> "ANTLR made " + t + " of " + visible(line));
      type = t.getType();
    } while (type != Token.EOF);
  }

  /** Without the walking simulator the lexer is ANTLR's, which stores each token it makes. */
  @Test
  void antlrsLexerStoresEachToken() {
    LeibnizLexer lexer = antlrLexer();
    lexer.setInputStream(LineCharStream.of("x + 1"));
    Token t = lexer.nextToken();
    assertSame(t, lexer.getToken());
  }

  /** Compares two passes of the walking lexer over {@code line} with ANTLR's; returns it. */
  private static LeibnizLexer assertSameTokens(String line) {
    List<String> expected = tokens(antlrLexer(), line);
    LeibnizLexer walking = walkingLexer();
    assertEquals(expected, tokens(walking, line), () -> "first pass of " + visible(line));
    assertEquals(expected, tokens(walking, line), () -> "second pass of " + visible(line));
    return walking;
  }

  /** Every token of {@code line}, EOF included, with every field the parser and messages read. */
  private static List<String> tokens(LeibnizLexer lexer, String line) {
    lexer.setInputStream(LineCharStream.of(line));
    List<String> tokens = new ArrayList<>();
    for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
      tokens.add(t.getType() + " " + t.getStartIndex() + ".." + t.getStopIndex() + " @"
          + t.getLine() + ":" + t.getCharPositionInLine() + " ch" + t.getChannel() + " '"
          + t.getText() + "'");
      if (t.getType() == Token.EOF) break;
    }
    tokens.add("after: line " + lexer.getLine() + " column " + lexer.getCharPositionInLine());
    return tokens;
  }

  private static LeibnizLexer walkingLexer() {
    return LexerLoop.lexer(new LineCharStream(), true);
  }

  private static LeibnizLexer antlrLexer() {
    return LexerLoop.lexer(new LineCharStream(), false);
  }

  private static List<String> mix() throws IOException {
    try (InputStream in = DfaWalkTest.class.getResourceAsStream("/bench/mix-10k.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static String visible(String line) {
    return "'" + line.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
  }
}

package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.expr.ExprGenerator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random text, parsing succeeds or fails in words, at a column inside the input: texts of
 * up to 30 characters of {@link #ALPHABET}, one case per seed of {@link ExprGenerator}.
 */
class ParseErrorProperties {
  /** The characters of the language, plus junk it must refuse. */
  private static final String ALPHABET = "xyz0123456789+-*/^()<>[]{}.,eE sinlogqrt_@#é∂λ\t";
  private static final int MAX_LENGTH = 30;

  /** What ANTLR would say; none of it may reach a person. */
  private static final List<String> GRAMMAR_WORDS = List.of("NAME", "NUMBER", "LPAREN", "RPAREN",
      "LANGLE", "RANGLE", "LBRACK", "RBRACK", "LBRACE", "RBRACE", "CARET", "STARSTAR", "STAR",
      "SLASH", "PLUS", "MINUS", "COMMA", "UNKNOWN", "BAD_EXPONENT", "<EOF>", "EOF",
      "mismatched input", "extraneous", "expecting", "no viable alternative",
      "token recognition", "missing {", "rule ");

  static LongStream thousandSeeds() {
    return ExprGenerator.seeds(1000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("thousandSeeds")
  void parsingSucceedsOrFailsInWordsAtAColumnOfTheInput(long seed) {
    String text = new ExprGenerator(seed).text(ALPHABET, MAX_LENGTH);
    try {
      ExprParser.parse(text);
    } catch (ParseException e) {
      String message = e.getMessage();
      assertFalse(message.isBlank(), () -> "'" + text + "' gave a blank message");
      assertFalse(message.contains("\n"), () -> "'" + text + "' gave: " + message);
      for (String word : GRAMMAR_WORDS) {
        assertFalse(message.contains(word), () -> "'" + text + "' gave: " + message);
      }
      assertTrue(e.column() >= 1 && e.column() <= text.length() + 1,
          () -> "'" + text + "' gave column " + e.column());
      String[] lines = e.display().split("\n");
      assertEquals("error: " + message + " at column " + e.column(), lines[0], text);
      // Tabs before the column are copied into the caret line so the caret lines up.
      String before = text.substring(0, e.column() - 1).replaceAll("[^\t]", " ");
      assertEquals("  " + before + "^", lines[lines.length - 1], text);
    }
  }
}

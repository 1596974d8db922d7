package dev.leibniz.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over random text, parsing succeeds or fails in words, at a column inside the input. */
class ParseErrorProperties {
  /** The characters of the language, plus junk it must refuse. */
  private static final String ALPHABET = "xyz0123456789+-*/^()<>[]{}.,eE sinlogqrt_@#é∂λ\t";

  /** What ANTLR would say; none of it may reach a person. */
  private static final List<String> GRAMMAR_WORDS = List.of("NAME", "NUMBER", "LPAREN", "RPAREN",
      "LANGLE", "RANGLE", "LBRACK", "RBRACK", "LBRACE", "RBRACE", "CARET", "STARSTAR", "STAR",
      "SLASH", "PLUS", "MINUS", "COMMA", "UNKNOWN", "BAD_EXPONENT", "<EOF>", "EOF",
      "mismatched input", "extraneous", "expecting", "no viable alternative",
      "token recognition", "missing {", "rule ");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(30);
  }

  @Property(tries = 1000, seed = "20261123")
  void parsingSucceedsOrFailsInWordsAtAColumnOfTheInput(@ForAll("texts") String text) {
    try {
      ExprParser.parse(text);
    } catch (ParseException e) {
      String message = e.getMessage();
      assertFalse(message.isBlank(), text);
      assertFalse(message.contains("\n"), text);
      for (String word : GRAMMAR_WORDS) {
        assertFalse(message.contains(word), () -> "'" + text + "' gave: " + message);
      }
      assertTrue(e.column() >= 1 && e.column() <= text.length() + 1,
          () -> "'" + text + "' gave column " + e.column());
      String[] lines = e.display().split("\n");
      assertEquals("error: " + message + " at column " + e.column(), lines[0]);
      // Tabs before the column are copied into the caret line so the caret lines up.
      String before = text.substring(0, e.column() - 1).replaceAll("[^\t]", " ");
      assertEquals("  " + before + "^", lines[lines.length - 1]);
    }
  }
}

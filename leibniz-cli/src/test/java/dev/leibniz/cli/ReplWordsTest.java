package dev.leibniz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

/** Bare words the REPL reads as commands, {@code ans}, comments, and Tab completion. */
class ReplWordsTest {
  private final ReplSession session = new ReplSession(true);

  @Test
  void exitQuitAndHelpAreCommandsNotProducts() {
    assertEquals(ReplCommands.HELP, session.handle("help"));
    assertEquals(ReplCommands.HELP, session.handle("  Help "));
    assertFalse(session.finished());
    session.handle("exit");
    assertTrue(session.finished());
    ReplSession other = new ReplSession(false);
    other.handle("quit");
    assertTrue(other.finished());
    // Inside an expression they are still products: d/dh of h*e*l*p.
    assertEquals("e*l*p", new ReplSession(false).handle("d/dh help"));
  }

  @Test
  void ansAfterSeveralPartialsSaysHowToGetOne() {
    assertEquals("d/dx = z\nd/dz = x", session.handle("x*z"));
    String expected = "error: the last line gave one partial per variable (d/dx, d/dz), so ans "
        + "is not one expression: ask for one partial with d/dx EXPR, or :wrt x first";
    assertEquals(expected, session.handle("ans"));
    assertTrue(session.failed());
    assertEquals(expected, session.handle("d/dx"), "an operator alone applies to ans");
    assertEquals(expected, session.handle("2*ans + 1"));
    assertEquals("3*x^2", session.handle("x^3"));
    String second = session.handle("ans");
    assertEquals("6*x", second);
    Witness.assertPartial("3*x^2", List.of("x"), second, Map.of("x", 1.7));
  }

  @Test
  void aCommentMayFollowAnExpression() {
    String d = session.handle("x^3 # a cube");
    assertEquals("3*x^2", d);
    Witness.assertPartial("x^3", List.of("x"), d, Map.of("x", 1.7));
    assertEquals("", session.handle("   # alone"));
    assertFalse(session.failed());
  }

  private List<String> complete(String typed) {
    Parser parser = new ReplCompleter.WordParser();
    ParsedLine line = parser.parse(typed, typed.length());
    List<Candidate> candidates = new ArrayList<>();
    new ReplCompleter(session).complete(null, line, candidates);
    List<String> values = new ArrayList<>();
    for (Candidate c : candidates) values.add(c.value());
    return values;
  }

  @Test
  void tabAfterDSlashDOffersTheVariables() {
    session.handle("x*zeta + f1");
    assertEquals(List.of("df1", "dx", "dzeta"), sorted(complete("d/d")));
    assertEquals(List.of("df1", "dx", "dzeta"), sorted(complete("d2/dz")));
    assertEquals(List.of("df1", "dx", "dzeta"), sorted(complete("d/dx d^2/d")));
    assertFalse(complete("d/d").contains("digamma("));
    // Elsewhere, functions and names.
    List<String> elsewhere = complete("sin(d");
    assertTrue(elsewhere.contains("digamma("), elsewhere.toString());
    assertTrue(elsewhere.contains("x"), elsewhere.toString());
    assertTrue(complete(":q").contains(":quit"));
  }

  private static List<String> sorted(List<String> values) {
    List<String> copy = new ArrayList<>(values);
    copy.sort(null);
    return copy;
  }
}

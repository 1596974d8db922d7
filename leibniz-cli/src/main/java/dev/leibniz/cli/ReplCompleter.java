package dev.leibniz.cli;

import dev.leibniz.Leibniz;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Tab completion at the REPL's prompt: the commands at the start of a line; after the
 * {@code d/} of an operator ({@code d/d}, {@code d2/d}, {@code d^2/d}) the variables seen so
 * far, as {@code dx}, {@code dz}; anywhere else the function names (completed with their
 * opening parenthesis), the names defined and the variables seen.
 */
final class ReplCompleter implements Completer {
  /** The text before a word that makes the word an operator's variable: "d/", "d2/", "d^2/". */
  private static final Pattern OPERATOR_OPENING =
      Pattern.compile("(?:^|.*[^\\p{L}\\p{N}_])d(?:\\^?\\d+)?/", Pattern.DOTALL);

  private final ReplSession session;

  ReplCompleter(ReplSession session) {
    this.session = session;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (line.wordIndex() == 0 && line.word().startsWith(":")) {
      for (String c : ReplCommands.NAMES) candidates.add(new Candidate(c));
      return;
    }
    String before = line.line().substring(0, line.cursor() - line.wordCursor());
    if (OPERATOR_OPENING.matcher(before).matches()) {
      for (String v : session.variables()) {
        candidates.add(new Candidate("d" + v, "d" + v, "variables", null, null, null, true));
      }
      return;
    }
    for (String f : Leibniz.functionNames()) {
      // A function always takes a group: complete "si" to "sin(" and leave the line open.
      candidates.add(new Candidate(f + "(", f, "functions", null, null, null, false));
    }
    for (String w : session.words()) {
      candidates.add(new Candidate(w, w, "names", null, null, null, false));
    }
  }

  /**
   * Splits a line into words for completion at every character that cannot be part of a name,
   * and knows no quotes or escapes, which expressions never use.
   */
  static final class WordParser extends DefaultParser {
    WordParser() {
      setQuoteChars(new char[0]);
      setEscapeChars(new char[0]);
    }

    @Override
    public boolean isDelimiterChar(CharSequence buffer, int pos) {
      char c = buffer.charAt(pos);
      return !(Character.isLetterOrDigit(c) || c == '_' || c == ':');
    }
  }
}

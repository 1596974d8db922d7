package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.parse.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in which some whole words, names that stand for expressions, are replaced by
 * placeholders (fresh names written nowhere in it), and the way back: an error's column in the
 * edited text moved to the text as given. The one reading of "a whole word" for such names, the
 * scalar reader's ({@link NamedParse}) and the matrix reader's ({@link NamedMatrixParse}):
 * {@code 2f} holds the word {@code f}, {@code xf} does not.
 */
final class WordEdit {
  /** Scanned left to right, so each match is a whole word: {@code 2f} holds {@code f}. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  /** Where a word was replaced: its span in the text given and in the text edited. */
  private record Span(int from, int to, int editedFrom, int editedTo) {}

  private final String text;
  private final StringBuilder edited = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
  private final Map<String, String> placeholders = new LinkedHashMap<>();
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private int fresh;

  private WordEdit(String text) {
    this.text = text;
  }

  /**
   * {@code text} with each whole word of {@code words} that starts before {@code end} replaced
   * by its placeholder (one per word, however often it is written).
   */
  static WordEdit of(String text, int end, Set<String> words) {
    WordEdit edit = new WordEdit(text);
    edit.edit(end, words);
    return edit;
  }

  /** The words of {@code words} that {@code text} writes whole before {@code end}, in order. */
  static List<String> used(String text, int end, Set<String> words) {
    return new ArrayList<>(of(text, end, words).placeholders.keySet());
  }

  /** True when no word was replaced: the edited text is the text given. */
  boolean unchanged() {
    return spans.isEmpty();
  }

  /** The text with the placeholders in place. */
  String edited() {
    return unchanged() ? text : edited.toString();
  }

  /** Each word replaced and its placeholder, in the order first written. */
  Map<String, String> placeholders() {
    return Collections.unmodifiableMap(placeholders);
  }

  /** The 1-based column in the text given where {@code word} is first written. */
  int column(String word) {
    return columns.getOrDefault(word, 0);
  }

  private void edit(int end, Set<String> words) {
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find() && m.start() < end) {
      String word = m.group();
      if (!words.contains(word)) continue;
      edited.append(text, at, m.start());
      int editedFrom = edited.length();
      edited.append(placeholder(word));
      columns.putIfAbsent(word, m.start() + 1);
      spans.add(new Span(m.start(), m.end(), editedFrom, edited.length()));
      at = m.end();
    }
    if (!spans.isEmpty()) edited.append(text, at, text.length());
  }

  /** The fresh name standing for {@code word}: one not written anywhere in the text. */
  private String placeholder(String word) {
    String known = placeholders.get(word);
    if (known != null) return known;
    String name;
    do {
      name = "v_" + (++fresh);
    } while (text.contains(name));
    placeholders.put(word, name);
    return name;
  }

  /**
   * The same error, about the text as given: its column moved back over the replacements, and
   * each placeholder its words name ({@code v_1 + v}, an operand quoted or printed) put back as
   * the word written ({@code f + v}), so no message shows a name the user never wrote.
   */
  LeibnizException inTextGiven(LeibnizException e) {
    if (unchanged()) return e;
    String message = asWritten(e.getMessage());
    boolean here = e.column() > 0 && edited.toString().equals(e.input());
    String input = here ? text : e.input();
    int column = here ? originalColumn(e.column()) : e.column();
    return e instanceof ParseException p ? p.at(input, column, this::asWritten)
        : new LeibnizException(message, input, column);
  }

  /** {@code words} with each whole-word placeholder replaced by the word it stands for. */
  String asWritten(String words) {
    if (words == null || unchanged()) return words;
    Map<String, String> back = new LinkedHashMap<>();
    placeholders.forEach((word, placeholder) -> back.put(placeholder, word));
    Matcher m = WORD.matcher(words);
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (m.find()) {
      String word = back.get(m.group());
      if (word == null) continue;
      out.append(words, at, m.start()).append(word);
      at = m.end();
    }
    return out.append(words, at, words.length()).toString();
  }

  private int originalColumn(int editedColumn) {
    int index = editedColumn - 1;
    int shift = 0;
    for (Span s : spans) {
      if (index < s.editedFrom()) break;
      if (index < s.editedTo()) return s.from() + 1;
      shift += (s.to() - s.from()) - (s.editedTo() - s.editedFrom());
    }
    return index + shift + 1;
  }
}

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Var;
import dev.leibniz.parse.ExprParser;
import dev.leibniz.parse.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads text in which some whole words name expressions ({@link Expression#parse(String, Map)}).
 * Each such word is read as one fresh variable (so the parser never splits it into letters),
 * and that variable is then replaced by the word's expression in the tree: no expression is
 * printed and read back. An error's column is moved back to the text as given.
 */
final class NamedParse {
  /** Scanned left to right, so each match is a whole word: {@code 2f} holds {@code f}. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

  /** Where a word was replaced: its span in the text given and in the text parsed. */
  private record Span(int from, int to, int editedFrom, int editedTo) {}

  private final String text;
  private final StringBuilder edited = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
  private final Map<String, String> freshByWord = new LinkedHashMap<>();
  private final Map<String, Expr> replacements = new HashMap<>();
  private int fresh;

  private NamedParse(String text) {
    this.text = text;
  }

  /**
   * The expression {@code text} reads as when each whole word that is a key of {@code names}
   * stands for its value; a key mapped to null is read as one variable of that name.
   */
  static Expr parse(String text, Map<String, Expression> names) {
    return new NamedParse(text).read(names);
  }

  /**
   * The input {@code text} as written ({@link AsWritten}), each name's canonical tree in its
   * place, each name's expression kept to be defined too; null where the text names none.
   */
  static AsWritten asWritten(String text, Map<String, Expression> names) {
    NamedParse parse = new NamedParse(text);
    if (!parse.edit(names)) return null;
    List<Expression> named = new ArrayList<>();
    for (String word : parse.freshByWord.keySet()) {
      if (names.get(word) != null) named.add(names.get(word));
    }
    return AsWritten.read(parse.edited.toString(), parse.replacements, named);
  }

  private Expr read(Map<String, Expression> names) {
    if (!edit(names)) return ExprParser.parse(text);
    Expr parsed;
    try {
      parsed = ExprParser.parse(edited.toString());
    } catch (LeibnizException e) {
      throw inTextGiven(e);
    }
    return Substitution.apply(parsed, replacements);
  }

  /**
   * Writes {@link #edited}: the text with each whole word that names an expression replaced by
   * its placeholder. False when no word does (the text is read as it is).
   */
  private boolean edit(Map<String, Expression> names) {
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find()) {
      String word = m.group();
      if (!names.containsKey(word)) continue;
      edited.append(text, at, m.start());
      int editedFrom = edited.length();
      edited.append(placeholder(word, names.get(word)));
      spans.add(new Span(m.start(), m.end(), editedFrom, edited.length()));
      at = m.end();
    }
    if (spans.isEmpty()) return false;
    edited.append(text, at, text.length());
    return true;
  }

  /** The fresh variable standing for {@code word}: one not written anywhere in the text. */
  private String placeholder(String word, Expression value) {
    String known = freshByWord.get(word);
    if (known != null) return known;
    String name;
    do {
      name = "v_" + (++fresh);
    } while (text.contains(name));
    freshByWord.put(word, name);
    replacements.put(name, value == null ? new Var(word) : value.tree());
    return name;
  }

  /** The same error, about the text as given: its column moved back over the replacements. */
  private LeibnizException inTextGiven(LeibnizException e) {
    if (e.column() <= 0 || !edited.toString().equals(e.input())) return e;
    int column = originalColumn(e.column());
    return e instanceof ParseException p ? p.at(text, column)
        : new LeibnizException(e.getMessage(), text, column);
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

package dev.leibniz;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.Var;
import dev.leibniz.parse.ExprParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads text in which some whole words name expressions ({@link Expression#parse(String, Map)}).
 * Each such word is read as one fresh variable (so the parser never splits it into letters),
 * and that variable is then replaced by the word's expression in the tree: no expression is
 * printed and read back. A name that a letter run splits off ({@code k} of {@code kx}) is read
 * as the variable it is and replaced alike. An error's column is moved back to the text as given
 * ({@link WordEdit}).
 */
final class NamedParse {
  private NamedParse() {}

  /**
   * The expression {@code text} reads as when each whole word that is a key of {@code names}
   * stands for its value; a key mapped to null is read as one variable of that name.
   */
  static Expr parse(String text, Map<String, Expression> names) {
    NamedMatrixParse.refuseDeclared(text, names);
    WordEdit edit = WordEdit.of(text, text.length(), names.keySet());
    Expr parsed;
    try {
      parsed = ExprParser.parse(edit.edited());
    } catch (LeibnizException e) {
      throw edit.inTextGiven(e);
    }
    Map<String, Expr> replacements = replacements(edit, names);
    inLetterRuns(names).forEach((name, value) -> replacements.put(name, value.tree()));
    return Substitution.apply(parsed, replacements);
  }

  /**
   * The input {@code text} as written ({@link AsWritten}), each name's canonical tree in its
   * place, each name's expression the text uses kept to be defined too.
   */
  static AsWritten asWritten(String text, Map<String, Expression> names) {
    WordEdit edit = WordEdit.of(text, text.length(), names.keySet());
    List<Expression> named = new ArrayList<>();
    for (String word : edit.placeholders().keySet()) {
      if (names.get(word) != null) named.add(names.get(word));
    }
    return AsWritten.read(edit.edited(), replacements(edit, names), named)
        .substituted(inLetterRuns(names));
  }

  /**
   * The names with a value, by the variable each is read as, for the variables that a letter run
   * splits off: with {@code k := 3}, {@code kx^2} reads as {@code k*x^2}, and that k is the
   * name, 3, as it is in {@code k*x^2} (whole words were replaced before the parse).
   */
  private static Map<String, Expression> inLetterRuns(Map<String, Expression> names) {
    Map<String, Expression> out = new HashMap<>();
    names.forEach((name, value) -> {
      String variable = value == null ? null : VariableNames.orNull(name);
      if (variable != null) out.put(variable, value);
    });
    return out;
  }

  /** Each placeholder's tree: its word's expression, or the word as one variable. */
  private static Map<String, Expr> replacements(WordEdit edit, Map<String, Expression> names) {
    Map<String, Expr> out = new HashMap<>();
    edit.placeholders().forEach((word, placeholder) -> {
      Expression value = names.get(word);
      out.put(placeholder, value == null ? new Var(word) : value.tree());
    });
    return out;
  }
}

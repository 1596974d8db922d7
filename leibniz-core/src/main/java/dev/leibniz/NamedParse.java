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
 * printed and read back. An error's column is moved back to the text as given
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
    if (edit.unchanged()) return ExprParser.parse(text);
    Expr parsed;
    try {
      parsed = ExprParser.parse(edit.edited());
    } catch (LeibnizException e) {
      throw edit.inTextGiven(e);
    }
    return Substitution.apply(parsed, replacements(edit, names));
  }

  /**
   * The input {@code text} as written ({@link AsWritten}), each name's canonical tree in its
   * place, each name's expression kept to be defined too; null where the text names none.
   */
  static AsWritten asWritten(String text, Map<String, Expression> names) {
    WordEdit edit = WordEdit.of(text, text.length(), names.keySet());
    if (edit.unchanged()) return null;
    List<Expression> named = new ArrayList<>();
    for (String word : edit.placeholders().keySet()) {
      if (names.get(word) != null) named.add(names.get(word));
    }
    return AsWritten.read(edit.edited(), replacements(edit, names), named);
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

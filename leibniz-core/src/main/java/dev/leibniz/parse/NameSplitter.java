package dev.leibniz.parse;

import dev.leibniz.expr.Constant;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of letters into the names it is made of (LANGUAGE.md): left to right, at each
 * position the longest reserved word (function, constant or Greek name) that starts there, else
 * one letter; a variable takes the digits and {@code _subscript} that follow it. No
 * backtracking: {@code xsin} is x, sin; {@code psin} is psi, n; {@code ex} is e, x.
 */
final class NameSplitter {
  /**
   * One name of a run, with its offset in the run; {@code value} is the expression a variable
   * or constant stands for (null for a function name), built once with the piece.
   */
  record Piece(int offset, String text, String variable, Constant constant, MathFunction function,
      boolean pseudoFunction, Expr value) {
    boolean isFunction() {
      return function != null || pseudoFunction;
    }
  }

  private NameSplitter() {}

  /**
   * The pieces of {@code run}; {@code column} is the run's 1-based column, for errors in
   * {@code line}.
   */
  static List<Piece> split(String run, String line, int column) {
    List<Piece> pieces = new ArrayList<>(2);
    boolean capitals = hasCapitals(run);
    int i = 0;
    while (i < run.length()) {
      char c = run.charAt(i);
      if (Character.isDigit(c)) {
        throw new ParseException("digits must follow a variable, not '" + pieces.get(
            pieces.size() - 1).text() + "'", line, column + i);
      }
      if (c == '_') {
        throw new ParseException("'_' must follow a variable", line, column + i);
      }
      ReservedNames.Word word = ReservedNames.longestAt(run, i);
      if (capitals) Misspellings.refuseMiscapitalised(run, i, word, line, column);
      if (word != null && word.kind() != ReservedNames.Kind.GREEK) {
        boolean pseudo = word.function() == null && word.constant() == null;
        pieces.add(new Piece(i, word.text(), null, word.constant(), word.function(), pseudo,
            word.constant()));
        i += word.text().length();
        continue;
      }
      String stem;
      int end;
      if (word != null) {
        stem = word.text();
        end = i + stem.length();
      } else {
        stem = ReservedNames.greekLetterName(c);
        end = i + 1;
      }
      if ("pi".equals(stem)) {
        pieces.add(new Piece(i, "π", null, Constant.PI, null, false, Constant.PI));
        i = end;
        continue;
      }
      int suffixEnd = suffixEnd(run, end, line, column);
      String text = run.length() == suffixEnd - i ? run : run.substring(i, suffixEnd);
      String variable = suffixEnd == end ? stem : stem + run.substring(end, suffixEnd);
      pieces.add(new Piece(i, text, variable, null, null, false, Expr.var(variable)));
      i = suffixEnd;
    }
    return pieces;
  }

  private static boolean hasCapitals(String run) {
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c >= 'A' && c <= 'Z') return true;
    }
    return false;
  }

  /** The end of the digits and {@code _subscript} after a variable's letter. */
  private static int suffixEnd(String run, int from, String line, int column) {
    int j = from;
    while (j < run.length() && Character.isDigit(run.charAt(j))) j++;
    if (j < run.length() && run.charAt(j) == '_') {
      int k = j + 1;
      while (k < run.length() && Character.isLetterOrDigit(run.charAt(k))
          && run.charAt(k) < 128) {
        k++;
      }
      if (k == j + 1) throw new ParseException("subscript expected after '_'", line, column + j);
      j = k;
    }
    return j;
  }
}

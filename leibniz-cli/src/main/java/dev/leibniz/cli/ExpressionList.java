package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.ArrayList;
import java.util.List;

/**
 * Several expressions written as one argument, separated by commas outside any group:
 * {@code "x*y, x + y, log(2, x)"} is three expressions (the comma of {@code log(2, x)} is inside
 * its group). A parse error's column counts from the start of the whole argument.
 */
final class ExpressionList {
  private ExpressionList() {}

  static List<Expression> parse(String text) {
    List<Expression> expressions = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (c == '(' || c == '<' || c == '[' || c == '{') depth++;
      if (c == ')' || c == '>' || c == ']' || c == '}') depth--;
      if (c == ',' && depth <= 0) {
        expressions.add(parsePiece(text, start, i));
        start = i + 1;
      }
    }
    return expressions;
  }

  private static Expression parsePiece(String text, int from, int to) {
    try {
      return Expression.parse(text.substring(from, to));
    } catch (LeibnizException e) {
      // The first piece's columns are the text's: its error as it is, a vector or matrix
      // refusal included (the command's handler words that one).
      if (e.column() <= 0 || from == 0) throw e;
      throw new LeibnizException(e.getMessage(), text, e.column() + from);
    }
  }
}

package dev.leibniz.parse;

import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import dev.leibniz.matrix.Reduction;
import java.util.List;

/**
 * A call on scalars: {@code log(b, x) = ln(x)/ln(b)}, {@code sqrt(u) = u^(1/2)},
 * {@code exp(u) = e^u}, a reduction on a scalar ({@link ScalarReductions}), or a function of
 * the table applied to its one argument.
 */
final class ScalarCalls {
  private ScalarCalls() {}

  /**
   * The most arguments {@code piece} takes before its call is refused for its shape alone:
   * two for {@code log} (a base and an argument), one for a function; a reduction checks its
   * own arity once its arguments are read.
   */
  static int mostArguments(NameSplitter.Piece piece) {
    if (isLog(piece)) return 2;
    return reductionOf(piece) != null ? Integer.MAX_VALUE : 1;
  }

  /** The message for more than {@link #mostArguments} arguments. */
  static String tooManyArguments(NameSplitter.Piece piece) {
    return isLog(piece) ? "'log' takes one argument, or a base and an argument"
        : "'" + piece.text() + "' takes one argument";
  }

  /** The call of {@code piece} on {@code args}, at most {@link #mostArguments} of them. */
  static Expr of(NameSplitter.Piece piece, List<Expr> args, String line, int column) {
    if (args.size() == 2 && isLog(piece)) {
      return Expr.quotient(Expr.call(MathFunction.LN, args.get(1)),
          Expr.call(MathFunction.LN, args.get(0)));
    }
    Reduction reduction = reductionOf(piece);
    if (reduction != null) return ScalarReductions.of(reduction, args, line, column);
    return of(piece, args.get(0), line, column);
  }

  /** The call of {@code piece} on its one argument {@code u}, without a list of arguments. */
  static Expr of(NameSplitter.Piece piece, Expr u, String line, int column) {
    if (piece.function() != null) return Expr.call(piece.function(), u);
    Reduction reduction = reductionOf(piece);
    if (reduction != null) return ScalarReductions.of(reduction, List.of(u), line, column);
    return ReservedNames.SQRT.equals(piece.text()) ? Expr.sqrt(u) : Expr.exp(u);
  }

  /**
   * The reduction {@code piece} names, or null: never a function of the table, nor
   * {@code sqrt}, {@code exp} or {@code log}, which are told apart by their text without a
   * look-up in the reductions' table (the common calls of a line).
   */
  private static Reduction reductionOf(NameSplitter.Piece piece) {
    if (piece.function() != null) return null;
    String text = piece.text();
    if (ReservedNames.SQRT.equals(text) || ReservedNames.EXP.equals(text) || "log".equals(text)) {
      return null;
    }
    return Reduction.named(text);
  }

  private static boolean isLog(NameSplitter.Piece piece) {
    return "log".equals(piece.text());
  }
}

package dev.leibniz.parse;

import dev.leibniz.error.LeibnizException;
import java.util.function.UnaryOperator;

/**
 * Text that is not an expression of the language: the first problem found, with its column.
 * The message names the problem as a person would ({@code missing ')'},
 * {@code unknown function 'sine'}), never by grammar token names.
 */
public class ParseException extends LeibnizException {
  private static final long serialVersionUID = 1L;

  /** What makes the text a vector or matrix expression, for the scalar reader; else null. */
  private final String nonScalar;

  /** A problem at the 1-based {@code column} of {@code input}. */
  public ParseException(String message, String input, int column) {
    this(message, input, column, null);
  }

  private ParseException(String message, String input, int column, String nonScalar) {
    super(message, input, column);
    this.nonScalar = nonScalar;
  }

  /**
   * The scalar reader's refusal of a vector or matrix expression: {@code nonScalar} says what
   * makes it one ({@code 'x' is declared 3}, {@code ones(3) is not a scalar}), {@code advice}
   * what to do, so that a front end can give advice of its own instead ({@link #nonScalar()}).
   */
  static ParseException nonScalar(String nonScalar, String advice, String input, int column) {
    return new ParseException(nonScalar + ": " + advice, input, column, nonScalar);
  }

  /**
   * For text refused because it holds a vector or matrix: what makes it one
   * ({@code 'x' is declared 3}); null for any other problem.
   */
  public String nonScalar() {
    return nonScalar;
  }

  /**
   * The same problem, about {@code text} at its 1-based {@code column}, its words (the message
   * and {@link #nonScalar()}) passed through {@code reword}: a reader that put fresh names in
   * the text it parsed puts the names written back ({@code v_1 + v} is {@code f + v}).
   */
  public ParseException at(String text, int column, UnaryOperator<String> reword) {
    return new ParseException(reword.apply(getMessage()), text, column,
        nonScalar == null ? null : reword.apply(nonScalar));
  }

  /**
   * The same refusal of a vector or matrix expression with another {@code advice} after what
   * makes it one, for a front end that words its own: {@code 'x' is declared 3: advice}.
   *
   * @throws IllegalStateException if this is not such a refusal ({@link #nonScalar()} is null)
   */
  public ParseException withAdvice(String advice) {
    if (nonScalar == null) throw new IllegalStateException("not a vector or matrix refusal");
    return nonScalar(nonScalar, advice, input(), column());
  }
}

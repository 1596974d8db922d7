package dev.leibniz.cli;

import dev.leibniz.Derivative;
import dev.leibniz.error.LeibnizException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What {@code ans} means after a REPL line that showed several partials ({@code x*z} gives
 * {@code d/dx = z} and {@code d/dz = x}): nothing, since {@code ans} is one expression and the
 * language has no vectors. A line that uses it is refused with how to get a single result.
 */
final class SeveralPartials {
  /** {@code ans} as a whole word, as {@link Substitutions} reads it. */
  private static final Pattern ANS = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])" + Substitutions.ANSWER + "(?![\\p{L}\\p{N}_])");

  private SeveralPartials() {}

  /**
   * Throws if {@code text} uses {@code ans} while the last result is {@code partials}, several.
   *
   * @throws LeibnizException naming the partials and how to ask for one
   */
  static void refuseAnswer(String text, List<Derivative> partials) {
    if (!ANS.matcher(text).find()) return;
    StringJoiner labels = new StringJoiner(", ");
    for (Derivative p : partials) labels.add(p.label());
    Derivative first = partials.get(0);
    throw new LeibnizException("the last line gave one partial per variable (" + labels
        + "), so ans is not one expression: ask for one partial with " + first.label()
        + " EXPR, or :wrt " + first.variables().get(0) + " first");
  }
}

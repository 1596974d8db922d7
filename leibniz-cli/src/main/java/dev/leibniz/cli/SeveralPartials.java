package dev.leibniz.cli;

import java.util.List;

/**
 * What {@code ans} means after a REPL line that showed several partials ({@code x*z} gives
 * {@code d/dx = z} and {@code d/dz = x}; {@code W x} gives {@code d/dW} and {@code d/dx}):
 * nothing, since {@code ans} is one expression. A line that uses it is refused with how to get
 * a single result.
 */
final class SeveralPartials {
  private SeveralPartials() {}

  /**
   * The refusal of {@code ans} after partials labelled {@code labels}, the first by
   * {@code firstVariable}: names the partials and how to ask for one.
   */
  static String refusal(List<String> labels, String firstVariable) {
    return "the last line gave one partial per variable (" + String.join(", ", labels)
        + "), so ans is not one expression: ask for one partial with " + labels.get(0)
        + " EXPR, or :wrt " + firstVariable + " first";
  }
}

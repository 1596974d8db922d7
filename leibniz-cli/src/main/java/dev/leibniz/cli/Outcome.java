package dev.leibniz.cli;

/**
 * What one batch line produced: the text to write (null for nothing) and whether it counts as
 * an answer, an error or neither (a blank line or a comment).
 */
record Outcome(String text, Status status) {
  /** How a line counts in the summary. */
  enum Status { OK, ERROR, PASSED_OVER }

  static Outcome ok(String text) {
    return new Outcome(text, Status.OK);
  }

  static Outcome error(String text) {
    return new Outcome(text, Status.ERROR);
  }

  static Outcome passedOver(String text) {
    return new Outcome(text, Status.PASSED_OVER);
  }
}

package dev.leibniz.cli;

import dev.leibniz.check.CheckReport;
import dev.leibniz.check.CrossCheck;

/**
 * The numerical proof of a derivative the front ends show ({@code diff --check},
 * {@code :check}): the symbolic answer, reverse mode, forward mode and finite differences must
 * agree at random points ({@link CrossCheck}).
 */
final class Checks {
  /** Random points per check, and their seed: the same answer is checked the same way. */
  private static final int POINTS = 5;
  private static final long SEED = 1;

  /**
   * Whether the check passed, whether it was skipped (no point of the domain found: it proved
   * nothing, though nothing failed), and one line saying so.
   */
  record Verdict(boolean ok, boolean skipped, String line) {}

  private Checks() {}

  /** Checks {@code p}; a derivative by no variable (the function itself) needs no check. */
  static Verdict check(Partial p) {
    if (p.chain().isEmpty()) return new Verdict(true, false, "check: ok — nothing to differentiate");
    CheckReport report =
        CrossCheck.check(p.function().tree(), p.chain(), p.result().tree(), POINTS, SEED);
    return new Verdict(report.ok(), report.ok() && report.points().isEmpty(), report.summary());
  }
}

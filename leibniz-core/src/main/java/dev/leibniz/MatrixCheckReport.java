package dev.leibniz;

import dev.leibniz.matrix.MatrixCheck;
import java.util.Locale;

/**
 * The verdict of {@link MatrixDerivative#check()}: whether the symbolic derivative agreed,
 * entry by entry, with finite differences and with reverse mode at seeded random matrices, and
 * a one-line summary ({@code check: ok — 36 entries at 3 random points agree ...}).
 */
public final class MatrixCheckReport {
  private final MatrixCheck.Report report;

  MatrixCheckReport(MatrixCheck.Report report) {
    this.report = report;
  }

  public boolean ok() {
    return report.ok();
  }

  /** The number of entries compared with finite differences. */
  public int compared() {
    return report.compared();
  }

  /** The largest relative gap to finite differences. */
  public double worst() {
    return report.worst();
  }

  public String summary() {
    if (report.points() == 0) return "check: not done — " + report.failure();
    if (!report.ok()) return "check: FAILED — " + report.failure();
    String with = report.reverseMode() ? "symbolic, reverse mode and finite differences"
        : "symbolic and finite differences (sizes over 6: no reverse mode)";
    String sample = report.sampled() ? String.format(Locale.ROOT, ", finite differences by a "
        + "seeded sample of %d of the variable's %d entries at each point", report.moved(),
        report.variableEntries()) : "";
    return String.format(Locale.ROOT, "check: ok — %s agree on %d entries at %d random points "
        + "(largest relative gap %.1e)%s", with, report.compared(), report.points(),
        report.worst(), sample);
  }

  @Override
  public String toString() {
    return summary();
  }
}

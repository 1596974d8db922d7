package dev.leibniz;

import dev.leibniz.matrix.MatrixCheck;
import java.util.List;
import java.util.Locale;

/**
 * The verdict of {@link MatrixDerivative#check()}: whether the symbolic derivative agreed,
 * entry by entry, with finite differences and with reverse mode at seeded random matrices, and
 * a one-line summary ({@code check: ok — 36 entries at 3 random points agree ...}). A derivative
 * of higher order is proven step by step (each step the derivative of the one before), and the
 * summary adds the steps up; the first failing step is named. A check that found no point in
 * the domain says {@code check: skipped — no point in the domain was found}, as the scalar check
 * does ({@link CheckReport}): nothing disagreed, so it is {@link #ok()}, and it is
 * {@link #skipped()}, since nothing was proven.
 */
public final class MatrixCheckReport {
  private final List<MatrixCheck.Report> steps;
  private final List<String> variables;

  /** The reports of the steps done, in order (a failed one last), for the chain variables. */
  MatrixCheckReport(List<MatrixCheck.Report> steps, List<String> variables) {
    this.steps = List.copyOf(steps);
    this.variables = List.copyOf(variables);
  }

  /**
   * True if every entry compared agreed, as {@link CheckReport#ok()}; false if one disagreed or
   * a step was not done (too large). A check that found no point in the domain compared nothing
   * and is ok: ask {@link #skipped()} whether anything was proven.
   */
  public boolean ok() {
    return steps.stream().allMatch(s -> s.agreed() || s.skipped());
  }

  /**
   * True if a step found no point in the domain (every value drawn made the function or the
   * derivative not finite), so that nothing was compared and nothing proven.
   */
  public boolean skipped() {
    return !steps.isEmpty() && steps.get(steps.size() - 1).skipped();
  }

  /** The number of entries compared with finite differences. */
  public int compared() {
    return steps.stream().mapToInt(MatrixCheck.Report::compared).sum();
  }

  /** The largest relative gap to finite differences. */
  public double worst() {
    return steps.stream().mapToDouble(MatrixCheck.Report::worst).max().orElse(0);
  }

  public String summary() {
    if (steps.isEmpty()) return "check: ok — nothing to differentiate";
    MatrixCheck.Report last = steps.get(steps.size() - 1);
    String step = steps.size() == 1 && variables.size() == 1 ? ""
        : "step " + steps.size() + " (d/d" + variables.get(steps.size() - 1) + " of "
            + describe(variables.subList(0, steps.size() - 1)) + "): ";
    if (last.skipped()) return "check: skipped — " + step + MatrixCheck.NO_POINT;
    if (last.points() == 0) return "check: not done — " + step + reason(last, "no point drawn");
    if (!last.agreed()) return "check: FAILED — " + step + reason(last, "no reason given");
    boolean reverseMode = steps.stream().allMatch(MatrixCheck.Report::reverseMode);
    String with = reverseMode ? "symbolic, reverse mode and finite differences"
        : "symbolic and finite differences (sizes over 6: no reverse mode)";
    String sample = "";
    for (MatrixCheck.Report r : steps) {
      if (!r.sampled()) continue;
      sample = String.format(Locale.ROOT, ", finite differences by a seeded sample of %d of "
          + "the variable's %d entries at each point", r.moved(), r.variableEntries());
      break;
    }
    String stepwise = steps.size() > 1 ? ", step by step through " + steps.size() + " steps" : "";
    return String.format(Locale.ROOT, "check: ok — %s agree on %d entries at %d random points%s "
        + "(largest relative gap %.1e)%s", with, compared(), last.points(), stepwise, worst(),
        sample);
  }

  /** The step's failure in words, or {@code otherwise} if it has none: never "null". */
  private static String reason(MatrixCheck.Report r, String otherwise) {
    return r.failure() == null ? otherwise : r.failure();
  }

  /** The function, or the derivative the step starts from. */
  private static String describe(List<String> before) {
    return before.isEmpty() ? "the function" : OperatorLabel.of(before);
  }

  @Override
  public String toString() {
    return summary();
  }
}

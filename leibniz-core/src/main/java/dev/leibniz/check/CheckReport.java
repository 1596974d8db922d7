package dev.leibniz.check;

import java.util.List;

/**
 * The outcome of a cross-check: whether the four ways of differentiating agreed, the largest
 * relative disagreement seen, the points used, and, on failure, where and how they disagreed.
 *
 * @param ok true if every method agreed with the symbolic answer within tolerance at every point
 * @param maxDisagreement the largest relative disagreement between any method and the symbolic
 *     answer, over all points
 * @param variables the variables, in the order of each point's coordinates
 * @param points the points used (each a value per variable)
 * @param failure on failure, one line naming the point and the values that disagree; else null
 */
public record CheckReport(boolean ok, double maxDisagreement, List<String> variables,
    List<double[]> points, String failure) {

  /** One line for a person: {@code check: ok — ... agree to 3e-11 at 5 points}. */
  public String summary() {
    if (!ok) return "check: FAILED — " + failure;
    if (points.isEmpty()) return "check: skipped — no point in the domain was found";
    return String.format("check: ok — symbolic, reverse mode, forward mode and finite "
        + "differences agree to %.0e at %d points", Math.max(maxDisagreement, 1e-16),
        points.size());
  }
}

package dev.leibniz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numerical proof of a {@link Derivative}: whether four independent ways of computing it
 * agreed (the symbolic answer evaluated, reverse mode on the compiled tape, forward mode, and
 * central finite differences with Richardson extrapolation), the largest relative disagreement
 * seen, and the points compared at. The exact methods must agree to 1e-8, finite differences
 * to 1e-5; a point where the function or the answer is not finite, or where finite differences
 * are ill-conditioned (a kink or a pole nearby), is not used.
 *
 * <pre>{@code
 * CheckReport r = Expression.parse("x^2*sin(x)").derivation("x").check();
 * r.ok();        // true
 * r.summary();   // check: ok — symbolic, reverse mode, forward mode and finite differences ...
 * }</pre>
 */
public final class CheckReport {
  private final boolean ok;
  private final double maxDisagreement;
  private final List<Map<String, Double>> points;
  private final String failure;
  private final String summary;
  private final boolean needed;

  private CheckReport(boolean ok, double maxDisagreement, List<Map<String, Double>> points,
      String failure, String summary, boolean needed) {
    this.ok = ok;
    this.maxDisagreement = maxDisagreement;
    this.points = points;
    this.failure = failure;
    this.summary = summary;
    this.needed = needed;
  }

  /** The report of the core's cross-check. */
  static CheckReport of(dev.leibniz.check.CheckReport report) {
    List<Map<String, Double>> points = new ArrayList<>(report.points().size());
    for (double[] x : report.points()) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (int i = 0; i < x.length; i++) point.put(report.variables().get(i), x[i]);
      points.add(Collections.unmodifiableMap(point));
    }
    return new CheckReport(report.ok(), report.maxDisagreement(), List.copyOf(points),
        report.failure(), report.summary(), true);
  }

  /** The report for a derivative by no variable, which is the function itself: nothing to prove. */
  static CheckReport nothingToDifferentiate() {
    return new CheckReport(true, 0, List.of(), null, "check: ok — nothing to differentiate",
        false);
  }

  /** True if every method agreed with the symbolic answer at every point used. */
  public boolean ok() {
    return ok;
  }

  /**
   * True if no point could be used (each one tried was outside the domain, or finite
   * differences could not be trusted there), so that nothing was proven; false for a derivative
   * by no variable, which needs no proof.
   */
  public boolean skipped() {
    return needed && points.isEmpty();
  }

  /** The largest relative disagreement between any method and the symbolic answer. */
  public double maxDisagreement() {
    return maxDisagreement;
  }

  /** The points compared at, each a value per variable. */
  public List<Map<String, Double>> points() {
    return points;
  }

  /** On failure, where and how the methods disagreed, naming the point and the four values. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * One line for a person: {@code check: ok — ... agree to 3e-11 at 5 points},
   * {@code check: FAILED — at x = ...}, {@code check: skipped — ...} or
   * {@code check: ok — nothing to differentiate}.
   */
  public String summary() {
    return summary;
  }

  /** The {@link #summary()}. */
  @Override
  public String toString() {
    return summary;
  }
}

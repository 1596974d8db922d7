package dev.leibniz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --at x=2,z=3} option of {@code eval}, {@code grad}, {@code hessian} and
 * {@code graph}, as a picocli mixin: a variable without a value is reported by name when the
 * expression is evaluated.
 */
final class PointOption {
  @Option(names = "--at", paramLabel = "POINT",
      description = "values of the variables, e.g. x=2,z=3 (repeatable)")
  private List<String> at = new ArrayList<>();

  /** The values given, by variable. */
  Map<String, Double> point() {
    return Points.parse(at);
  }
}

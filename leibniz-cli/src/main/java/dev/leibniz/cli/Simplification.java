package dev.leibniz.cli;

import dev.leibniz.Derivative;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --simplify full|none}: whether a derivative is shown in the shortest form the simplifier
 * finds ({@link Derivative#simplified()}, the default), or in the canonical form the rules build,
 * which costs nothing more and suits throughput.
 */
enum Simplification {
  FULL, NONE;

  /** The derivatives as this option shows them. */
  List<Derivative> apply(List<Derivative> partials) {
    if (this == NONE) return partials;
    List<Derivative> out = new ArrayList<>(partials.size());
    for (Derivative p : partials) out.add(p.simplified());
    return out;
  }

  /** The name a user writes: {@code full} or {@code none}. */
  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code --simplify full|none}, the one declaration that diff and batch mix in. */
  static final class Choice {
    @Option(names = "--simplify", paramLabel = "HOW", defaultValue = "full",
        description = "full: the shortest form the simplifier finds; none: the canonical form the "
            + "rules build, faster (default: ${DEFAULT-VALUE})")
    Simplification chosen;
  }
}

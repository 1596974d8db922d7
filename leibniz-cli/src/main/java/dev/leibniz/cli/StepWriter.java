package dev.leibniz.cli;

import dev.leibniz.Derivative;
import dev.leibniz.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The step log of a derivative, one line per rule applied, outermost first:
 * {@code Quotient rule: d/dx(x*z/ln(x)) = -z/ln(x)^2 + z/ln(x)}. A derivative by several
 * variables in turn logs each stage, the next stage starting from the last one's result; a
 * simplified one then the rewrites of the simplification, {@code Common denominator: ...}, the
 * last of them the result. The steps are those of the derivative shown: nothing is
 * differentiated again.
 */
final class StepWriter {
  private StepWriter() {}

  /** The step lines of {@code d} (computed with its steps), in {@code format}. */
  static List<String> lines(Derivative d, TextFormat format) {
    List<String> lines = new ArrayList<>();
    for (Step s : d.steps()) lines.add(line(s, format));
    return lines;
  }

  /**
   * One step: the rule's name, then the derivative it computed; for a step of the
   * simplification, its name, then the whole derivative after it.
   */
  static String line(Step s, TextFormat format) {
    if (s.rule().simplifies()) {
      return s.title() + ": " + (format == TextFormat.LATEX ? s.after().toLatex() : s.after());
    }
    if (format == TextFormat.LATEX) {
      return s.title() + ": \\frac{d}{d" + s.variable() + "}\\left(" + s.before().toLatex()
          + "\\right) = " + s.after().toLatex();
    }
    return s.toString();
  }
}

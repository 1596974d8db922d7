package dev.leibniz.cli;

import dev.leibniz.Expression;
import dev.leibniz.diff.Derivation;
import dev.leibniz.diff.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The step log of a derivative, one line per rule applied, outermost first:
 * {@code Quotient rule: d/dx(x*z/ln(x)) = -z/ln(x)^2 + z/ln(x)}. A derivative by several
 * variables in turn logs each stage, the next stage starting from the last one's result.
 */
final class StepWriter {
  private StepWriter() {}

  /** The step lines of {@code p}, in {@code format}. */
  static List<String> lines(Partial p, TextFormat format) {
    List<String> lines = new ArrayList<>();
    Expression stage = p.function();
    for (String v : p.chain()) {
      Derivation d = stage.derivation(v);
      for (Step s : d.steps()) lines.add(line(s, format));
      stage = stage.derivative(v);
    }
    return lines;
  }

  /** One step: the rule's name, then the derivative it computed. */
  static String line(Step s, TextFormat format) {
    if (format == TextFormat.LATEX) {
      return s.rule() + ": \\frac{d}{d" + s.variable() + "}\\left(" + format.write(s.subject())
          + "\\right) = " + format.write(s.result());
    }
    return s.rule() + ": d/d" + s.variable() + "(" + format.write(s.subject()) + ") = "
        + format.write(s.result());
  }
}

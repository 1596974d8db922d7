package dev.leibniz.cli;

import dev.leibniz.CompiledGradient;
import dev.leibniz.Expression;
import dev.leibniz.error.LeibnizException;
import java.util.Map;

/**
 * The point of {@code --at} (or the REPL's {@code :at}) in a compiled expression's variable
 * order, once it is known to be in the domain: what {@code graph} and the REPL's {@code :graph}
 * run the tape at.
 */
final class CompiledPoint {
  private CompiledPoint() {}

  /**
   * {@code at} in the order of {@code compiled}, the compiled form of {@code f}.
   *
   * @throws LeibnizException if a variable has no value in {@code at}, or {@code f} is not
   *     finite there, saying why ({@code ln undefined at x = -1})
   */
  static double[] of(CompiledGradient compiled, Expression f, Map<String, Double> at) {
    double[] point = compiled.point(at);
    // A point outside the domain is an error with its reason, never a trace of NaNs.
    EvalCommand.value(f, at);
    return point;
  }
}

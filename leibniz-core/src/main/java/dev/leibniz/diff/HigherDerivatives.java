package dev.leibniz.diff;

import dev.leibniz.error.LeibnizException;
import dev.leibniz.expr.Expr;
import dev.leibniz.expr.MathFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The derivatives {@code f, f', f'', ...} of each function as double functions, for forward
 * mode: {@code f'} is the cheat-sheet row, each further one the row differentiated again by the
 * symbolic differentiator, compiled once and kept. A derivative Leibniz does not know
 * (trigamma's, so gamma''' and digamma'') is NaN everywhere.
 */
final class HigherDerivatives {
  private static final DoubleUnaryOperator UNKNOWN = u -> Double.NaN;
  /** Per function, the expressions {@code f^(1), f^(2), ...} found so far; null once unknown. */
  private static final Map<MathFunction, List<Expr>> EXPRESSIONS = new EnumMap<>(MathFunction.class);
  private static final Map<MathFunction, List<DoubleUnaryOperator>> COMPILED =
      new EnumMap<>(MathFunction.class);

  private HigherDerivatives() {}

  /** {@code f^(k)} for k >= 0. */
  static synchronized DoubleUnaryOperator of(MathFunction f, int k) {
    if (k == 0) return f::value;
    List<Expr> expressions = EXPRESSIONS.computeIfAbsent(f, g -> new ArrayList<>());
    List<DoubleUnaryOperator> compiled = COMPILED.computeIfAbsent(f, g -> new ArrayList<>());
    while (compiled.size() < k) {
      int order = compiled.size() + 1;
      Expr next = next(f, order, expressions);
      expressions.add(next);
      compiled.add(next == null ? UNKNOWN : SlopeCompiler.compile(next, CheatSheet.VARIABLE));
    }
    return compiled.get(k - 1);
  }

  private static Expr next(MathFunction f, int order, List<Expr> expressions) {
    try {
      if (order == 1) return f.hasDerivative() ? CheatSheet.rightSide(f) : null;
      Expr previous = expressions.get(order - 2);
      return previous == null ? null : Differentiator.derivative(previous, CheatSheet.VARIABLE);
    } catch (LeibnizException unknown) {
      return null;
    }
  }
}
